using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli;

/// <summary>A corpus folder after the generator's checks: what they report (<see cref="CorpusLoader.Check"/>).</summary>
public class CheckedCorpus
{
    /// <param name="folder">Where it was read from.</param>
    /// <param name="diagnostics">Every diagnostic, in file and position order.</param>
    /// <param name="annotationCount">How many annotation files were read.</param>
    /// <param name="seedCount">How many seed files were read.</param>
    public CheckedCorpus(CorpusFolder folder, IReadOnlyList<CheckDiagnostic> diagnostics, int annotationCount, int seedCount)
    {
        if (annotationCount < 0) throw new System.ArgumentOutOfRangeException(nameof(annotationCount));
        if (seedCount < 0) throw new System.ArgumentOutOfRangeException(nameof(seedCount));
        Folder = folder;
        Diagnostics = diagnostics;
        AnnotationCount = annotationCount;
        SeedCount = seedCount;
    }

    /// <summary>Where it was read from.</summary>
    public CorpusFolder Folder { get; }

    /// <summary>Every diagnostic, in file and position order.</summary>
    public IReadOnlyList<CheckDiagnostic> Diagnostics { get; }

    /// <summary>The number of annotation files read.</summary>
    public int AnnotationCount { get; }

    /// <summary>The number of seed files read.</summary>
    public int SeedCount { get; }

    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == "warning");
}

/// <summary>A corpus folder after the generator's checks, with the corpus as the build would compile it (<see cref="CorpusLoader.Load"/>).</summary>
public sealed class LinkedCorpus : CheckedCorpus
{
    private readonly System.Lazy<CorpusGraph> _graph;

    /// <param name="folder">Where it was read from.</param>
    /// <param name="diagnostics">Every diagnostic, in file and position order.</param>
    /// <param name="graph">Loads the linked corpus, on first use of <see cref="Graph"/>.</param>
    /// <param name="sources">The files read, annotations then seeds, with their hashes.</param>
    /// <param name="annotationCount">How many of <paramref name="sources"/> are annotation files; the rest are seeds.</param>
    public LinkedCorpus(CorpusFolder folder, IReadOnlyList<CheckDiagnostic> diagnostics, System.Func<CorpusGraph> graph, IReadOnlyList<SourceFile> sources, int annotationCount)
        : base(folder, diagnostics, annotationCount, sources.Count - annotationCount)
    {
        _graph = new System.Lazy<CorpusGraph>(graph);
        Sources = sources;
    }

    /// <summary>The files read, annotations then seeds, each with the hash of the bytes read.</summary>
    public IReadOnlyList<SourceFile> Sources { get; }

    /// <summary>The linked corpus: everything that passed the checks.</summary>
    public CorpusGraph Graph => _graph.Value;
}

/// <summary>A file the corpus was read from.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Sha256">The SHA-256 of the bytes read, in lower-case hex: what was checked, even if the file changes later.</param>
public sealed record SourceFile(string Path, string Sha256);
