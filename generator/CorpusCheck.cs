using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Generator.Emission;
using Corpus.Generator.Linking;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Seeds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>An input file as the compiler would hand it to the generator: its path and decoded text.</summary>
internal sealed record CorpusInput(string Path, string Text);

/// <summary>What a build of these inputs reports, and the corpus data it would compile.</summary>
internal sealed class CorpusCheckResult
{
    private readonly Lazy<byte[]> _data;

    public CorpusCheckResult(ImmutableArray<Diagnostic> diagnostics, Func<byte[]> data)
    {
        Diagnostics = diagnostics;
        _data = new Lazy<byte[]>(data);
    }

    /// <summary>Every diagnostic the generator would report, as Roslyn diagnostics (same IDs, messages, severities, locations), in a deterministic order.
    /// As in a build without a rule set, rules that are off by default are left out.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The corpus data with every article text inline (no resources), exactly what
    /// <c>global::Corpus.CorpusGraph.Load(() => Data)</c> in the runtime reads; written on first use, so a check alone never writes it.</summary>
    public byte[] Data => _data.Value;
}

/// <summary>
/// The generator's stages run outside a compilation, for tools: the same functions the
/// incremental pipeline composes (<see cref="CorpusGenerator"/>), called in the same order.
/// </summary>
internal static class CorpusCheck
{
    /// <summary>Runs the generator's stages on the inputs: no compilation, no driver.</summary>
    public static CorpusCheckResult Run(IReadOnlyList<CorpusInput> annotations, IReadOnlyList<CorpusInput> seeds, CancellationToken cancellationToken = default)
    {
        // Each file is parsed and each article linked on its own (pure functions, as the generator's nodes run them), so both run on every core, in order.
        var files = annotations.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(Parse).ToList();
        return Run(files, seeds, cancellationToken);
    }

    /// <summary>The generator's first stage on one annotation file. A caller that reads files as it goes parses each here, so no file's text outlives its parse.</summary>
    public static AnnotationFile Parse(CorpusInput annotation) => AnnotationParser.Parse(annotation.Path, annotation.Text);

    /// <summary>Runs the generator's stages after parsing (<see cref="Parse"/>) on the parsed files, in any order: the index and the data sort them by path.</summary>
    public static CorpusCheckResult Run(IReadOnlyList<AnnotationFile> files, IReadOnlyList<CorpusInput> seeds, CancellationToken cancellationToken = default)
    {
        var linked = Link(files, seeds, keepData: true, cancellationToken);
        return new CorpusCheckResult(linked.Diagnostics, () => Data(linked, cancellationToken));
    }

    /// <summary>
    /// What <see cref="Run(IReadOnlyList{AnnotationFile}, IReadOnlyList{CorpusInput}, CancellationToken)"/> reports, without its data:
    /// each article's linked data is dropped as soon as it is linked, so a check of a large corpus holds only what its checks need.
    /// </summary>
    public static ImmutableArray<Diagnostic> Diagnose(IReadOnlyList<AnnotationFile> files, IReadOnlyList<CorpusInput> seeds, CancellationToken cancellationToken = default) =>
        Link(files, seeds, keepData: false, cancellationToken).Diagnostics;

    /// <summary>The linked corpus: its diagnostics and, when kept, what its data is written from.</summary>
    private sealed record Linked(ImmutableArray<Diagnostic> Diagnostics, RegistryLink Registries, IReadOnlyList<ArticleLink> Links, EquatableArray<CountryData> Countries, EquatableArray<EntityRef> Unlinked);

