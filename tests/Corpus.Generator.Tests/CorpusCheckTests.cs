extern alias generator;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Check = generator::Corpus.Generator.CorpusCheck;
using CheckInput = generator::Corpus.Generator.CorpusInput;

namespace Corpus.Generator.Tests;

/// <summary>The check outside a compilation runs the generator's own stages: it reports what the driver reports and its data is the corpus the driver compiles.</summary>
public class CorpusCheckTests
{
    public static TheoryData<string> Corpora() => new() { "fixture", "fixture with errors", "repository", "repository with errors" };

    private static IReadOnlyList<CorpusInput> Inputs(string name) => name switch
    {
        "fixture" => Fixture.Inputs(),
        "fixture with errors" => Fixture.WithArticle(Fixture.Article
            .Replace("speaker: example-ministry", "speaker: example-ministri", StringComparison.Ordinal)
            .Replace("text: cooperation is the only way", "text: cooperation is the one way", StringComparison.Ordinal))
            .Append(CorpusInput.Seed("orphan.txt", "An orphan seed.\n")).ToList(),
        "repository" => GeneratorHarness.RepositoryCorpus(),
        _ => DeterminismTests.Inputs("repository with errors"),
    };

    private static IEnumerable<string> Described(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan()} [{string.Join(", ", d.AdditionalLocations.Select(l => l.GetLineSpan()))}] {d.GetMessage(CultureInfo.InvariantCulture)}")
        .OrderBy(s => s, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Check_reports_what_the_driver_reports(string corpus)
    {
        var inputs = Inputs(corpus);
        var run = GeneratorHarness.Run(inputs);
        var check = RunCheck(inputs);

        Assert.Equal(Described(run.Diagnostics), Described(check.Diagnostics));
        if (corpus.EndsWith("errors", StringComparison.Ordinal)) Assert.Contains(check.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        // In a deterministic order: by file, then position.
        var places = check.Diagnostics.Select(d => (d.Location.GetLineSpan().Path ?? "", d.Location.SourceSpan.Start)).ToList();
        Assert.Equal(places.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2), places);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Diagnosing_without_the_data_reports_what_the_full_run_reports(string corpus)
    {
        var inputs = Inputs(corpus);
        var files = inputs.Where(i => i.Kind == "annotation").Select(i => Check.Parse(new CheckInput(i.Path, i.Text))).ToList();
        var seeds = inputs.Where(i => i.Kind == "seed").Select(i => new CheckInput(i.Path, i.Text)).ToList();

        var diagnosed = Check.Diagnose(files, seeds);

        if (corpus.EndsWith("errors", StringComparison.Ordinal)) Assert.Contains(diagnosed, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(Described(Check.Run(files, seeds).Diagnostics), Described(diagnosed));
    }

    [Theory]
    [InlineData("fixture")]
    [InlineData("repository")]
    public void Check_data_loads_as_the_corpus_the_driver_compiles(string corpus)
    {
        var inputs = Inputs(corpus);
        var run = GeneratorHarness.Run(inputs);
        var check = RunCheck(inputs);

        var graph = CorpusGraph.Load(() => check.Data);
        var assembly = run.Load();
        var compiled = ((IEnumerable)GeneratorRun.Static(assembly, "Corpus.Statements", "All")!).Cast<Statement>().ToList();
        Assert.Equal(compiled.Select(Describe), graph.Statements.Select(Describe));
        var articles = ((IEnumerable)GeneratorRun.Static(assembly, "Corpus.Articles", "All")!).Cast<Article>().ToList();
        Assert.Equal(articles.Select(a => (a.Id, a.SourcePath, a.Text)), graph.Articles.Select(a => (a.Id, a.SourcePath, a.Text)));
        Assert.Equal(((IEnumerable)GeneratorRun.Static(assembly, "Corpus.Countries", "All")!).Cast<Country>().Select(c => c.Code), graph.Countries.Select(c => c.Code));
        // Texts are the seed files' characters, whatever the build does with resources.
        foreach (var article in graph.Articles) Assert.Equal(inputs.Single(i => i.Kind == "seed" && i.Path.EndsWith("/" + article.SourcePath, StringComparison.Ordinal)).Text, article.Text);
    }

    private static generator::Corpus.Generator.CorpusCheckResult RunCheck(IReadOnlyList<CorpusInput> inputs) => Check.Run(
        inputs.Where(i => i.Kind == "annotation").Select(i => new CheckInput(i.Path, i.Text)).ToList(),
        inputs.Where(i => i.Kind == "seed").Select(i => new CheckInput(i.Path, i.Text)).ToList());

    private static string Describe(Statement s) =>
        $"{s.Id} {s.Article.Id} {s.Speaker.Name} {s.Kind} {s.Act} {s.Start}+{s.Length} {s.Date} {s.Event?.Id} " +
        $"[{string.Join(",", s.Targets.Select(t => t.Name))}] {s.Addressee?.Name} [{string.Join(",", s.Topics.Select(t => t.Id))}] {s.ReportedBy?.Name} " +
        $"[{string.Join(",", s.RespondsTo.Select(r => r.Id))}] {s.Note} {s.DateEvidence} " +
        $"[{string.Join(",", s.About.Select(a => a.Name))}] [{string.Join(",", s.Addressees.Select(a => a.Name))}] [{string.Join(",", s.ReportedByChain.Select(a => a.Name))}] " +
        $"[{string.Join(",", s.SameUtteranceAs.Select(o => o.Id))}] [{string.Join(",", s.Concerns.Select(e => e.Id))}] {s.CameoCode} {s.NoTargetReason}";
}
