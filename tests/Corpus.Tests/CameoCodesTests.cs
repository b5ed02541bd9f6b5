using System;
using System.Linq;
using Xunit;

namespace Corpus.Tests;

/// <summary>The CAMEO code table and the family each speech act admits (docs/codebook.md, "Speech acts").</summary>
public class CameoCodesTests
{
    [Theory]
    [InlineData("010", "Make statement, not specified below")]
    [InlineData("012", "Make pessimistic comment")]
    [InlineData("013", "Make optimistic comment")]
    [InlineData("015", "Acknowledge or claim responsibility")]
    [InlineData("016", "Deny responsibility")]
    [InlineData("036", "Express intent to meet or negotiate")]
    [InlineData("046", "Engage in negotiation")]
    [InlineData("1125", "Accuse of espionage, treason")]
    [InlineData("139", "Give ultimatum")]
    public void Codes_carry_the_codebook_names(string code, string name)
    {
        Assert.True(CameoCodes.TryGetName(code, out var found));
        Assert.Equal(name, found);
        Assert.True(CameoCodes.IsCode(code));
    }

    [Theory]
    [InlineData("01")]     // a root is a category, not an event code
    [InlineData("047")]    // 04x ends at 046
    [InlineData("0215")]
    [InlineData("190")]    // material conflict: outside the verbal families of the table
    [InlineData("12")]
    [InlineData("")]
    [InlineData(" 010")]
    public void Other_strings_are_not_codes(string code)
    {
        Assert.False(CameoCodes.IsCode(code));
        Assert.False(CameoCodes.TryGetName(code, out _));
        Assert.Null(Vocabulary.SpeechActOf(code));
    }

    [Fact]
    public void The_table_is_ordered_unique_and_each_four_digit_code_sits_under_a_three_digit_one()
    {
        var all = CameoCodes.All;
        Assert.Equal(all.Distinct().Count(), all.Count);
        Assert.All(all, c => Assert.Matches("^[0-9]{3,4}$", c));
        Assert.All(all.Where(c => c.Length == 4), c => Assert.Contains(c.Substring(0, 3), all));
        Assert.Equal(all.OrderBy(c => c.PadRight(4, ' '), StringComparer.Ordinal), all);
    }

    [Theory]
    [InlineData("010", SpeechAct.Assert)]
    [InlineData("019", SpeechAct.Assert)]
    [InlineData("012", SpeechAct.PessimisticComment)]
    [InlineData("013", SpeechAct.OptimisticComment)]
    [InlineData("015", SpeechAct.AcknowledgeResponsibility)]
    [InlineData("016", SpeechAct.Deny)]
    [InlineData("0214", SpeechAct.Appeal)]
    [InlineData("036", SpeechAct.IntendToCooperate)]
    [InlineData("042", SpeechAct.Consult)]
    [InlineData("051", SpeechAct.Praise)]
    [InlineData("106", SpeechAct.Demand)]
    [InlineData("111", SpeechAct.Criticize)]
    [InlineData("114", SpeechAct.Criticize)]
    [InlineData("112", SpeechAct.Accuse)]
    [InlineData("1123", SpeechAct.Accuse)]
    [InlineData("125", SpeechAct.Reject)]
    [InlineData("1384", SpeechAct.Threaten)]
    public void Each_code_belongs_to_one_speech_act(string code, SpeechAct act)
    {
        Assert.Equal(act, Vocabulary.SpeechActOf(code));
    }

    [Fact]
    public void Every_speech_acts_default_code_is_in_its_own_family()
    {
        foreach (var act in Enum.GetValues<SpeechAct>())
        {
            Assert.True(CameoCodes.IsCode(act.CameoCode()), $"{act}: {act.CameoCode()}");
            Assert.Equal(act, Vocabulary.SpeechActOf(act.CameoCode()));
            Assert.False(string.IsNullOrEmpty(act.CameoFamily()));
        }
    }

    [Fact]
    public void Every_code_of_the_table_belongs_to_some_speech_act()
    {
        // The table holds only the verbal families; each of its codes is admitted by exactly one act.
        Assert.All(CameoCodes.All, c => Assert.NotNull(Vocabulary.SpeechActOf(c)));
    }

    [Theory]
    [InlineData("01", "Make public statement")]
    [InlineData("04", "Consult")]
    [InlineData("20", "Use unconventional mass violence")]
    public void Root_categories_have_names(string root, string name) => Assert.Equal(name, CameoCodes.RootName(root));

    [Fact]
    public void Unknown_roots_are_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => CameoCodes.RootName("21"));
}
