extern alias generator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Xunit;
using Checks = generator::Corpus.Generator.Checks;
using Model = generator::Corpus.Generator.Model;
using Parsing = generator::Corpus.Generator.Parsing;
using GenDateBasis = generator::Corpus.DateBasis;
using GenEventKind = generator::Corpus.EventKind;
using GenPartialDate = generator::Corpus.PartialDate;
using GenSpeechAct = generator::Corpus.SpeechAct;

namespace Corpus.Generator.Tests;

/// <summary>
/// The repository's annotations, read by the generator's parser, against the errors a review of
/// the first coding found (docs/codebook.md). Each test fails on the coding it corrects, on the
/// parsed annotations (the runtime's view of the same facts: Corpus.Tests' CodebookDataTests).
/// </summary>
public class RecodedAnnotationsTests
{
    private static readonly Lazy<IReadOnlyList<Model.AnnotationFile>> s_files = new(() =>
        GeneratorHarness.RepositoryCorpus().Where(i => i.Kind == "annotation").Select(i => Parsing.AnnotationParser.Parse(i.Path, i.Text)).ToList());

    private static IReadOnlyList<Model.AnnotationFile> Files => s_files.Value;

    private static IEnumerable<Model.StatementModel> AllStatements => Files.SelectMany(f => f.Statements);

    private static Model.StatementModel StatementById(string id) => AllStatements.Single(s => s.Id.Value == id);

    private static Model.EventModel EventById(string id) => Files.SelectMany(f => f.Events).Single(e => e.Id.Value == id);

    private static Model.ArticleModel ArticleById(string id) => Files.Select(f => f.Article).OfType<Model.ArticleModel>().Single(a => a.Id.Value == id);

