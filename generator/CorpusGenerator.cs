using System;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generator.Emission;
using Corpus.Generator.Linking;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;
using Corpus.Generator.Seeds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>
/// The pipeline: annotation YAML → one model per file (cached per file) → the linked corpus →
/// C# source. Diagnostics and source are separate outputs, so a diagnostic alone never forces
/// code to be regenerated. Nothing here depends on the compilation: editing C# re-runs nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    internal const string KindMetadata = "build_metadata.AdditionalFiles.CorpusKind";
    internal const string ResourceMetadata = "build_metadata.AdditionalFiles.CorpusResource";
    internal const string SeedNameMetadata = "build_metadata.AdditionalFiles.CorpusSeedName";
    internal const string NamespaceProperty = "build_property.CorpusNamespace";
    internal const string DefaultNamespace = "Corpus";

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

        var @namespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(NamespaceProperty, out var value) ? value.Trim() : "")
            .WithTrackingName(TrackingNames.Namespace);

        var linked = annotations.Collect()
            .Combine(seeds.Collect())
            .Combine(@namespace)
            .Select(static (input, _) => Link(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Linked);

        var model = linked.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.Model);
        var diagnostics = linked.Select(static (result, _) => DiagnosticBudget.Apply(result.Diagnostics)).WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(model, static (spc, corpus) =>
        {
            if (corpus.IsEmpty) return;
            spc.AddSource(CorpusEmitter.HintName, SourceText.From(CorpusEmitter.Emit(corpus, s_version), System.Text.Encoding.UTF8));
        });
        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var diagnostic in list) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
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

    private static LinkResult Link(ImmutableArray<AnnotationFile> files, ImmutableArray<SeedFile> seeds, string @namespace)
    {
        if (@namespace.Length == 0) @namespace = DefaultNamespace;
        if (IsValidNamespace(@namespace)) return CorpusLinker.Link(files, seeds, @namespace);
        // A project named like "my-app" gives an invalid RootNamespace: use its nearest valid form,
        // as the C# project templates do, and say so.
        string usable = ToNamespace(@namespace);
        var result = CorpusLinker.Link(files, seeds, usable);
        var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, default, @namespace, usable);
        return result with { Diagnostics = result.Diagnostics.Concat(new[] { diagnostic }).ToEquatableArray() };
    }

    internal static bool IsValidNamespace(string value) =>
        value.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);

    /// <summary>The nearest valid namespace: invalid characters become '_', a part that starts with a digit or is a keyword gets a '_' prefix.</summary>
    internal static string ToNamespace(string value)
    {
        var parts = value.Split('.')
            .Select(part => new string(part.Select((c, i) => i == 0 ? (SyntaxFacts.IsIdentifierStartCharacter(c) ? c : SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_') : SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_').ToArray()))
            .Where(part => part.Length > 0)
            .Select(part => SyntaxFacts.IsIdentifierStartCharacter(part[0]) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None ? part : "_" + part)
            .ToList();
        return parts.Count == 0 ? DefaultNamespace : string.Join(".", parts);
    }
}

/// <summary>Names of the pipeline steps, so tests can assert which ones ran.</summary>
internal static class TrackingNames
{
    public const string Classified = nameof(Classified);
    public const string Parsed = nameof(Parsed);
    public const string Seeds = nameof(Seeds);
    public const string Namespace = nameof(Namespace);
    public const string Linked = nameof(Linked);
    public const string Model = nameof(Model);
    public const string Diagnostics = nameof(Diagnostics);
}
