using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Cli;

/// <summary>
/// A corpus on disk: a folder with <c>annotations/</c> and <c>seeds/</c>, found by the same globs
/// the package gives the build (<c>annotations/**/*.yaml</c>, <c>*.yml</c>, <c>seeds/**/*.txt</c>).
/// </summary>
/// <param name="Root">The folder, as a full path.</param>
/// <param name="Name">What the corpus is called in output: the folder's name, or <c>bundled</c>.</param>
/// <param name="IsBundled">Whether this is the corpus shipped with the tool.</param>
public sealed record CorpusFolder(string Root, string Name, bool IsBundled)
{
    /// <summary>Where the tool keeps the bundled corpus: beside its assembly.</summary>
    public static string BundledRoot => Path.Combine(AppContext.BaseDirectory, "bundled");

    /// <summary>The corpus shipped with the tool.</summary>
    public static CorpusFolder Bundled => new(BundledRoot, "bundled", IsBundled: true);

    /// <summary>The folder <paramref name="directory"/>, which must exist and hold annotations.</summary>
    /// <exception cref="CorpusInputException">The folder does not exist or has no annotations.</exception>
    public static CorpusFolder At(string directory)
    {
        string root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new CorpusInputException($"The corpus folder '{directory}' does not exist; pass a folder with annotations/ and seeds/ (or --bundled).");
        }
        var folder = new CorpusFolder(root, Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)), IsBundled: false);
        if (!folder.HasAnnotations())
        {
            throw new CorpusInputException($"No annotations in '{directory}': expected YAML files under {Path.Combine(directory, "annotations")}{Path.DirectorySeparatorChar}; "
                + "start one with 'corpus new SEED'.");
        }
        return folder;
    }

    /// <summary>Whether <paramref name="directory"/> looks like a corpus folder: it has an <c>annotations/</c> folder.</summary>
    public static bool IsCorpus(string directory) => Directory.Exists(Path.Combine(directory, "annotations"));

    /// <summary>The annotation files, full paths, in ordinal order.</summary>
    public IReadOnlyList<string> Annotations() => Files("annotations", AnnotationPatterns);

    private static readonly string[] AnnotationPatterns = { "*.yaml", "*.yml" };

    /// <summary>Whether there is an annotation file: the first found answers, without listing them all.</summary>
    public bool HasAnnotations() => Find("annotations", AnnotationPatterns).Any();

    /// <summary>The seed files, full paths, in ordinal order.</summary>
    public IReadOnlyList<string> Seeds() => Files("seeds", "*.txt");

    /// <summary>A path below the root, with forward slashes, for output that does not depend on where the corpus is.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    private List<string> Files(string folder, params string[] patterns) => Find(folder, patterns)
        .Distinct(StringComparer.Ordinal)
        .OrderBy(path => path, StringComparer.Ordinal)
        .ToList();

    private IEnumerable<string> Find(string folder, string[] patterns)
    {
        string directory = Path.Combine(Root, folder);
        if (!Directory.Exists(directory)) return Enumerable.Empty<string>();
        return patterns
            .SelectMany(pattern => Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories))
            // EnumerateFiles("*.yaml") also matches "*.yamlx" on some platforms: keep the exact extensions.
            .Where(path => patterns.Any(pattern => path.EndsWith(pattern.Substring(1), StringComparison.OrdinalIgnoreCase)));
    }
}
