extern alias generator;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Check = generator::Corpus.Generator.CorpusCheck;
using CheckInput = generator::Corpus.Generator.CorpusInput;

namespace Corpus.Generator.Tests;

/// <summary>
/// The codebook's fields from the YAML to the runtime: through the generator's data (compiled by
/// the driver, and as the check writes it for tools), with references to what did not link left
/// out, and part-of cycles refused.
/// </summary>
public class CodebookDataTests
{
    /// <summary>The fixture with every codebook field in use.</summary>
    private static IReadOnlyList<CorpusInput> Coded(string? registry = null, string? article = null) => Fixture.Inputs(
        registry: registry ?? CodedRegistry,
        article: article ?? CodedArticle);

    private static readonly string CodedRegistry = Fixture.Registry
        .Replace("        from: 2020-01\n",
            "        from: 2020-01\n      - title: Deputy Spokesperson\n        organization: example-ministry\n        attested: [fixture-article, 2019-03?]\n",
            StringComparison.Ordinal)
        .Replace("    organizer: example-ministry",
            "    organizer: example-ministry\n  - id: forum-2021-opening\n    name: Opening of the Example Forum 2021\n    kind: speech\n    part-of: forum-2021\n    date: 2021-05-01",
            StringComparison.Ordinal);

    private static readonly string CodedArticle = Fixture.Article
        .Replace("  outlet: example-news\n", "  outlet:\n    value: example-news\n    basis: inferred\n    evidence: the footer names it\n", StringComparison.Ordinal)
        .Replace("  url: https://example.org/article\n", "  url: https://example.org/article\n  updated: 2021-05-11\n", StringComparison.Ordinal)
        .Replace("    date: 2021-05-10\n", "    date: 2021-05-10\n    part-of: forum-2021\n", StringComparison.Ordinal)
        .Replace("    targets: [US]\n", "    targets: [US]\n    about: [CN, example-news]\n    concerns: [forum-2021-opening, forum-2021]\n    cameo: \"125\"\n", StringComparison.Ordinal)
        .Replace("    addressee: example-news\n", "    addressees: [example-news, {unnamed: reporters at the briefing}]\n", StringComparison.Ordinal)
        .Replace("    reported-by: example-news\n", "    reported-by: [example-news, {unnamed: a wire service, country: GB}]\n", StringComparison.Ordinal)
        .Replace("    responds-to: doe-rejects-accusations\n", "    responds-to: doe-rejects-accusations\n    same-utterance-as: [doe-oppose-smears]\n", StringComparison.Ordinal);

    private static CorpusGraph CheckedGraph(IReadOnlyList<CorpusInput> inputs, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var result = Check.Run(
            inputs.Where(i => i.Kind == "annotation").Select(i => new CheckInput(i.Path, i.Text)).ToList(),
            inputs.Where(i => i.Kind == "seed").Select(i => new CheckInput(i.Path, i.Text)).ToList());
        diagnostics = result.Diagnostics;
        return CorpusGraph.Load(() => result.Data);
    }

    private static IReadOnlyList<T> All<T>(System.Reflection.Assembly assembly, string type) =>
        ((IEnumerable)GeneratorRun.Static(assembly, "Corpus." + type, "All")!).Cast<T>().ToList();

    private static string Ids(IEnumerable<Actor> actors) => string.Join(" ", actors.Select(a => a switch
    {
        Official o => "o:" + o.Id,
        Organization o => "g:" + o.Id,
        Country c => "c:" + c.Code,
        UnnamedActor u => "u:" + u.Description + (u.Country is { } country ? "/" + country.Code : ""),
        _ => "?",
    }));