    private static string SeedOf(Model.ArticleModel article) =>
        File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "seeds", article.Source.Value));

    private static string[] Ids(Model.EquatableArray<Model.ActorRef> actors) => actors.Select(a => a.Value).ToArray();

    [Fact]
    public void The_repository_annotations_parse_without_diagnostics()
    {
        Assert.All(Files, f => Assert.True(f.Diagnostics.Count == 0, f.Path + ": " + string.Join("; ", f.Diagnostics.Select(d => d.Id + " " + string.Join(" | ", d.Arguments)))));
    }

    [Fact]
    public void Each_title_Wang_Lei_is_printed_with_is_its_own_role_attested_by_that_article()
    {
        var wang = Files.SelectMany(f => f.Officials).Single(o => o.Id.Value == "wang-lei");
        Assert.Equal(new[] { "Coordinator for Cyber Affairs", "Coordinator for Cyber and Digital Affairs" }, wang.Roles.Select(r => r.Title));
        Assert.All(wang.Roles, r => Assert.True(r.From is null && r.To is null && r.Attested.Count > 0, r.Title));

        // On the date of the 2025 article's statements, only the title it prints is valid.
        var article2025 = ArticleById("us-urged-address-cyber-concerns");
        GenPartialDate? Published(string id) => Files.Select(f => f.Article).OfType<Model.ArticleModel>().Single(a => a.Id.Value == id).Published?.Value;
        var date = StatementById("wang-lei-china-rejects-us-accusations").Date!.Value;
        var valid = wang.Roles.Where(r => Checks.RoleValidity.On(r, date, Published) == Checks.RoleStatus.Valid).Select(r => r.Title);
        Assert.Equal(new[] { "Coordinator for Cyber and Digital Affairs" }, valid);
        Assert.Contains("coordinator for cyber and digital affairs", SeedOf(article2025), StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_attested_by_an_article_has_its_title_printed_there()
    {
        var articles = Files.Select(f => f.Article).OfType<Model.ArticleModel>().ToDictionary(a => a.Id.Value);
        var attested = Files.SelectMany(f => f.Officials).SelectMany(o => o.Roles.SelectMany(r => r.Attested.Where(a => a.Date is null).Select(a => (o, r, a)))).ToList();
        Assert.NotEmpty(attested);
        Assert.All(attested, x =>
        {
            Assert.True(articles.ContainsKey(x.a.Value.Value), x.a.Value.Value);
            Assert.True(SeedOf(articles[x.a.Value.Value]).Contains(x.r.Title, StringComparison.OrdinalIgnoreCase),
                $"{x.o.Id.Value}: '{x.r.Title}' is not printed in {x.a.Value.Value}");
        });
    }

    [Fact]
    public void Raabs_pledge_targets_the_vulnerable_countries_and_is_about_China_and_Russia()
    {
        var pledge = StatementById("raab-invest-22-million-pounds");
        Assert.Equal(GenSpeechAct.IntendToCooperate, pledge.Act);
        Assert.Equal(new[] { "the most vulnerable countries" }, Ids(pledge.Targets));
        Assert.Equal(new[] { "CN", "RU" }, Ids(pledge.About));
    }

    [Fact]
    public void The_UK_sponsoring_smear_is_Hua_Chunyings_report_of_Raabs_one_accusation()
    {
        var smear = StatementById("uk-china-sponsoring-hackers");
        Assert.Equal(new[] { "hua-chunying" }, Ids(smear.ReportedByChain));
        Assert.Equal(new[] { "raab-exchange-hack-state-sponsored" }, smear.SameUtteranceAs.Select(l => l.Value));

        // The UK's accusations of China, counted once per utterance: Raab's attribution of the Exchange hack.
        var accusations = AllStatements.Where(s => s.Act == GenSpeechAct.Accuse && s.Speaker.Value is "GB" or "dominic-raab" && Ids(s.Targets).Contains("CN")).ToList();
        Assert.Equal(2, accusations.Count);
        Assert.Equal(1, Utterances(accusations));
    }

    /// <summary>How many groups the same-utterance links make among <paramref name="statements"/>.</summary>
    private static int Utterances(IReadOnlyList<Model.StatementModel> statements)
    {
        var group = statements.ToDictionary(s => s.Id.Value, s => s.Id.Value);
        foreach (var s in statements)
        {
            foreach (var link in s.SameUtteranceAs.Where(l => group.ContainsKey(l.Value)))
            {
                string from = group[s.Id.Value], to = group[link.Value];
                foreach (var key in group.Keys.ToList()) if (group[key] == from) group[key] = to;
            }
        }
        return group.Values.Distinct().Count();
    }

    [Fact]
    public void Mayorkas_remarks_are_an_occasion_of_unknown_kind_within_SICW()
    {
        var remarks = EventById("mayorkas-sicw-2022-remarks");
        Assert.Equal(GenEventKind.Other, remarks.Kind);
        Assert.Equal("sicw-2022", remarks.PartOf?.Value);
        Assert.Equal("cyberuk-2021", EventById("raab-cyberuk-2021").PartOf?.Value);
    }

    [Fact]
    public void Every_registry_event_is_referenced()
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in AllStatements)
        {
            if (s.Event is { } e) referenced.Add(e.Value);
            foreach (var c in s.Concerns) referenced.Add(c.Value);
            foreach (var r in s.RespondsTo) referenced.Add(r.Value);
        }
        foreach (var e in Files.SelectMany(f => f.Events)) if (e.PartOf is { } parent) referenced.Add(parent.Value);
        var registry = Files.SelectMany(f => f.Events).Where(e => !e.IsArticleEvent).Select(e => e.Id.Value).ToList();
        Assert.Contains("microsoft-exchange-hack-2021", registry);
        Assert.All(registry, id => Assert.True(referenced.Contains(id), id + " is referenced by no statement or event"));
    }

    [Fact]
    public void ASEAN_and_the_Global_Initiative_on_Data_Security_are_registered_and_referenced()
    {
        Assert.Contains(Files.SelectMany(f => f.Organizations), o => o.Id.Value == "asean" && o.Kind == generator::Corpus.OrganizationKind.Intergovernmental);
        Assert.Contains(AllStatements, s => Ids(s.About).Contains("asean"));
        Assert.Contains(AllStatements, s => s.Concerns.Any(c => c.Value == "global-initiative-on-data-security"));
        Assert.Equal(GenEventKind.Other, EventById("global-initiative-on-data-security").Kind);
    }

    [Fact]
    public void Anonymous_officials_told_two_outlets_and_the_CNN_headline_reports_feds()
    {
        // "Anonymous US intelligence officials told The Washington Post and CNN that ..."
        Assert.Equal(new[] { "washington-post", "cnn" }, Ids(StatementById("us-officials-link-hackers-to-china").Addressees));
        Assert.Equal(new[] { "cnn" }, Ids(StatementById("cnn-china-culprit-headline").ReportedByChain));
    }

    [Fact]
    public void The_China_Daily_page_prints_its_update_time_not_its_publication_date()
    {
        // "By ZHANG YUNBI | chinadaily.com.cn | Updated: 2025-01-19 21:53"
        var article = ArticleById("us-urged-address-cyber-concerns");
        Assert.Equal("2025-01-19", article.Updated?.Value.ToString());
        Assert.Equal(GenDateBasis.Printed, article.Updated?.Basis);
        Assert.Equal(GenDateBasis.Inferred, article.Published?.Basis);
    }

    [Theory]
    [InlineData("beijing-trumped-up-charge", "hong-lei-trumped-up-charge")]
    [InlineData("embassy-cautions-against-jumping-to-conclusions", "zhu-haiquan-attacks-hard-to-track")]
    [InlineData("wang-lei-take-beijing-concerns-seriously", "wang-lei-crux-us-take-concerns-seriously")]
    [InlineData("wang-wenbin-expose-us-attempts", "wang-wenbin-urge-expose-resist-us")]
    public void Two_reports_of_one_utterance_are_linked(string report, string other)
    {
        Assert.Contains(other, StatementById(report).SameUtteranceAs.Select(l => l.Value));
    }

    [Fact]
    public void Inferred_outlets_carry_their_evidence()
    {
        foreach (var id in new[] { "chinese-official-us-cyber-monopoly", "china-backs-joint-effort-cyberspace" })
        {
            var article = ArticleById(id);
            Assert.Null(article.Outlet);
            Assert.Equal("china-daily", article.OutletSource?.Value.Value);
            Assert.Equal(GenDateBasis.Inferred, article.OutletSource?.Basis);
            Assert.False(string.IsNullOrWhiteSpace(article.OutletSource?.Evidence));
        }
    }
}
