extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Corpus.Testing;
using generator::Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>An annotation or seed file handed to the generator, as the build props would.</summary>
public sealed record CorpusInput(string Path, string Text, string Kind)
{
    /// <summary>When set, reading the file throws, as a locked or vanished file would.</summary>
    public bool Unreadable { get; init; }

    /// <summary>For a seed: the manifest resource name the build embeds it as (CorpusResource metadata), or null to compile the text in.</summary>
    public string? Resource { get; init; }

    public static CorpusInput Annotation(string relativePath, string text) => new(Root + "annotations/" + relativePath, text, "annotation");

    public static CorpusInput Seed(string name, string text) => new(Root + "seeds/" + name, text, "seed");

    /// <summary>A fixed, fake project root so paths (and snapshots) do not depend on the machine.</summary>
    public const string Root = "/corpus/";
}

/// <summary>The outcome of one generator run.</summary>
public sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Every generated file, by hint name, each after a "// hint: name" line; null when nothing was generated.</summary>
    public string? GeneratedSource => Result.Results.Single().GeneratedSources.IsEmpty ? null : string.Concat(
        Result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => $"// hint: {s.HintName}\n{s.SourceText}"));

    /// <summary>The generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> GeneratedFiles =>
        Result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Diagnostics of the given ID.</summary>
    public IReadOnlyList<Diagnostic> Of(string id) => Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>Compiler errors of the generated code (not the generator's own diagnostics).</summary>
    public IReadOnlyList<Diagnostic> CompileErrors =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Emits the compilation and loads it into a collectible context.</summary>
    public Assembly Load() => Load(Array.Empty<ResourceDescription>());

    /// <summary>Emits the compilation with the given manifest resources and loads it.</summary>
    public Assembly Load(IEnumerable<ResourceDescription> resources)
    {
        using var stream = new MemoryStream();
        var emit = OutputCompilation.Emit(stream, manifestResources: resources);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        stream.Position = 0;
        var context = new AssemblyLoadContext("corpus-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>The value of a static property of a generated class, e.g. Statements.All.</summary>
    public static object? Static(Assembly assembly, string typeName, string member) =>
        assembly.GetType(typeName, throwOnError: true)!.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
}

/// <summary>Runs <see cref="CorpusGenerator"/> in process through the Roslyn driver.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "netstandard.dll" or "System.Memory.dll" or "System.Linq.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(Corpus.Statement).Assembly.Location));
        return references.ToImmutableArray();
    });

    public static CSharpCompilation CreateCompilation(params string[] sources) => CSharpCompilation.Create(
        "CorpusTestAssembly",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"Source{i}.cs")),
        s_references.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<CorpusInput> inputs, string? @namespace = null, bool trackSteps = true)
    {
        var files = inputs.ToList();
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text, f.Unreadable)).ToImmutableArray();
        var options = new CorpusOptionsProvider(files.ToDictionary(f => f.Path, f => (f.Kind, f.Resource)), @namespace);
        return CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            (CSharpParseOptions)CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static GeneratorRun Run(IEnumerable<CorpusInput> inputs, string? @namespace = null, CSharpCompilation? compilation = null)
    {
        var driver = CreateDriver(inputs, @namespace);
        return Run(driver, compilation ?? CreateCompilation());
    }

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, CancellationToken.None);
        var result = driver.GetRunResult();
        return new GeneratorRun(driver, result, output, result.Diagnostics);
    }

    /// <summary>The repository's own annotations and seeds, as the runtime project passes them.</summary>
    public static IReadOnlyList<CorpusInput> RepositoryCorpus()
    {
        string root = RepositoryRoot();
        var inputs = new List<CorpusInput>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "annotations"), "*.yaml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            inputs.Add(CorpusInput.Annotation(Path.GetRelativePath(Path.Combine(root, "annotations"), file).Replace('\\', '/'), File.ReadAllText(file)));
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            inputs.Add(CorpusInput.Seed(Path.GetFileName(file), File.ReadAllText(file)));
        }
        return inputs;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }
}
