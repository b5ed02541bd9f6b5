using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Corpus.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Roslyn48.Tests;

/// <summary>An annotation or seed file, with the CorpusKind metadata build/Corpus.props gives it.</summary>
public sealed record CorpusFile(string Path, string Text, string Kind);

/// <summary>
/// Runs <see cref="CorpusGenerator"/> through this project's compiler (4.8) the way the build
/// does. Kept apart from Corpus.Generator.Tests' harness on purpose: that one may use APIs newer
/// than 4.8, and this project must only ever compile against 4.8; the in-memory inputs
/// (tests/Shared) use only APIs 4.8 has.
/// </summary>
public static class CorpusDriver
{
    /// <summary>A fixed project root, so paths do not depend on the machine.</summary>
    public const string Root = "/corpus/";

    public static (ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<CorpusFile> files, string @namespace)
    {
        var list = files.ToList();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new CorpusOptionsProvider(list.ToDictionary(f => f.Path, f => (f.Kind, (string?)null)), @namespace));
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var diagnostics, CancellationToken.None);
        return (diagnostics, driver.GetRunResult(), output);
    }

    /// <summary>The repository's annotations and seeds, as runtime/Corpus.csproj passes them.</summary>
    public static List<CorpusFile> RepositoryCorpus()
    {
        string root = RepositoryRoot();
        var annotations = Directory.EnumerateFiles(Path.Combine(root, "annotations"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => new CorpusFile(Root + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f), "annotation"));
        var seeds = Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt", SearchOption.AllDirectories)
            .Select(f => new CorpusFile(Root + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f), "seed"));
        return annotations.Concat(seeds).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Emits the compilation and loads it into a collectible context.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("roslyn48-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }

    private static CSharpCompilation CreateCompilation()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll" or "netstandard.dll" or "System.Memory.dll" or "System.Linq.dll");
        var references = platform.Append(typeof(Statement).Assembly.Location).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return CSharpCompilation.Create("Roslyn48Corpus", Array.Empty<SyntaxTree>(), references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
