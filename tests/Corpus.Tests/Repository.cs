using System;
using System.IO;

namespace Corpus.Tests;

/// <summary>Files of this repository, found from the test assembly's location.</summary>
internal static class Repository
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The directory holding <c>Corpus.sln</c>.</summary>
    public static string Root => s_root.Value;

    public static string SeedsDirectory => Path.Combine(Root, "seeds");

    public static string ReadSeed(string sourcePath) => File.ReadAllText(Path.Combine(SeedsDirectory, sourcePath));

    public static string ReadFile(params string[] relativePath) => File.ReadAllText(Path.Combine(Root, Path.Combine(relativePath)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No Corpus.sln above {AppContext.BaseDirectory}.");
    }
}
