extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using generator::Corpus.Generator;
using generator::Corpus.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Cli;

/// <summary>
/// Reads a corpus folder and runs the generator's own stages on it (<c>CorpusCheck</c>): the
/// one place the command line runs the generator's stages, so the tool and the build cannot disagree. (The
/// scaffold and the article view call the generator's quotation scanner directly, for the same reason.)
/// </summary>
public static class CorpusLoader
{
    /// <summary>Reads, checks and links the corpus in <paramref name="folder"/>, with the hash of every file read.</summary>
    /// <exception cref="CorpusInputException">A file cannot be read or is not UTF-8.</exception>
    public static LinkedCorpus Load(CorpusFolder folder, IProgressSink? progress = null, CancellationToken cancellationToken = default)
    {
        CorpusCheckResult? result = null;
        var read = Run(folder, progress, hash: true, (files, seeds) =>
        {
            result = CorpusCheck.Run(files, seeds, cancellationToken);
            return result.Diagnostics;
        });
        return new LinkedCorpus(folder, read.Diagnostics, () => CorpusGraph.Load(() => result!.Data), read.Sources, read.AnnotationCount);
    }

    /// <summary>
    /// Reads and checks the corpus in <paramref name="folder"/>, as <see cref="Load"/> does, keeping only what the checks report
    /// (not the linked corpus, nor the files' hashes): what a check needs, in less memory and time.
    /// </summary>
    /// <exception cref="CorpusInputException">A file cannot be read or is not UTF-8.</exception>
    public static CheckedCorpus Check(CorpusFolder folder, IProgressSink? progress = null, CancellationToken cancellationToken = default)
    {
        var read = Run(folder, progress, hash: false, (files, seeds) => CorpusCheck.Diagnose(files, seeds, cancellationToken));
        return new CheckedCorpus(folder, read.Diagnostics, read.AnnotationCount, read.SeedCount);
    }

    /// <summary>What a run read and found: the diagnostics, and the files read (annotations then seeds, with their hashes when asked for).</summary>
    private sealed record ReadCorpus(IReadOnlyList<CheckDiagnostic> Diagnostics, IReadOnlyList<SourceFile> Sources, int AnnotationCount, int SeedCount);

    private static ReadCorpus Run(CorpusFolder folder, IProgressSink? progress, bool hash, Func<IReadOnlyList<AnnotationFile>, IReadOnlyList<CorpusInput>, ImmutableArray<Diagnostic>> check)
    {
        progress ??= IProgressSink.None;
        var annotationPaths = folder.Annotations();
        var seedPaths = folder.Seeds();
        int total = annotationPaths.Count + seedPaths.Count;

        // Each annotation file is parsed as soon as it is read, so its text is dropped while it is young; seeds are kept, for linking.
        List<(AnnotationFile File, SourceFile Source)> annotations;
        List<(CorpusInput File, SourceFile Source)> seeds;
        using (var reading = progress.Start("Reading " + folder.Name, total))
        {
            annotations = Read(annotationPaths, folder, reading, hash, CorpusCheck.Parse);
            seeds = Read(seedPaths, folder, reading, hash, input => input);
        }

        // One call into the generator: no finer progress to report than "checking".
        ImmutableArray<Diagnostic> found;
        using (progress.Start("Checking " + folder.Name, total, indeterminate: true))
        {
            found = check(annotations.Select(a => a.File).ToList(), seeds.Select(s => s.File).ToList());
        }

        // As the compiler does without an .editorconfig: rules disabled by default are not reported.
        var diagnostics = found.Where(d => d.Descriptor.IsEnabledByDefault).Select(ToCheckDiagnostic).ToList();
        return new ReadCorpus(diagnostics, annotations.Select(a => a.Source).Concat(seeds.Select(s => s.Source)).ToList(), annotations.Count, seeds.Count);
    }

    /// <summary>
    /// Reads, decodes and projects the files on every core, each with the hash of the bytes read when <paramref name="hash"/> is set
    /// (an empty hash otherwise); a file that cannot be read is reported as reading them in order would: the first in path order.
    /// </summary>
    private static List<(T File, SourceFile Source)> Read<T>(IReadOnlyList<string> paths, CorpusFolder folder, IProgressTask task, bool hash, Func<CorpusInput, T> project) where T : class
    {
        var gate = new object();
        var results = paths.AsParallel().AsOrdered().Select(path =>
        {
            try
            {
                string display = folder.IsBundled ? folder.Relative(path) : path;
                var (text, sha256) = hash ? SourceText.ReadHashed(path, display) : (SourceText.Read(path, display), "");
                (T File, SourceFile Source)? input = (project(new CorpusInput(path, text)), new SourceFile(path, sha256));
                lock (gate) task.Advance();
                return (Input: input, Error: (CorpusInputException?)null);
            }
            catch (CorpusInputException e)
            {
                return (Input: null, Error: e);
            }
        }).ToList();
        if (results.FirstOrDefault(r => r.Error is not null).Error is { } error) ExceptionDispatchInfo.Capture(error).Throw();
        return results.Select(r => r.Input!.Value).ToList();
    }

    private static CheckDiagnostic ToCheckDiagnostic(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        bool located = diagnostic.Location != Location.None && span.IsValid && !string.IsNullOrEmpty(span.Path);
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return new CheckDiagnostic(
            diagnostic.Id,
            severity,
            diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            diagnostic.Descriptor.HelpLinkUri ?? "",
            located ? span.Path : null,
            located ? span.StartLinePosition.Line + 1 : 0,
            located ? span.StartLinePosition.Character + 1 : 0,
            located ? span.EndLinePosition.Line + 1 : 0,
            located ? span.EndLinePosition.Character + 1 : 0);
    }
}
