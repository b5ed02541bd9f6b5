using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Benchmarks.Synthetic;

namespace Corpus.Benchmarks;

/// <summary>The corpora the benchmarks run on: "real" (the repository's annotations and seeds) or a synthetic one of N articles.</summary>
public static class Corpora
{
    public const string Real = "real";

    public static IReadOnlyList<CorpusFile> Load(string name) =>
        name == Real ? RepositoryCorpus() : SyntheticCorpus.Build(int.Parse(name, NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>The repository's own annotations and seeds, as the runtime project passes them.</summary>
    public static IReadOnlyList<CorpusFile> RepositoryCorpus()
    {
        string root = RepositoryRoot();
        string annotations = Path.Combine(root, "annotations");
        var files = new List<CorpusFile>();
        foreach (var file in Directory.EnumerateFiles(annotations, "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            files.Add(CorpusFile.Annotation(Path.GetRelativePath(annotations, file).Replace('\\', '/'), File.ReadAllText(file)));
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            files.Add(CorpusFile.Seed(Path.GetFileName(file), File.ReadAllText(file)));
        }
        return files;
    }

    /// <summary>The folder holding Corpus.sln, searched upwards from the working directory and from the program.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
            }
        }
        throw new InvalidOperationException("Corpus.sln not found above " + Environment.CurrentDirectory + " or " + AppContext.BaseDirectory);
    }

    /// <summary>Size of the inputs, for the README: files, characters of YAML and of article text.</summary>
    public static string Describe(IReadOnlyList<CorpusFile> files)
    {
        long yaml = files.Where(f => f.Kind == "annotation").Sum(f => (long)f.Text.Length);
        var seeds = files.Where(f => f.Kind == "seed").ToList();
        long text = seeds.Sum(f => (long)f.Text.Length);
        return string.Create(CultureInfo.InvariantCulture,
            $"{seeds.Count} articles, {files.Count - seeds.Count} YAML files ({yaml / 1024.0 / 1024.0:F1} MiB), article text {text / 1024.0 / 1024.0:F1} MiB " +
            $"({(seeds.Count == 0 ? 0 : seeds.Min(s => s.Text.Length))}–{(seeds.Count == 0 ? 0 : seeds.Max(s => s.Text.Length))} characters each)");
    }
}