    private static Linked Link(IReadOnlyList<AnnotationFile> files, IReadOnlyList<CorpusInput> seeds, bool keepData, CancellationToken cancellationToken)
    {
        var seedFiles = seeds.Select(s => SeedReading.Read(s.Path, () => SourceText.From(s.Text), escapedName: null, resource: null)).ToList();

        // The per-file projections run on every core; the corpus checks' index (of unplaced declarations) and the checks
        // that need only the declarations run beside the linking index and the linking, which do not need them.
        var declarations = files.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(Declare.Declarations).ToList();
        var unplaced = declarations.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(DeclarationLocations.Unplace).ToList();
        var declarationChecks = Task.Run(() =>
        {
            var checksIndex = DeclarationIndex.Build(unplaced);
            return (Index: checksIndex, Diagnostics: CorpusChecks.OfDeclarations(unplaced, checksIndex, seedFiles));
        }, cancellationToken);
        var index = DeclarationIndex.Build(declarations.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(Declare.WithoutPositions).ToList());
        var registries = LinkRegistries.Link(index);
        var catalog = new SeedCatalog(seedFiles);
        var links = files.Select(Declare.Unit).Where(unit => unit is not null).ToList().AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(unit => LinkArticle.Link(MatchSeed.Match(unit!, catalog), index, cancellationToken))
            .Select(link => keepData ? link : link with { Data = null })
            .ToList();
        var summaries = links.Select(l => l.Summary).ToList();
        var (checksIndex, ofDeclarations) = declarationChecks.GetAwaiter().GetResult();
        var checks = DeclarationLocations.Place(CorpusChecks.Join(ofDeclarations, CorpusChecks.OfReferences(checksIndex, registries, summaries)), declarations);
        var countries = CorpusChecks.Countries(registries, summaries);
        var unlinked = CorpusChecks.Unlinked(summaries);

        // Grouped and capped as the generator's outputs are (see the build log in CorpusGenerator).
        var diagnostics = DiagnosticBudget.ForBuildLog(files.Select(f => (IReadOnlyList<DiagnosticInfo>)DiagnosticBudget.Apply(f.Diagnostics))
                .Concat(links.Select(l => (IReadOnlyList<DiagnosticInfo>)DiagnosticBudget.Apply(l.Diagnostics)))
                .Append(DiagnosticBudget.Apply(registries.Diagnostics))
                .Append(DiagnosticBudget.Apply(checks)))
            .Select(d => d.ToDiagnostic())
            // As a build with no rule set: a rule off by default (CORP017) is not reported.
            .Where(d => d.Descriptor.IsEnabledByDefault);
        return new Linked(Ordered(diagnostics), registries, keepData ? links : Array.Empty<ArticleLink>(), countries, unlinked);
    }

    private static byte[] Data(Linked linked, CancellationToken cancellationToken)
    {
        // Each article's chunk stands alone (numbered within itself), so they are written on every core and joined in path order.
        // One source: the registries, every article's contents, then every article's chunk, in corpus order.
        var front = new StringBuilder();
        CorpusDataWriter.WriteRegistries(front, CorpusChecks.WithoutDanglingReferences(linked.Registries.Data, linked.Unlinked), linked.Countries);
        var articles = linked.Links.Where(l => l.Data is not null).OrderBy(l => l.Data!.SourcePath, StringComparer.Ordinal).ToList()
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(l => CorpusChecks.WithoutDanglingReferences(l.Data!, linked.Unlinked)).ToList();
        foreach (var article in articles) CorpusDataWriter.WriteContents(front, article);
        var chunks = new List<byte[]> { Encoding.UTF8.GetBytes(front.ToString()) };
        chunks.AddRange(articles
            .AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(article =>
            {
                var chunk = new StringBuilder();
                CorpusDataWriter.WriteArticle(chunk, article, inlineText: true);
                return Encoding.UTF8.GetBytes(chunk.ToString());
            }));
        var data = new byte[chunks.Sum(c => (long)c.Length)];
        int at = 0;
        foreach (var chunk in chunks)
        {
            Buffer.BlockCopy(chunk, 0, data, at, chunk.Length);
            at += chunk.Length;
        }
        return data;
    }

    /// <summary>By file, position, ID and message: the order a build log shows them in, whatever order they were found in.</summary>
    internal static ImmutableArray<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
        .ToImmutableArray();
}
