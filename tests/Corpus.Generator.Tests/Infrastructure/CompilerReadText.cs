extern alias generator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// An additional file decoded from its bytes by the compiler's own reader (Roslyn's internal
/// EncodedStringText, which csc uses for every file), so tests see exactly the text a build sees.
/// Like the compiler, it reads no text (null) from a file it takes for binary.
/// </summary>
public sealed class CompilerReadText : AdditionalText
{
    private static readonly MethodInfo s_create = typeof(SourceText).Assembly
        .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!
        .GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        .Single(m => m.Name == "Create" && m.GetParameters() is { Length: 4 } p && p[0].ParameterType == typeof(Stream) && p[1].ParameterType == typeof(System.Text.Encoding));

    private readonly SourceText? _text;

    public CompilerReadText(string path, byte[] bytes)
    {
        Path = path;
        _text = Decode(bytes);
    }

    /// <summary>The text the compiler reads from <paramref name="bytes"/>, or null when it refuses them as binary.</summary>
    public static SourceText? Decode(byte[] bytes)
    {
        try
        {
            var defaults = s_create.GetParameters().Skip(2).Select(p => p.DefaultValue).ToArray();
            return (SourceText)s_create.Invoke(null, new object?[] { new MemoryStream(bytes), null, defaults[0], defaults[1] })!;
        }
        catch (TargetInvocationException e) when (e.InnerException is InvalidDataException)
        {
            return null;
        }
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>A file as a build passes it to the generator: its bytes and its item metadata (CorpusKind, CorpusSeedName, CorpusResource).</summary>
public sealed record BuildFile(string Path, byte[] Bytes, IReadOnlyDictionary<string, string> Metadata)
{
    public static BuildFile Annotation(CorpusInput input) =>
        new(input.Path, System.Text.Encoding.UTF8.GetBytes(input.Text), new Dictionary<string, string> { ["CorpusKind"] = "annotation" });

    /// <summary>A seed as Corpus.props passes it: its name escaped, and with <paramref name="resource"/>, embedded under that name.</summary>
    public static BuildFile Seed(string path, byte[] bytes, string escapedName, string? resource = null)
    {
        var metadata = new Dictionary<string, string> { ["CorpusKind"] = "seed", ["CorpusSeedName"] = escapedName };
        if (resource is not null) metadata["CorpusResource"] = resource;
        return new BuildFile(path, bytes, metadata);
    }

    /// <summary>Runs the generator over files read as the compiler reads them.</summary>
    public static GeneratorRun Run(IEnumerable<BuildFile> files)
    {
        var list = files.ToList();
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new generator::Corpus.Generator.CorpusGenerator().AsSourceGenerator() },
            list.Select(f => (AdditionalText)new CompilerReadText(f.Path, f.Bytes)),
            Microsoft.CodeAnalysis.CSharp.CSharpParseOptions.Default.WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest),
            new MetadataOptionsProvider(list.ToDictionary(f => f.Path, f => f.Metadata)));
        return GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation());
    }
}

/// <summary>Item metadata per additional file, as the build's analyzer config file passes it.</summary>
public sealed class MetadataOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;

    /// <param name="files">Per path: metadata name (e.g. CorpusKind) → value.</param>
    public MetadataOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files) => _files = files;

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(_files.TryGetValue(textFile.Path, out var metadata)
            ? metadata.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value)
            : new Dictionary<string, string>());

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
