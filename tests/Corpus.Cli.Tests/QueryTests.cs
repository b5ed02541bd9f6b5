using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary><c>corpus query</c>: each filter selects what the same LINQ over the typed corpus selects.</summary>
public sealed class QueryTests
{
    public static TheoryData<string> SpeechActs() => new(Vocabulary.Spellings<SpeechAct>());

    [Theory]
    [MemberData(nameof(SpeechActs))]
    public void Act_selects_exactly_the_statements_with_that_act(string spelling)
    {
        Assert.True(Vocabulary.TryParse(spelling, out SpeechAct act));
        AssertSelects(Statements.All.Where(s => s.Act == act), "query", "--act", spelling);
    }

    [Fact]
    public void Act_deny_selects_the_denials_in_corpus_order_with_text_and_citation()
    {
        var expected = Statements.All.Where(s => s.Act == SpeechAct.Deny).ToList();
        Assert.NotEmpty(expected);
        var result = Cli.Run("query", "--act", "deny");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"{expected.Count} statements where act is deny", result.Output);

        var printed = Cli.Statements(result.Lines);
        Assert.Equal(expected.Select(s => s.Id), printed.Select(p => p.Id));
        foreach (var (statement, shown) in expected.Zip(printed))
        {
            Assert.Equal(Cli.Quoted(statement), shown.Text);
            Assert.Equal($"{statement.Article.SourcePath}:{statement.Line}", $"{shown.SourcePath}:{shown.Line}");
            string date = statement.Date is { } d ? $"{d} ({Vocabulary.Spelling(statement.DateBasis!.Value)})" : "undated";
            Assert.Equal($"{statement.Speaker.Name}, {date}, deny ({Vocabulary.Spelling(statement.Kind)})", shown.Header);
        }
    }

    [Fact]
    public void Speaker_selects_an_officials_statements()
    {
        AssertSelects(Officials.HuaChunying.Statements, "query", "--speaker", Officials.HuaChunying.Id);
        AssertSelects(Statements.All.Where(s => s.Speaker == Officials.WangLei), "query", "--speaker", "wang-lei");
    }

    [Fact]
    public void Speaker_country_code_selects_statements_made_in_the_countrys_name_ignoring_case()
    {
        var expected = Statements.All.Where(s => s.Speaker is Country { Code: "GB" }).ToList();
        Assert.NotEmpty(expected);
        AssertSelects(expected, "query", "--speaker", "GB");
        AssertSelects(expected, "query", "--speaker", "gb");
    }

    [Fact]
    public void Speaker_selects_an_organizations_statements()
    {
        var organization = Statements.All.Select(s => s.Speaker).OfType<Organization>().First();
        AssertSelects(Statements.All.Where(s => s.Speaker == organization), "query", "--speaker", organization.Id);
    }

    [Fact]
    public void Target_selects_statements_whose_targets_include_the_actor()
    {
        AssertSelects(Statements.All.Where(s => s.Targets.Any(t => t is Country { Code: "US" })), "query", "--target", "US");
        var targetedOfficial = Statements.All.SelectMany(s => s.Targets).OfType<Official>().FirstOrDefault();
        if (targetedOfficial is not null)
        {
            AssertSelects(Statements.All.Where(s => s.Targets.Contains(targetedOfficial)), "query", "--target", targetedOfficial.Id);
        }
    }

    [Fact]
    public void Topic_selects_statements_on_the_topic()
    {
        foreach (var topic in Topics.All)
        {
            AssertSelects(Statements.All.Where(s => s.Topics.Contains(topic)), "query", "--topic", topic.Id);
        }
    }

    [Fact]
    public void Article_selects_by_id_or_by_seed_file_name()
    {
        foreach (var article in Articles.All)
        {
            var expected = Statements.All.Where(s => s.Article == article).ToList();
            AssertSelects(expected, "query", "--article", article.Id);
            AssertSelects(expected, "query", "--article", article.SourcePath);
        }
    }

    [Fact]
    public void Filters_combine_with_and_and_repeated_values_with_or()
    {
        var expected = Statements.All
            .Where(s => (s.Act == SpeechAct.Accuse || s.Act == SpeechAct.Deny) && s.Topics.Contains(Topics.Attribution))
            .ToList();
        Assert.NotEmpty(expected);
        AssertSelects(expected, "query", "--act", "accuse", "--act", "deny", "--topic", "attribution");

        var hua = Statements.All.Where(s => s.Speaker == Officials.HuaChunying && s.Targets.Any(t => t is Country { Code: "GB" })).ToList();
        AssertSelects(hua, "query", "--speaker", "hua-chunying", "--target", "GB");
    }

    [Fact]
    public void A_query_that_matches_nothing_succeeds_and_says_so()
    {
        var (speaker, act) = Statements.All
            .Select(s => s.Speaker).Distinct().OfType<Official>()
            .SelectMany(o => Enum.GetValues<SpeechAct>(), (o, a) => (Official: o, Act: a))
            .First(pair => !pair.Official.Statements.Any(s => s.Act == pair.Act));
        var result = Cli.Run("query", "--speaker", speaker.Id, "--act", Vocabulary.Spelling(act));
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("0 statements where ", result.Output);
        Assert.Empty(Cli.Statements(result.Lines));
    }

    [Fact]
    public void Unknown_act_fails_naming_every_valid_act()
    {
        var result = Cli.Run("query", "--act", "denial");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("Unknown speech act 'denial'", result.Error);
        foreach (var spelling in Vocabulary.Spellings<SpeechAct>()) Assert.Contains(spelling, result.Error);
    }

    [Fact]
    public void Unknown_speaker_fails_suggesting_the_closest_id()
    {
        string id = Officials.HuaChunying.Id;
        var result = Cli.Run("query", "--speaker", id[..^1]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"Unknown speaker '{id[..^1]}'", result.Error);
        Assert.Contains($"Did you mean '{id}'?", result.Error);
    }

    [Fact]
    public void Unknown_target_lists_the_ids_and_codes_it_accepts()
    {
        var result = Cli.Run("query", "--target", "nobody-at-all");
        Assert.NotEqual(0, result.ExitCode);
        foreach (var official in Officials.All) Assert.Contains(official.Id, result.Error);
        foreach (var organization in Organizations.All) Assert.Contains(organization.Id, result.Error);
        foreach (var code in Statements.All.SelectMany(s => s.Targets).OfType<Country>().Select(c => c.Code)) Assert.Contains(code, result.Error);
    }

    [Theory]
    [InlineData("--topic", "no-such-topic", "Unknown topic")]
    [InlineData("--article", "no-such-article", "Unknown article")]
    [InlineData("--speaker", "ZZ", "Unknown speaker")]
    public void Unknown_values_fail(string option, string value, string message)
    {
        var result = Cli.Run("query", option, value);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void Missing_value_and_unknown_command_fail()
    {
        Assert.NotEqual(0, Cli.Run("query", "--act").ExitCode);
        var unknown = Cli.Run("summarize");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("summarize", unknown.Error);
    }

    private static void AssertSelects(IEnumerable<Statement> expected, params string[] args)
    {
        var result = Cli.Run(args);
        Assert.True(result.ExitCode == 0, result.Error);
        var ids = expected.Select(s => s.Id).ToList();
        Assert.StartsWith($"{ids.Count} statement{(ids.Count == 1 ? "" : "s")} where ", result.Output);
        Assert.Equal(ids, Cli.Statements(result.Lines).Select(p => p.Id));
    }
}
