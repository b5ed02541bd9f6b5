using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Corpus.Tests;

public class VocabularyTests
{
    // DESIGN.md, "Speech acts": each act with its CAMEO code (or code family, 12x = 120–129) and PLOVER type.
    public static TheoryData<SpeechAct, string, PloverType?> SpeechActMapping() => new()
    {
        { SpeechAct.Assert, "010", null },
        { SpeechAct.Accuse, "112", PloverType.Accuse },
        { SpeechAct.Criticize, "111", PloverType.Accuse },
        { SpeechAct.Deny, "016", PloverType.Reject },
        { SpeechAct.Reject, "12x", PloverType.Reject },
        { SpeechAct.Appeal, "02x", PloverType.Request },
        { SpeechAct.Demand, "10x", PloverType.Request },
        { SpeechAct.IntendToCooperate, "03x", PloverType.Agree },
        { SpeechAct.Threaten, "13x", PloverType.Threaten },
        { SpeechAct.Praise, "05x", PloverType.Support },
        { SpeechAct.PessimisticComment, "012", null },
        { SpeechAct.OptimisticComment, "013", null },
        { SpeechAct.AcknowledgeResponsibility, "015", null },
        { SpeechAct.Consult, "04x", PloverType.Consult },
    };

    [Theory]
    [MemberData(nameof(SpeechActMapping))]
    public void Speech_acts_map_to_CAMEO_and_PLOVER_as_designed(SpeechAct act, string cameo, PloverType? plover)
    {
        string code = act.CameoCode();
        Assert.Matches("^[0-9]{3}$", code);
        if (cameo.EndsWith('x')) Assert.StartsWith(cameo.Substring(0, 2), code);
        else Assert.Equal(cameo, code);
        Assert.Equal(plover, act.Plover());
    }

    [Fact]
    public void Every_speech_act_is_mapped()
    {
        var mapped = SpeechActMapping().Select(row => (SpeechAct)row[0]);
        Assert.Equal(Enum.GetValues<SpeechAct>(), mapped);
        Assert.Equal(Enum.GetValues<SpeechAct>().Length, Enum.GetValues<SpeechAct>().Select(a => a.CameoCode()).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((SpeechAct)99).CameoCode());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((SpeechAct)99).Plover());
    }

    [Fact]
    public void Speech_act_spellings_are_the_documented_ones()
    {
        Assert.Equal(
            new[] { "assert", "accuse", "criticize", "deny", "reject", "appeal", "demand", "intend-to-cooperate", "threaten", "praise",
                "pessimistic-comment", "optimistic-comment", "acknowledge-responsibility", "consult" },
            Vocabulary.Spellings<SpeechAct>());
        Assert.Equal("intend-to-cooperate", Vocabulary.Spelling(SpeechAct.IntendToCooperate));
        Assert.True(Vocabulary.TryParse("intend-to-cooperate", out SpeechAct act));
        Assert.Equal(SpeechAct.IntendToCooperate, act);
    }

    [Fact]
    public void Other_vocabularies_have_the_documented_spellings()
    {
        Assert.Equal(new[] { "direct-quote", "partial-quote", "paraphrase" }, Vocabulary.Spellings<StatementKind>());
        Assert.Equal(new[] { "printed", "stated", "inferred" }, Vocabulary.Spellings<DateBasis>());
        Assert.Equal(
            new[] { "government", "ministry", "agency", "embassy", "legislature", "military", "intelligence", "media", "company", "intergovernmental", "ngo", "academic", "other" },
            Vocabulary.Spellings<OrganizationKind>());
        Assert.Equal(
            new[] { "press-conference", "conference", "speech", "interview", "written-statement", "cyber-incident", "report", "meeting", "publication", "other" },
            Vocabulary.Spellings<EventKind>());
        Assert.Equal(
            new[] { "preview", "navigation", "advertisement", "spam", "also-read", "caption", "footer", "duplicate", "other" },
            Vocabulary.Spellings<BoilerplateKind>());
    }

    [Fact]
    public void Spellings_parse_back_to_their_values()
    {
        AssertRoundTrip<SpeechAct>();
        AssertRoundTrip<StatementKind>();
        AssertRoundTrip<DateBasis>();
        AssertRoundTrip<OrganizationKind>();
        AssertRoundTrip<EventKind>();
        AssertRoundTrip<BoilerplateKind>();
        AssertRoundTrip<PloverType>();
    }

    private static void AssertRoundTrip<TEnum>() where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            string spelling = Vocabulary.Spelling(value);
            Assert.True(Vocabulary.TryParse(spelling, out TEnum parsed), $"{typeof(TEnum).Name}: '{spelling}' does not parse");
            Assert.Equal(value, parsed);
        }
    }

    [Theory]
    [InlineData("Deny")]
    [InlineData("DENY")]
    [InlineData("intend_to_cooperate")]
    [InlineData("intendToCooperate")]
    [InlineData("IntendToCooperate")]
    [InlineData(" deny")]
    [InlineData("")]
    [InlineData("0")]
    public void Only_the_exact_spelling_parses(string spelling)
    {
        Assert.False(Vocabulary.TryParse(spelling, out SpeechAct _));
    }

    [Theory]
    [InlineData("IntendToCooperate", "intend-to-cooperate")]
    [InlineData("Assert", "assert")]
    [InlineData("PressConference", "press-conference")]
    [InlineData("AlsoRead", "also-read")]
    [InlineData("", "")]
    public void ToKebabCase_splits_at_capitals(string pascal, string kebab)
    {
        Assert.Equal(kebab, Vocabulary.ToKebabCase(pascal));
    }

    [Fact]
    public void The_JSON_schema_allows_exactly_the_runtime_spellings()
    {
        using var schema = JsonDocument.Parse(Repository.ReadFile("docs", "annotation.schema.json"));
        var enums = new List<string[]>();
        Collect(schema.RootElement, enums);

        void AssertListed(IEnumerable<string> spellings) => Assert.Contains(enums, e => e.SequenceEqual(spellings));

        AssertListed(Vocabulary.Spellings<SpeechAct>());
        AssertListed(Vocabulary.Spellings<StatementKind>());
        AssertListed(Vocabulary.Spellings<OrganizationKind>());
        AssertListed(Vocabulary.Spellings<EventKind>());
        AssertListed(Vocabulary.Spellings<BoilerplateKind>());
        // `printed` is the scalar form of a date; the mapping form names only the other two.
        AssertListed(Vocabulary.Spellings<DateBasis>().Where(s => s != "printed"));
    }

    private static void Collect(JsonElement element, List<string[]> enums)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "enum" && property.Value.ValueKind == JsonValueKind.Array)
                        enums.Add(property.Value.EnumerateArray().Select(v => v.ToString()).ToArray());
                    else
                        Collect(property.Value, enums);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, enums);
                break;
        }
    }
}
