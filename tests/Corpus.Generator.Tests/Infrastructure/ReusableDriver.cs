extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using generator::Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// A generator driver that has run once over a fixed set of inputs. <see cref="RunWith"/> replaces
/// one file and runs again from that state, so only the replaced file is parsed anew: many
/// variants of one corpus cost little more than linking and emitting each.
/// </summary>
public sealed class ReusableDriver
{
    private readonly GeneratorDriver _driver;
    private readonly Dictionary<string, AdditionalText> _texts;
    private readonly CSharpCompilation _compilation;

    public ReusableDriver(IReadOnlyList<CorpusInput> inputs)
    {
        Inputs = inputs;
        _texts = inputs.ToDictionary(i => i.Path, i => (AdditionalText)new Text(i.Path, i.Text), StringComparer.Ordinal);
        var kinds = inputs.ToDictionary(i => i.Path, i => i.Kind, StringComparer.Ordinal);
        _compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            inputs.Select(i => _texts[i.Path]),
            (CSharpParseOptions)CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new KindOptions(kinds),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        Baseline = GeneratorHarness.Run(driver, _compilation);
        _driver = Baseline.Driver;
    }

    public IReadOnlyList<CorpusInput> Inputs { get; }

    /// <summary>The run over the unchanged inputs.</summary>
    public GeneratorRun Baseline { get; }

    /// <summary>Runs the generator with the file at <paramref name="path"/> holding <paramref name="text"/> instead.</summary>
    public GeneratorRun RunWith(string path, string text)
    {
        var driver = _driver.ReplaceAdditionalText(_texts[path], new Text(path, text));
        return GeneratorHarness.Run(driver, _compilation);
    }

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class KindOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, string> _kinds;

        public KindOptions(Dictionary<string, string> kinds) => _kinds = kinds;

        public override AnalyzerConfigOptions GlobalOptions => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _kinds.TryGetValue(textFile.Path, out var kind) ? new Options("build_metadata.AdditionalFiles.CorpusKind", kind) : Options.Empty;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(null, null);
        private readonly string? _key;
        private readonly string? _value;

        public Options(string? key, string? value)
        {
            _key = key;
            _value = value;
        }

        public override bool TryGetValue(string key, out string value)
        {
            value = _value ?? "";
            return _key is not null && key == _key;
        }
    }
}
