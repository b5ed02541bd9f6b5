extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using generator::Corpus.Generator;
using Corpus.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>An annotation or seed file as the build props hand it to the generator.</summary>
/// <remarks><see cref="Resource"/>: for a seed, the manifest resource name the build embeds it as (CorpusResource metadata).</remarks>
public sealed record CorpusFile(string Path, string Text, string Kind, string? Resource = null)
{
    /// <summary>A fixed, fake project root so nothing depends on the machine.</summary>
    public const string Root = "/corpus/";

    public static CorpusFile Annotation(string relativePath, string text) => new(Root + "annotations/" + relativePath, text, "annotation");

    /// <summary>A seed under seeds/, embedded as build/Corpus.props embeds it: "corpus-seed/" and its path below seeds/.</summary>
    public static CorpusFile Seed(string name, string text) => new(Root + "seeds/" + name, text, "seed", "corpus-seed/" + name);
}

/// <summary>
/// Runs <see cref="CorpusGenerator"/> in process through <see cref="CSharpGeneratorDriver"/>, the way the
/// compiler does in a build: in-memory AdditionalTexts with CorpusKind metadata, the namespace as a global
/// option, and a small user compilation beside it.
/// </summary>
public static class GeneratorHost
{
    /// <summary>The namespace of the generated classes; not "Corpus", whose classes the runtime assembly already holds.</summary>
    public const string Namespace = "Bench";

    /// <summary>The unrelated user file the ".cs edit" benchmark edits.</summary>
    public const string UserFilePath = "/corpus/Queries.cs";

    public static string UserSource(int version) =>
        "namespace Bench.User\n{\n    /// <summary>A user's own code beside the generated corpus.</summary>\n" +
        "    public static class Queries\n    {\n        /// <summary>A value the edit changes.</summary>\n" +
        $"        public static int Threshold => {version};\n    }}\n}}\n";

