using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>The built executable, run as a user runs it, with its output redirected.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Redirected_summary_is_the_in_process_summary_as_utf8_without_escape_codes()
    {
        var (exitCode, output, error) = RunProcess();
        Assert.True(exitCode == 0, error);
        Assert.DoesNotContain('\u001b', output);
        Assert.Equal(Cli.Run().Output.ReplaceLineEndings(), output.ReplaceLineEndings());
        // Names and quotes outside ASCII survive the trip through the console encoding.
        Assert.Contains(Officials.AntonioGuterres.Name, output);
    }

    [Fact]
    public void Unknown_act_exits_non_zero_with_the_error_on_stderr()
    {
        var (exitCode, output, error) = RunProcess("query", "--act", "denial");
        Assert.NotEqual(0, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Unknown speech act 'denial'", error);
    }

    private static (int ExitCode, string Output, string Error) RunProcess(params string[] args)
    {
        string assembly = typeof(CorpusCommand).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("NO_COLOR");

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "corpus did not exit within a minute.");
        return (process.ExitCode, output, error.Result);
    }
}
