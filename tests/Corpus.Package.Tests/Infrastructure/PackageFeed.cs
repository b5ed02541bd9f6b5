using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Corpus.Package.Tests.Infrastructure;

/// <summary>
/// The Corpus package, packed once per test run from this repository into a local folder feed,
/// and a scratch folder outside the repository where consumer projects install it.
/// </summary>
/// <remarks>
/// Each run packs a version of its own (<c>VersionPrefix-test-…</c>) and restores into its own
/// packages folder, so a Corpus package cached by an earlier run is never used. Everything else
/// comes from the machine's package sources and, read-only, its global packages folder.
/// Set CORPUS_KEEP_PACKAGE_TESTS=1 to keep the scratch folder for a look after the run.
/// </remarks>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        string run = Guid.NewGuid().ToString("N").Substring(0, 12);
        Root = Path.Combine(Path.GetTempPath(), "corpus-package-tests", run);
        FeedDirectory = Path.Combine(Root, "feed");
        Directory.CreateDirectory(FeedDirectory);
        VersionPrefix = ReadVersionPrefix(RepositoryRoot);
        Version = $"{VersionPrefix}-test-{run}";

        string machinePackages = MachinePackagesFolder(Root);
        // Packed in Release into the scratch folder: nothing under the repository is touched.
        PackResult = DotNetCli.Run(RepositoryRoot, null,
            "pack", Path.Combine(RepositoryRoot, "runtime", "Corpus.csproj"),
            "-c", "Release",
            "-o", FeedDirectory,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            "-p:VersionSuffix=test-" + run,
            "-nodeReuse:false", "-tl:off");
        if (PackResult.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + PackResult);

        var packages = Directory.GetFiles(FeedDirectory, "*.nupkg");
        if (packages.Length != 1) throw new InvalidOperationException($"expected one package in {FeedDirectory}, found: {string.Join(", ", packages.Select(Path.GetFileName))}\n{PackResult}");
        PackagePath = packages[0];

        ConsumersDirectory = Path.Combine(Root, "consumers");
        Directory.CreateDirectory(ConsumersDirectory);
        // Adds the local feed; no <clear/>, so the machine's own sources stay in place.
        File.WriteAllText(Path.Combine(ConsumersDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
              <packageSources>
                <add key="corpus-under-test" value="{FeedDirectory}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine-packages" value="{machinePackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        // Stop MSBuild from looking above the scratch folder for build customizations.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(ConsumersDirectory, name), "<Project />\n");
        }
    }

    public string RepositoryRoot { get; }

    /// <summary>The scratch folder of this run (under the system temp folder).</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    public string ConsumersDirectory { get; }

    /// <summary>VersionPrefix from Directory.Build.props.</summary>
    public string VersionPrefix { get; }

    /// <summary>The version packed for this run.</summary>
    public string Version { get; }

    public string PackagePath { get; }

    public CommandResult PackResult { get; }

    /// <summary>Environment for commands run in consumer projects.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>
    {
        // The nuget.config above chooses the packages folder; an inherited override must not.
        ["NUGET_PACKAGES"] = null,
    };

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("CORPUS_KEEP_PACKAGE_TESTS") == "1") return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder under temp; leaving it behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }

    private static string ReadVersionPrefix(string repositoryRoot)
    {
        var props = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Build.props"));
        return props.Descendants("VersionPrefix").Single().Value.Trim();
    }

    /// <summary>The global packages folder as the machine's NuGet configuration sets it.</summary>
    private static string MachinePackagesFolder(string workingDirectory)
    {
        var result = DotNetCli.Run(workingDirectory, null, "nuget", "locals", "global-packages", "--list");
        const string prefix = "global-packages:";
        var line = result.Lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (result.ExitCode != 0 || line is null) throw new InvalidOperationException("could not read the global packages folder:\n" + result);
        return line.Substring(prefix.Length).Trim();
    }
}

/// <summary>The tests that share one packed package; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "packed Corpus package";
}