    [Fact]
    public void The_coded_fixture_uses_every_codebook_key()
    {
        foreach (var key in new[] { "attested:", "part-of:" }) Assert.Contains(key, CodedRegistry, StringComparison.Ordinal);
        foreach (var key in new[] { "about:", "concerns:", "cameo:", "addressees:", "reported-by: [", "same-utterance-as:", "updated:", "evidence: the footer names it", "part-of:" })
        {
            Assert.Contains(key, CodedArticle, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_codebook_fields_reach_the_runtime_as_annotated()
    {
        var graph = CheckedGraph(Coded(), out var diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var statements = graph.Statements.ToDictionary(s => s.Id);

        var rejects = statements["doe-rejects-accusations"];
        Assert.Equal("c:CN g:example-news", Ids(rejects.About));
        Assert.Equal(new[] { "forum-2021-opening", "forum-2021" }, rejects.Concerns.Select(e => e.Id));
        Assert.Equal("125", rejects.CameoCode);
        Assert.True(rejects.HasExactCameoCode);

        var smears = statements["doe-oppose-smears"];
        Assert.Equal("g:example-news u:reporters at the briefing", Ids(smears.Addressees));
        Assert.Equal("example-news", ((Organization)smears.Addressee!).Id);
        Assert.Equal("the quotation names no accuser", smears.NoTargetReason);
        Assert.Equal("016", smears.CameoCode);
        Assert.False(smears.HasExactCameoCode);

        var dialogue = statements["ministry-calls-for-dialogue"];
        Assert.Equal("g:example-news u:a wire service/GB", Ids(dialogue.ReportedByChain));
        Assert.Same(dialogue.ReportedByChain[0], dialogue.ReportedBy);

        var onlyWay = statements["doe-cooperation-only-way"];
        Assert.Equal(new[] { smears }, onlyWay.SameUtteranceAs);
        Assert.Equal(graph.Statements.Count - 1, Utterances.Of(graph.Statements).Count);

        var events = graph.Events.ToDictionary(e => e.Id);
        Assert.Same(events["forum-2021"], events["briefing-2021-05-10"].PartOf);
        Assert.Same(events["forum-2021"], events["forum-2021-opening"].PartOf);
        Assert.Equal(new[] { "forum-2021-opening", "briefing-2021-05-10" }, events["forum-2021"].Parts.Select(e => e.Id));
        Assert.Equal(new[] { rejects }, events["forum-2021"].ConcernedBy);

        var article = Assert.Single(graph.Articles);
        Assert.Equal("example-news", article.Outlet?.Id);
        Assert.Equal(DateBasis.Inferred, article.OutletBasis);
        Assert.Equal("the footer names it", article.OutletEvidence);
        Assert.Equal(DateBasis.Printed, article.HeadlineBasis);
        Assert.Equal(PartialDate.Parse("2021-05-11"), article.Updated);

        var roles = graph.Officials.Single(o => o.Id == "jane-doe").Roles;
        Assert.Empty(roles[0].Attestations);
        Assert.Equal(new (Article?, PartialDate)[] { (article, PartialDate.Parse("2021-05-10")), (null, PartialDate.Parse("2019-03?")) },
            roles[1].Attestations.Select(a => (a.Article, a.Date!.Value)));

        // The countries the new lists name are the corpus's countries.
        Assert.Contains(graph.Countries, c => c.Code == "CN");
    }

    [Fact]
    public void The_compiled_corpus_carries_the_same_codebook_fields_as_the_checks_data()
    {
        var inputs = Coded();
        var run = GeneratorHarness.Run(inputs);
        Assert.Empty(run.CompileErrors);
        var assembly = run.Load();
        var graph = CheckedGraph(inputs, out _);

        static string Describe(Statement s) =>
            $"{s.Id} about[{Ids(s.About)}] to[{Ids(s.Addressees)}] via[{Ids(s.ReportedByChain)}] same[{string.Join(",", s.SameUtteranceAs.Select(o => o.Id))}] " +
            $"concerns[{string.Join(",", s.Concerns.Select(e => e.Id))}] {s.CameoCode}/{s.HasExactCameoCode} {s.NoTargetReason}";
        Assert.Equal(graph.Statements.Select(Describe), All<Statement>(assembly, "Statements").Select(Describe));
        Assert.Equal(graph.Events.Select(e => (e.Id, e.PartOf?.Id)), All<Event>(assembly, "Events").Select(e => (e.Id, e.PartOf?.Id)));
        Assert.Equal(graph.Articles.Select(a => (a.Outlet?.Id, a.OutletBasis, a.OutletEvidence, a.HeadlineBasis, a.Updated)),
            All<Article>(assembly, "Articles").Select(a => (a.Outlet?.Id, a.OutletBasis, a.OutletEvidence, a.HeadlineBasis, a.Updated)));
        static IEnumerable<string> Attestations(IEnumerable<Official> officials) =>
            officials.SelectMany(o => o.Roles).SelectMany(r => r.Attestations.Select(a => $"{r.Official.Id} {r.Title} {a.Article?.Id} {a.Date}"));
        Assert.Equal(Attestations(graph.Officials), Attestations(All<Official>(assembly, "Officials")));
        Assert.Equal(2, Attestations(graph.Officials).Count());
    }

    /// <summary>
    /// A second article whose seed is missing does not link: what the fixture's statements, events
    /// and roles say of it is left out of the data, which still loads, and the rest is kept.
    /// </summary>
    [Fact]
    public void References_to_what_did_not_link_are_left_out_and_the_data_loads()
    {
        const string other = """
            article:
              id: other-article
              source: missing.txt
            events:
              - id: other-briefing
                name: Other briefing
                kind: press-conference
            statements:
              - id: other-says
                speaker: jane-doe
                kind: paraphrase
                text: the words of the missing article
                act: assert
            """;
        string registry = CodedRegistry
            .Replace("attested: [fixture-article, 2019-03?]", "attested: [other-article, fixture-article, 2019-03?]", StringComparison.Ordinal)
            .Replace("    part-of: forum-2021\n", "    part-of: other-briefing\n", StringComparison.Ordinal);
        string article = CodedArticle
            .Replace("    part-of: forum-2021\n", "    part-of: other-briefing\n", StringComparison.Ordinal)
            .Replace("concerns: [forum-2021-opening, forum-2021]", "concerns: [other-briefing, forum-2021]", StringComparison.Ordinal)
            .Replace("same-utterance-as: [doe-oppose-smears]", "same-utterance-as: [other-says, doe-oppose-smears]", StringComparison.Ordinal);
        var inputs = Coded(registry, article).Append(CorpusInput.Annotation("articles/other.yaml", other)).ToList();

        var graph = CheckedGraph(inputs, out var diagnostics);
        Assert.Contains(diagnostics, d => d.Id == "CORP009");
        var statements = graph.Statements.ToDictionary(s => s.Id);
        Assert.DoesNotContain("other-says", statements.Keys);
        Assert.Equal(new[] { "doe-oppose-smears" }, statements["doe-cooperation-only-way"].SameUtteranceAs.Select(s => s.Id));
        Assert.Equal(new[] { "forum-2021" }, statements["doe-rejects-accusations"].Concerns.Select(e => e.Id));
        var events = graph.Events.ToDictionary(e => e.Id);
        Assert.DoesNotContain("other-briefing", events.Keys);
        Assert.Null(events["briefing-2021-05-10"].PartOf);
        Assert.Null(events["forum-2021-opening"].PartOf);
        var attested = graph.Officials.Single(o => o.Id == "jane-doe").Roles[1].Attestations;
        Assert.Equal(new[] { "fixture-article", null }, attested.Select(a => a.Article?.Id));

        // The compiled corpus leaves out the same references, in the registries' data too.
        var run = GeneratorHarness.Run(inputs);
        Assert.Empty(run.CompileErrors);
        var assembly = run.Load();
        Assert.Null(All<Event>(assembly, "Events").Single(e => e.Id == "forum-2021-opening").PartOf);
        Assert.Equal(new[] { "fixture-article", null },
            All<Official>(assembly, "Officials").Single(o => o.Id == "jane-doe").Roles[1].Attestations.Select(a => a.Article?.Id));
        Assert.Equal(new[] { "doe-oppose-smears" },
            All<Statement>(assembly, "Statements").Single(s => s.Id == "doe-cooperation-only-way").SameUtteranceAs.Select(s => s.Id));
    }

    [Fact]
    public void An_event_that_is_part_of_itself_through_others_is_refused_where_the_way_round_starts()
    {
        // Registry: forum-2021 → forum-2021-opening → forum-2021.
        string registry = CodedRegistry.Replace("    organizer: example-ministry\n  - id: forum-2021-opening",
            "    organizer: example-ministry\n    part-of: forum-2021-opening\n  - id: forum-2021-opening", StringComparison.Ordinal);
        Assert.NotEqual(CodedRegistry, registry);
        var run = GeneratorHarness.Run(Coded(registry: registry));

        var cycle = Assert.Single(run.Of("CORP044"));
        Assert.Equal(DiagnosticSeverity.Error, cycle.Severity);
        Assert.Equal("The event 'forum-2021' leads back to itself through 'part-of': forum-2021 → forum-2021-opening → forum-2021; break the cycle", cycle.GetMessage());
        var span = cycle.Location.GetLineSpan();
        Assert.EndsWith("registry.yaml", span.Path);
        var (line, column) = Fixture.PositionOf(registry, "part-of: forum-2021-opening");
        Assert.Equal((line - 1, column - 1 + "part-of: ".Length), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        // The check outside a compilation reports the same.
        CheckedGraph(Coded(registry: registry), out var diagnostics);
        Assert.Equal(cycle.GetMessage(), Assert.Single(diagnostics, d => d.Id == "CORP044").GetMessage());
    }

    [Fact]
    public void A_part_of_cycle_through_an_articles_own_event_is_reported_once_in_the_article()
    {
        // briefing-2021-05-10 (article) → forum-2021 → forum-2021-opening → briefing-2021-05-10.
        string registry = CodedRegistry
            .Replace("    organizer: example-ministry\n  - id: forum-2021-opening", "    organizer: example-ministry\n    part-of: forum-2021-opening\n  - id: forum-2021-opening", StringComparison.Ordinal)
            .Replace("    part-of: forum-2021\n", "    part-of: briefing-2021-05-10\n", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(Coded(registry: registry));

        var cycle = Assert.Single(run.Of("CORP044"));
        Assert.Equal("The event 'briefing-2021-05-10' leads back to itself through 'part-of': briefing-2021-05-10 → forum-2021 → forum-2021-opening → briefing-2021-05-10; break the cycle", cycle.GetMessage());
        var span = cycle.Location.GetLineSpan();
        Assert.EndsWith("articles/fixture-article.yaml", span.Path);
        var (line, _) = Fixture.PositionOf(CodedArticle, "part-of: forum-2021");
        Assert.Equal(line - 1, span.StartLinePosition.Line);
        // The data still loads: the runtime never walks part-of.
        var graph = CheckedGraph(Coded(registry: registry), out _);
        Assert.Same(graph.Events.Single(e => e.Id == "forum-2021"), graph.Events.Single(e => e.Id == "briefing-2021-05-10").PartOf);
    }

    [Fact]
    public void Events_without_part_of_make_no_cycle_diagnostic()
    {
        var run = GeneratorHarness.Run(Coded());
        Assert.Empty(run.Of("CORP044"));
    }
}
