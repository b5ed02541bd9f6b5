using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>
/// The tool as a user gets it: packed, installed from a folder feed with <c>dotnet tool install --tool-path</c>,
/// and run as <c>corpus</c>, with its bundled corpus inside the package.
/// </summary>
public sealed class InstalledToolTests : IClassFixture<InstalledToolTests.InstalledTool>
{
    private readonly InstalledTool _tool;

    public InstalledToolTests(InstalledTool tool) => _tool = tool;

    [Fact]
    public void Check_runs_on_a_corpus_folder_and_on_the_bundled_corpus()
    {
        var clean = _tool.Run("check", TestCorpora.Clean);
        Assert.True(clean.ExitCode == 0, clean.Output + clean.Error);
        Assert.EndsWith("TestCorpus: 0 errors, 0 warnings in 3 annotation files and 2 seeds.", clean.Output.TrimEnd());

        using var broken = CheckTests.Broken();
        var errors = _tool.Run("check", broken.Path);
        Assert.Equal(1, errors.ExitCode);
        Assert.Contains("error CORP006", errors.Output);

        var bundled = _tool.Run("check", "--bundled");
        Assert.True(bundled.ExitCode == 0, bundled.Output + bundled.Error);
        Assert.Contains("bundled: 0 errors", bundled.Output);
    }

    [Fact]
    public void Export_show_new_and_the_summary_run_from_the_installed_tool()
    {
        using var output = new TemporaryFolder();
        var export = _tool.Run("export", "--corpus", TestCorpora.Clean, "--format", "parquet", "--out", output.File("parquet"));
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(File.Exists(output.File("parquet/statements.parquet")));

        var show = _tool.Run("show", "station-alpha-uplink", "--corpus", TestCorpora.Clean);
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("[a cable fault under the ice]", show.Output);
        Assert.DoesNotContain('\u001b', show.Output);

        using var corpus = TestCorpora.Copy();
        var scaffold = _tool.Run("new", "station-notice.txt", "--corpus", corpus.Path, "--out", corpus.File("draft.yaml"));
        Assert.True(scaffold.ExitCode == 0, scaffold.Error);
        Assert.Contains("text: 'a cable fault under the ice'", File.ReadAllText(corpus.File("draft.yaml")));

        var summary = _tool.Run("--bundled");
        Assert.True(summary.ExitCode == 0, summary.Error);
        Assert.StartsWith("Corpus of official statements on cyberspace", summary.Output);
    }

    [Fact]
    public void Bad_input_exits_two_with_one_line_and_no_stack_trace()
    {
        var result = _tool.Run("check", Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", result.Error);
    }

    /// <summary>Packs the tool once for the class, with a version of its own so no cached package is used, and installs it.</summary>
    public sealed class InstalledTool : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public InstalledTool()
        {
            string repository = TestCorpora.Repository();
            string version = "0.0.0-test." + Guid.NewGuid().ToString("N")[..12];
            Dotnet(repository, ["pack", Path.Combine(repository, "cli"), "-o", _folder.File("feed"), "-p:Version=" + version, "-p:VersionSuffix="], null);
            // A package folder of its own, so the install resolves from the feed and leaves the user's cache alone.
            Dotnet(_folder.Path, ["tool", "install", "Corpus.Cli", "--tool-path", _folder.File("tools"), "--add-source", _folder.File("feed"),
                "--version", version, "--ignore-failed-sources"], new() { ["NUGET_PACKAGES"] = _folder.File("packages") });
            Command = Path.Combine(_folder.File("tools"), OperatingSystem.IsWindows() ? "corpus.exe" : "corpus");
            Assert.True(File.Exists(Command), $"{Command} was not installed.");
        }

        public string Command { get; }

        public (int ExitCode, string Output, string Error) Run(params string[] args) => Process.Run(Command, args, Directory.GetCurrentDirectory(), null);

        public void Dispose() => _folder.Dispose();

        private static void Dotnet(string directory, string[] args, Dictionary<string, string>? environment)
        {
            var (exitCode, output, error) = Process.Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", args, directory, environment);
            Assert.True(exitCode == 0, $"dotnet {string.Join(' ', args)} failed:\n{output}\n{error}");
        }
    }

    private static class Process
    {
        public static (int ExitCode, string Output, string Error) Run(string fileName, IEnumerable<string> args, string directory, Dictionary<string, string>? environment)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardErrorEncoding = new UTF8Encoding(false),
                UseShellExecute = false,
            };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            foreach (var (key, value) in environment ?? new()) start.Environment[key] = value;
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(600_000), $"{fileName} did not exit within ten minutes.");
            return (process.ExitCode, output, error.Result);
        }
    }
}
