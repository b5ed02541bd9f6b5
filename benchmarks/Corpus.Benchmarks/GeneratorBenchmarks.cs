using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Corpus.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator in process through <see cref="CSharpGeneratorDriver"/>: a full run, a re-run after one
/// article's YAML changed, a re-run after an unrelated .cs file changed, and the compilation of the
/// generated code. Every setup checks that the corpus generates with no diagnostic at all.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class GeneratorBenchmarks
{
    private IReadOnlyList<CorpusFile> _files = Array.Empty<CorpusFile>();
    private ImmutableArray<AdditionalText> _texts;
    private CorpusOptionsProvider _options = null!;
    private Compilation _compilation = null!;
    private Compilation _editedCompilation = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _article = null!;
    private AdditionalText _editedArticle = null!;
    private bool _edited;
    private IReadOnlyList<GeneratedSourceResult> _generated = Array.Empty<GeneratedSourceResult>();

    [Params(Corpora.Real, "100", "1000", "10000")]
    public string Corpus { get; set; } = Corpora.Real;

    private void Load(bool trackSteps)
    {
        _files = Corpora.Load(Corpus);
        _texts = GeneratorHost.AdditionalTexts(_files);
        _options = new CorpusOptionsProvider(_files);
        _compilation = GeneratorHost.CreateCompilation("Bench.Corpus");
        _driver = GeneratorHost.Run(GeneratorHost.CreateDriver(_texts, _options, trackSteps), _compilation, out _);
        _generated = GeneratorHost.RequireCleanRun(_driver, $"corpus '{Corpus}'");
    }

    [GlobalSetup(Targets = new[] { nameof(FullRun), nameof(CompileGenerated) })]
    public void SetupFullRun() => Load(trackSteps: false);

    [GlobalSetup(Target = nameof(ArticleEditRerun))]
    public void SetupArticleEdit()
    {
        Load(trackSteps: false);
        (_article, _editedArticle) = Incremental.ArticleEdit(_texts);
        // The edited corpus must be as clean as the original.
        GeneratorHost.RequireCleanRun(GeneratorHost.Run(_driver.ReplaceAdditionalText(_article, _editedArticle), _compilation, out _), "edited article");
    }

    [GlobalSetup(Target = nameof(CsEditRerun))]
    public void SetupCsEdit()
    {
        // Tracked, so the setup can prove that editing C# re-parses no YAML.
        Load(trackSteps: true);
        _editedCompilation = Incremental.CsEdit(_compilation);
        var rerun = GeneratorHost.Run(_driver, _editedCompilation, out _);
        var parsed = Incremental.Reasons(rerun, "Parsed");
        if (parsed.Keys.Any(reason => reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
        {
            throw new InvalidOperationException("editing a .cs file re-parsed YAML: " + Incremental.Describe(parsed));
        }
        Console.WriteLine($"// .cs edit, Parsed step outputs: {Incremental.Describe(parsed)}");
        _driver = rerun;
    }

    /// <summary>A build from nothing: a new driver, every file parsed, the corpus linked and emitted.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() =>
        GeneratorHost.CreateDriver(_texts, _options, trackSteps: false).RunGeneratorsAndUpdateCompilation(_compilation, out _, out _);

    /// <summary>The IDE or a rebuild after one article's YAML changed (one statement's act, alternately edited and restored).</summary>
    [Benchmark]
    public GeneratorDriver ArticleEditRerun()
    {
        _driver = _edited ? _driver.ReplaceAdditionalText(_editedArticle, _article) : _driver.ReplaceAdditionalText(_article, _editedArticle);
        _edited = !_edited;
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out _, out _);
        return _driver;
    }

    /// <summary>A re-run after an unrelated .cs file changed (alternately edited and restored).</summary>
    [Benchmark]
    public GeneratorDriver CsEditRerun()
    {
        _edited = !_edited;
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_edited ? _editedCompilation : _compilation, out _, out _);
        return _driver;
    }

    /// <summary>Compiling the generated code as a build does after generation: parse, bind, emit IL and XML docs, seeds as resources.</summary>
    [Benchmark]
    public int CompileGenerated() => GeneratorHost.Compile("Bench.Corpus", _generated, _files).Image.Length;
}

/// <summary>The edits the incremental benchmarks make, and the step reasons they are checked by.</summary>
public static class Incremental
{
    /// <summary>
    /// Acts the edit swaps between, grouped so a swap keeps the statement valid under the codebook's target
    /// rules: acts directed at someone need a target (CORP051), undirected ones take none (CORP056), the rest either.
    /// </summary>
    private static readonly string[][] s_actGroups =
    {
        new[] { "accuse", "criticize", "appeal", "demand", "threaten", "deny" },
        new[] { "assert", "pessimistic-comment", "optimistic-comment" },
        new[] { "reject", "intend-to-cooperate", "praise" },
    };
    private static readonly Regex s_act = new(@"(?m)^(\s+act: )([a-z-]+)\s*$");

    /// <summary>An article file (the middle one) and a version of it with its first statement's act changed to another of its group.</summary>
    public static (AdditionalText Original, AdditionalText Edited) ArticleEdit(ImmutableArray<AdditionalText> texts)
    {
        var articles = texts.Where(t => t.Path.Contains("/annotations/articles/", StringComparison.Ordinal)).OrderBy(t => t.Path, StringComparer.Ordinal).ToList();
        var original = articles[articles.Count / 2];
        string text = original.GetText()!.ToString();
        var match = s_act.Match(text);
        if (!match.Success) throw new InvalidOperationException($"no 'act:' line in {original.Path}");
        string act = match.Groups[2].Value;
        var group = s_actGroups.FirstOrDefault(g => g.Contains(act)) ?? throw new InvalidOperationException($"act '{act}' in {original.Path} is in no edit group");
        string other = group[(Array.IndexOf(group, act) + 1) % group.Length];
        string edited = text.Substring(0, match.Groups[2].Index) + other + text.Substring(match.Groups[2].Index + act.Length);
        return (original, new InMemoryAdditionalText(original.Path, edited));
    }

    /// <summary>The compilation with its one user file changed.</summary>
    public static Compilation CsEdit(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == GeneratorHost.UserFilePath);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(GeneratorHost.UserSource(2), GeneratorHost.ParseOptions, GeneratorHost.UserFilePath));
    }

    /// <summary>How many outputs of the named tracked step had each run reason.</summary>
    public static SortedDictionary<IncrementalStepRunReason, int> Reasons(GeneratorDriver driver, string step)
    {
        var counts = new SortedDictionary<IncrementalStepRunReason, int>();
        var result = driver.GetRunResult().Results.Single();
        if (!result.TrackedSteps.TryGetValue(step, out var steps)) throw new InvalidOperationException($"the run tracked no '{step}' step");
        foreach (var output in steps.SelectMany(s => s.Outputs))
        {
            counts[output.Reason] = counts.TryGetValue(output.Reason, out int n) ? n + 1 : 1;
        }
        return counts;
    }

    public static string Describe(SortedDictionary<IncrementalStepRunReason, int> reasons) =>
        string.Join(", ", reasons.Select(r => $"{r.Value} {r.Key}"));
}
