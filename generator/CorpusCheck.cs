using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Generator.Emission;
using Corpus.Generator.Linking;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>An input file as the compiler would hand it to the generator: its path and decoded text.</summary>
internal sealed record CorpusInput(string Path, string Text);

/// <summary>What a build of these inputs reports, and the corpus data it would compile.</summary>
/// <param name="Diagnostics">Every diagnostic the generator would report, as Roslyn diagnostics (same IDs, messages, severities, locations), in a deterministic order.</param>
/// <param name="Data">The corpus data with every article text inline (no resources), exactly what
/// <c>global::Corpus.CorpusGraph.Load(() => Data)</c> in the runtime reads.</param>
internal sealed record CorpusCheckResult(ImmutableArray<Diagnostic> Diagnostics, byte[] Data);

/// <summary>
/// The generator's stages outside a compilation, for tools that check a corpus folder without
/// building it: the same parser, linker and data writer, so a tool and the build cannot disagree.
/// </summary>
internal static class CorpusCheck
{
    /// <summary>Runs the generator's stages on the inputs: no compilation, no driver.</summary>
    public static CorpusCheckResult Run(IReadOnlyList<CorpusInput> annotations, IReadOnlyList<CorpusInput> seeds, CancellationToken cancellationToken = default)
    {
        if (annotations is null) throw new ArgumentNullException(nameof(annotations));
        if (seeds is null) throw new ArgumentNullException(nameof(seeds));

        var files = ImmutableArray.CreateBuilder<AnnotationFile>(annotations.Count);
        foreach (var input in annotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(AnnotationParser.Parse(input.Path, input.Text));
        }
        // As the build reads a seed: the same name rule and size limit, and the text compiled in.
        var seedFiles = seeds
            .Select(s => s.Text.Length > SeedLimits.MaxSeedLength
                ? new SeedFile(s.Path, CorpusGenerator.SeedName(s.Path), "", IsTooLarge: true, ReadError: null)
                : new SeedFile(s.Path, CorpusGenerator.SeedName(s.Path), s.Text, IsTooLarge: false, ReadError: null))
            .ToImmutableArray();
        cancellationToken.ThrowIfCancellationRequested();

        var linked = CorpusLinker.Link(files.MoveToImmutable(), seedFiles, CorpusGenerator.DefaultNamespace);
        var data = new StringBuilder();
        CorpusDataWriter.Write(data, linked.Model);

        // Ordered by file and position so every run lists them alike, whatever order the files came in.
        var diagnostics = linked.Diagnostics
            .Select(d => d.ToDiagnostic())
            .OrderBy(d => d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();
        return new CorpusCheckResult(diagnostics, Encoding.UTF8.GetBytes(data.ToString()));
    }
}
