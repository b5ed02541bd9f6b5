extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Corpus.Testing;
using generator::Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
        _texts = inputs.ToDictionary(i => i.Path, i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text), StringComparer.Ordinal);
        var files = inputs.ToDictionary(i => i.Path, i => (i.Kind, i.Resource), StringComparer.Ordinal);
        _compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            inputs.Select(i => _texts[i.Path]),
            (CSharpParseOptions)CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            new CorpusOptionsProvider(files, @namespace: null),
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
        var driver = _driver.ReplaceAdditionalText(_texts[path], new InMemoryAdditionalText(path, text));
        return GeneratorHarness.Run(driver, _compilation);
    }
}