    /// <summary>As in a build with GenerateDocumentationFile (the runtime project sets it): doc comments are parsed and checked.</summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    public static readonly CSharpCompilationOptions LibraryOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,
        // As the SDK does (NoWarn 1701;1702): the runtime is built for net8.0 and bound to this framework's assemblies.
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        FrameworkReferences().Add(MetadataReference.CreateFromFile(typeof(Corpus.Statement).Assembly.Location)));

    /// <summary>The framework reference assemblies (the targeting pack, as a build uses) plus the Corpus runtime.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>The .NET reference pack of the running runtime's major version, or the runtime's own assemblies when it is missing.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string? refDirectory = ReferencePack() is { } pack ? Path.Combine(pack, "ref", Tfm) : null;
        IEnumerable<string> files = refDirectory is not null
            ? Directory.GetFiles(refDirectory, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetDirectoryName(p) == runtimeDirectory);
        return files.OrderBy(f => f, StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }

    private static string Tfm => "net" + Environment.Version.Major + ".0";

    /// <summary>
    /// The newest installed Microsoft.NETCore.App.Ref pack with reference assemblies for the running runtime's
    /// major version (packs/Microsoft.NETCore.App.Ref/&lt;version&gt; beside the runtime), or null.
    /// </summary>
    public static string? ReferencePack()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        return Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Where(d => Directory.Exists(Path.Combine(d, "ref", Tfm)))
                .OrderByDescending(d => d, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }

    /// <summary>The compilation the generator runs on: the user's one file, the framework and the runtime.</summary>
    public static CSharpCompilation CreateCompilation(string assemblyName, int userVersion = 1) => CSharpCompilation.Create(
        assemblyName,
        new[] { CSharpSyntaxTree.ParseText(UserSource(userVersion), ParseOptions, UserFilePath) },
        References,
        LibraryOptions);

    public static ImmutableArray<AdditionalText> AdditionalTexts(IEnumerable<CorpusFile> files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();

    public static GeneratorDriver CreateDriver(IReadOnlyList<CorpusFile> files, bool trackSteps) =>
        CreateDriver(AdditionalTexts(files), new CorpusOptionsProvider(files), trackSteps);

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider options, bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the driver; the new driver holds the state the next run starts from.</summary>
    public static GeneratorDriver Run(GeneratorDriver driver, Compilation compilation, out Compilation output) =>
        driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out _, CancellationToken.None);

    /// <summary>Throws unless the run reported no diagnostic at all and generated something; the generated files, by hint name.</summary>
    public static ImmutableArray<GeneratedSourceResult> RequireCleanRun(GeneratorDriver driver, string what)
    {
        var result = driver.GetRunResult();
        var diagnostics = result.Diagnostics;
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidOperationException(
                $"{what}: the generator reported {diagnostics.Length} diagnostic(s); the first ones:\n" +
                string.Join("\n", diagnostics.Take(20)));
        }
        var generator = result.Results.Single();
        if (generator.Exception is not null) throw new InvalidOperationException($"{what}: the generator threw", generator.Exception);
        if (generator.GeneratedSources.IsEmpty) throw new InvalidOperationException($"{what}: nothing was generated");
        return generator.GeneratedSources.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
    }

    /// <summary>
    /// Compiles the generated source the way a build does after generation: parse it, bind it, emit IL and XML
    /// docs, with the seed files as manifest resources (the EmbeddedResource items of build/Corpus.props).
    /// </summary>
    public static (byte[] Image, byte[] Documentation) Compile(string assemblyName, IReadOnlyList<GeneratedSourceResult> generated, IReadOnlyList<CorpusFile> files)
    {
        var trees = generated.Select(g => CSharpSyntaxTree.ParseText(g.SourceText, ParseOptions, "/corpus/obj/" + g.HintName));
        var compilation = CreateCompilation(assemblyName).AddSyntaxTrees(trees);
        return Emit(compilation, SeedResources(files));
    }

    /// <summary>The generated files' total length in characters.</summary>
    public static long Length(IEnumerable<GeneratedSourceResult> generated) => generated.Sum(g => (long)g.SourceText.Length);

    /// <summary>Whether two runs generated the same files with the same texts.</summary>
    public static bool SameSources(IReadOnlyList<GeneratedSourceResult> a, IReadOnlyList<GeneratedSourceResult> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.HintName == p.Second.HintName && p.First.SourceText.ContentEquals(p.Second.SourceText));

    /// <summary>The seeds that have a resource name, as the build embeds them: the file's bytes (UTF-8, as written to disk).</summary>
    public static IReadOnlyList<ResourceDescription> SeedResources(IEnumerable<CorpusFile> files) =>
        files.Where(f => f.Kind == "seed" && f.Resource is not null)
            .Select(f => new ResourceDescription(f.Resource!, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(f.Text)), isPublic: true))
            .ToList();

    public static (byte[] Image, byte[] Documentation) Emit(Compilation compilation, IEnumerable<ResourceDescription> resources)
    {
        using var image = new MemoryStream();
        using var documentation = new MemoryStream();
        var result = compilation.Emit(image, xmlDocumentationStream: documentation, manifestResources: resources);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!result.Success || problems.Count > 0)
        {
            throw new InvalidOperationException("The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(20)));
        }
        return (image.ToArray(), documentation.ToArray());
    }
}

/// <summary>The options the build props give: CorpusKind (and CorpusResource for embedded seeds) per file and the CorpusNamespace property.</summary>
public sealed class CorpusOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _byPath;

    public CorpusOptionsProvider(IEnumerable<CorpusFile> files)
    {
        _byPath = new Dictionary<string, DictionaryOptions>(StringComparer.Ordinal);
        var annotation = new DictionaryOptions(new() { ["build_metadata.AdditionalFiles.CorpusKind"] = "annotation" });
        var seed = new DictionaryOptions(new() { ["build_metadata.AdditionalFiles.CorpusKind"] = "seed" });
        foreach (var file in files)
        {
            _byPath[file.Path] = file.Kind != "seed" ? annotation
                : file.Resource is null ? seed
                : new DictionaryOptions(new() { ["build_metadata.AdditionalFiles.CorpusKind"] = "seed", ["build_metadata.AdditionalFiles.CorpusResource"] = file.Resource });
        }
        GlobalOptions = new DictionaryOptions(new() { ["build_property.CorpusNamespace"] = GeneratorHost.Namespace });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
