using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Corpus.Generator.Emission;
using Corpus.Generator.Linking;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Seeds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>
/// The pipeline, with the article as its unit of work:
/// each YAML file is parsed on its own → its declarations go into one index → each article is
/// linked against the index and its seed → corpus-wide checks run on the articles' summaries →
/// each article is emitted into its own file, beside one file for the registries and a manifest.
/// An edit to one article re-links and re-emits that article; diagnostics are outputs of their
/// own, so a diagnostic alone never regenerates code. Nothing here depends on the compilation,
/// and the namespace is joined only at emission.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    internal const string KindMetadata = "build_metadata.AdditionalFiles.CorpusKind";
    internal const string ResourceMetadata = "build_metadata.AdditionalFiles.CorpusResource";
    internal const string SeedNameMetadata = "build_metadata.AdditionalFiles.CorpusSeedName";
    internal const string NamespaceProperty = "build_property.CorpusNamespace";

    private static readonly string s_version = typeof(CorpusGenerator).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var classified = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (Text: pair.Left, Kind: KindOf(pair.Left, pair.Right), Resource: Metadata(pair.Left, pair.Right, ResourceMetadata), SeedName: Metadata(pair.Left, pair.Right, SeedNameMetadata)))
            .WithTrackingName(TrackingNames.Classified);

        var annotations = classified
            .Where(static f => f.Kind == "annotation")
            .Select(static (f, token) => ParseAnnotation(f.Text, token))
            .WithTrackingName(TrackingNames.Parsed);

        var seeds = classified
            .Where(static f => f.Kind == "seed")
            .Select(static (f, token) => SeedReading.Read(f.Text.Path, () => f.Text.GetText(token), f.SeedName, f.Resource))
            .WithTrackingName(TrackingNames.Seeds);
        var allSeeds = seeds.Collect().WithTrackingName(TrackingNames.AllSeeds);
        var seedCatalog = allSeeds.Select(static (all, _) => new SeedCatalog(all)).WithTrackingName(TrackingNames.SeedCatalog);

        var @namespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => CSharpNames.Namespace(options.GlobalOptions.TryGetValue(NamespaceProperty, out var value) ? value : ""))
            .WithTrackingName(TrackingNames.Namespace);

        var declarations = annotations
            .Select(static (file, _) => Declare.Declarations(file))
            .WithTrackingName(TrackingNames.Declarations);
        var index = declarations
            .Select(static (file, _) => Declare.WithoutPositions(file))
            .WithTrackingName(TrackingNames.Unplaced)
            .Collect()
            .Select(static (files, _) => DeclarationIndex.Build(files))
            .WithTrackingName(TrackingNames.Index);

        // As few steps per file as the caching needs: at 10,000 files, each step's bookkeeping is felt in every re-run.
        var articles = annotations
            .SelectMany(static (file, _) => Declare.Unit(file) is { } unit ? ImmutableArray.Create(unit) : ImmutableArray<ArticleUnit>.Empty)
            .WithTrackingName(TrackingNames.ArticleUnits)
            .Combine(seedCatalog)
            .Select(static (pair, _) => MatchSeed.Match(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SeedMatched)
            .Combine(index)
            .Select(static (pair, token) => LinkArticle.Link(pair.Left, pair.Right, token))
            .WithTrackingName(TrackingNames.Linked);

        var registries = index.Select(static (index, _) => LinkRegistries.Link(index)).WithTrackingName(TrackingNames.Registries);
        var summaries = articles.Select(static (link, _) => link.Summary).WithTrackingName(TrackingNames.Summaries).Collect();

        // The corpus-wide checks run on declarations without positions, so typing in an article does not
        // re-run them; their few diagnostics get their positions back from the positioned declarations.
        // Those of the declarations and the one of references are apart: an edit that changes only what an
        // article refers to re-runs the second alone.
        var declarationsForChecks = declarations
            .Select(static (file, _) => DeclarationLocations.Unplace(file))
            .WithTrackingName(TrackingNames.DeclarationsForChecks)
            .Collect();
        var checksIndex = declarationsForChecks
            .Select(static (files, _) => DeclarationIndex.Build(files))
            .WithTrackingName(TrackingNames.ChecksIndex);
        var declarationChecks = declarationsForChecks.Combine(checksIndex).Combine(allSeeds)
            .Select(static (input, _) => CorpusChecks.OfDeclarations(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.DeclarationChecks);
        var referenceChecks = checksIndex.Combine(registries).Combine(summaries)
            .Select(static (input, _) => CorpusChecks.OfReferences(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ReferenceChecks);
        var checks = declarationChecks.Combine(referenceChecks)
            .Select(static (pair, _) => CorpusChecks.Join(pair.Left, pair.Right))
            .Combine(declarations.Collect())
            .Select(static (input, _) => DeclarationLocations.Place(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ChecksPlaced);
        var countries = registries.Combine(summaries)
            .Select(static (input, _) => CorpusChecks.Countries(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Countries);
        var unlinked = summaries.Select(static (links, _) => CorpusChecks.Unlinked(links)).WithTrackingName(TrackingNames.Unlinked);

        var registryData = registries.Combine(unlinked)
            .Select(static (pair, _) => CorpusChecks.WithoutDanglingReferences(pair.Left.Data, pair.Right))
            .WithTrackingName(TrackingNames.RegistryData);
        // Null for an article that did not link.
        var articleData = articles
            .Combine(unlinked)
            .Select(static (pair, _) => pair.Left.Data is { } data ? CorpusChecks.WithoutDanglingReferences(data, pair.Right) : null)
            .WithTrackingName(TrackingNames.ArticleData);
        var manifest = articles
            .Select(static (link, _) => link.Entry)
            .Collect()
            .Select(static (entries, _) => entries.Where(entry => entry.HasValue).Select(entry => entry!.Value).ToEquatableArray())
            .WithTrackingName(TrackingNames.Manifest);
        // Nothing to generate for a project without annotations: no empty classes in its namespace.
        var isEmpty = registries.Combine(manifest)
            .Select(static (pair, _) => pair.Left.Data.IsEmpty && pair.Right.Count == 0)
            .WithTrackingName(TrackingNames.IsEmpty);

        // One generated file per article, or per chunk of articles in a large corpus; an edit changes one of them.
        var chunks = articleData.Collect()
            .SelectMany(static (articles, _) => ArticleChunks.Split(articles.Where(article => article is not null).Select(article => article!).ToImmutableArray()))
            .WithTrackingName(TrackingNames.ArticleChunks);
        context.RegisterSourceOutput(chunks.Combine(@namespace), static (spc, input) =>
        {
            var (chunk, (ns, _)) = input;
            if (chunk.Articles.Count == 0) return;
            spc.AddSource(chunk.HintName, SourceText.From(ArticleEmitter.Emit(chunk.Articles, ns, s_version, spc.CancellationToken), Encoding.UTF8));
        });
        context.RegisterSourceOutput(registryData.Combine(countries).Combine(isEmpty).Combine(@namespace), static (spc, input) =>
        {
            var (((registries, countries), isEmpty), (ns, _)) = input;
            if (isEmpty) return;
            spc.AddSource(CSharpNames.RegistriesHintName, SourceText.From(RegistryEmitter.Emit(registries, countries, ns, s_version), Encoding.UTF8));
        });
        context.RegisterSourceOutput(manifest.Combine(isEmpty).Combine(@namespace), static (spc, input) =>
        {
            var ((entries, isEmpty), (ns, _)) = input;
            if (isEmpty) return;
            spc.AddSource(CSharpNames.ManifestHintName, SourceText.From(ManifestEmitter.Emit(entries, ns, s_version), Encoding.UTF8));
        });

        // Help links lead to the diagnostics catalogue the build files point at (see DiagnosticHelp).
        var catalogue = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DiagnosticHelp.CatalogueUri(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Catalogue);
        // Each stage's diagnostics are kept proportionate per file, then all of them within one build log's budget.
        var fileDiagnostics = annotations.Select(static (file, _) => DiagnosticBudget.Apply(file.Diagnostics)).WithTrackingName(TrackingNames.FileDiagnostics);
        var articleDiagnostics = articles.Select(static (link, _) => DiagnosticBudget.Apply(link.Diagnostics)).WithTrackingName(TrackingNames.ArticleDiagnostics);
        var buildLog = fileDiagnostics.Collect().Combine(articleDiagnostics.Collect()).Combine(registries).Combine(checks)
            .Select(static (input, _) => DiagnosticBudget.ForBuildLog(input.Left.Left.Left.Select(d => (IReadOnlyList<DiagnosticInfo>)d)
                .Concat(input.Left.Left.Right.Select(d => (IReadOnlyList<DiagnosticInfo>)d))
                .Append(DiagnosticBudget.Apply(input.Left.Right.Diagnostics))
                .Append(DiagnosticBudget.Apply(input.Right))))
            .WithTrackingName(TrackingNames.BuildLog);
        context.RegisterSourceOutput(buildLog.Combine(catalogue), static (spc, input) =>
        {
            foreach (var diagnostic in input.Left) spc.ReportDiagnostic(diagnostic.ToDiagnostic(input.Right));
        });
        context.RegisterSourceOutput(@namespace.Combine(catalogue), static (spc, input) =>
        {
            if (input.Left.Diagnostic is { } diagnostic) spc.ReportDiagnostic(diagnostic.ToDiagnostic(input.Right));
        });
    }

    private static string? KindOf(AdditionalText text, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(text).TryGetValue(KindMetadata, out var kind) ? kind.Trim().ToLowerInvariant() : null;

    private static string ReadText(AdditionalText text, System.Threading.CancellationToken token) =>
        text.GetText(token)?.ToString() ?? "";

    private static AnnotationFile ParseAnnotation(AdditionalText text, System.Threading.CancellationToken token)
    {
        string content;
        try
        {
            content = ReadText(text, token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return AnnotationParser.Unreadable(text.Path, e);
        }
        return AnnotationParser.Parse(text.Path, content);
    }

    private static string? Metadata(AdditionalText text, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, string key) =>
        options.GetOptions(text).TryGetValue(key, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary>The name an article's <c>source</c> uses for a seed the build passed without its name.</summary>
    internal static string SeedName(string path) => SeedNames.FromPath(path);

}

/// <summary>Names of the pipeline steps, so tests can assert which ones ran.</summary>
internal static class TrackingNames
{
    public const string Classified = nameof(Classified);
    public const string Parsed = nameof(Parsed);
    public const string Seeds = nameof(Seeds);
    public const string AllSeeds = nameof(AllSeeds);
    public const string SeedCatalog = nameof(SeedCatalog);
    public const string Namespace = nameof(Namespace);
    public const string Declarations = nameof(Declarations);
    public const string Unplaced = nameof(Unplaced);
    public const string Index = nameof(Index);
    public const string ArticleUnits = nameof(ArticleUnits);
    public const string SeedMatched = nameof(SeedMatched);
    public const string Linked = nameof(Linked);
    public const string Registries = nameof(Registries);
    public const string Summaries = nameof(Summaries);
    public const string DeclarationsForChecks = nameof(DeclarationsForChecks);
    public const string ChecksIndex = nameof(ChecksIndex);
    public const string DeclarationChecks = nameof(DeclarationChecks);
    public const string ReferenceChecks = nameof(ReferenceChecks);
    public const string ChecksPlaced = nameof(ChecksPlaced);
    public const string Countries = nameof(Countries);
    public const string Unlinked = nameof(Unlinked);
    public const string ArticleData = nameof(ArticleData);
    public const string ArticleChunks = nameof(ArticleChunks);
    public const string RegistryData = nameof(RegistryData);
    public const string Manifest = nameof(Manifest);
    public const string IsEmpty = nameof(IsEmpty);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string ArticleDiagnostics = nameof(ArticleDiagnostics);
    public const string Catalogue = nameof(Catalogue);
    public const string BuildLog = nameof(BuildLog);
}
