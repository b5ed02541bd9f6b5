using System;
using System.IO;

namespace Corpus.Cli.Tests;

/// <summary>The corpora the tests run on: the one written for them, and temporary copies to break.</summary>
internal static class TestCorpora
{
    /// <summary>The clean test corpus: two articles, four statements, one not-speech passage, one boilerplate.</summary>
    public static string Clean => Path.Combine(AppContext.BaseDirectory, "TestCorpus");

    /// <summary>The repository: the folder above the test assembly that holds Corpus.sln.</summary>
    public static string Repository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository (Corpus.sln) is not above the test assembly.");
    }

    /// <summary>A temporary copy of the clean test corpus, deleted when disposed.</summary>
    public static TemporaryFolder Copy()
    {
        var folder = new TemporaryFolder();
        CopyDirectory(Clean, folder.Path);
        return folder;
    }

    /// <summary>Copies the folder <paramref name="source"/> with everything in it to <paramref name="target"/>.</summary>
    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        foreach (var directory in Directory.GetDirectories(source)) CopyDirectory(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
    }
}

/// <summary>A folder under the temporary directory, deleted with everything in it when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => System.IO.Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corpus-cli-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Path)) System.IO.Directory.Delete(Path, recursive: true);
    }
}
