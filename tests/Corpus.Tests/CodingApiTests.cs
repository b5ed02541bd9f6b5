using System;
using System.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>The runtime API of the coding rules: utterances, CAMEO codes, addressees and attribution chains, attested roles.</summary>
public class CodingApiTests
{
    [Fact]
    public void Linked_statements_form_one_group_in_the_order_of_their_first_node()
    {
        // 0-3 and 3-4 are linked (one utterance reported three times); 1 links to itself; 2 stands alone.
        var links = new[] { new[] { 3 }, new[] { 1 }, Array.Empty<int>(), new[] { 4 }, Array.Empty<int>() };
        var groups = Utterances.Components(5, i => links[i]);
        Assert.Equal(new[] { new[] { 0, 3, 4 }, new[] { 1 }, new[] { 2 } }, groups.Select(g => g.ToArray()));

        // A link from a later node to an earlier one joins the same way.
        var back = Utterances.Components(3, i => i == 2 ? new[] { 0 } : Array.Empty<int>());
        Assert.Equal(new[] { new[] { 0, 2 }, new[] { 1 } }, back.Select(g => g.ToArray()));
    }

    [Fact]
    public void Utterances_partition_the_statements()
    {
        var utterances = Utterances.Of(Statements.All);
        var reports = utterances.SelectMany(u => u.Reports).ToList();
        Assert.Equal(Statements.All.Count, reports.Count);
        Assert.Equal(Statements.All.ToHashSet(), reports.ToHashSet());
        Assert.All(utterances, u => Assert.Contains(u.Primary, u.Reports));
        Assert.Throws<ArgumentNullException>(() => Utterances.Of(null!));
    }

    [Fact]
    public void Every_statements_CAMEO_code_is_in_its_acts_family()
    {
        Assert.All(Statements.All, s =>
        {
            Assert.True(CameoCodes.IsCode(s.CameoCode), $"{s.Id}: {s.CameoCode}");
            Assert.Equal(s.Act, Vocabulary.SpeechActOf(s.CameoCode));
        });
    }

    [Fact]
    public void The_single_addressee_and_intermediary_are_the_first_of_their_lists()
    {
        Assert.All(Statements.All, s =>
        {
            Assert.Equal(s.Addressee, s.Addressees.FirstOrDefault());
            Assert.Equal(s.ReportedBy, s.ReportedByChain.FirstOrDefault());
        });
    }

    [Fact]
    public void An_attested_role_is_held_on_its_attested_dates_only()
    {
        var mfa = Organizations.CnMfa;
        var wang = Officials.WangLei;
        var attested = new Role(wang, "Coordinator for Cyber and Digital Affairs", mfa, null, null,
            new[] { new RoleAttestation(null, PartialDate.Parse("2025-01-19")) });
        Assert.True(attested.IsValidOn(PartialDate.Parse("2025-01?")));
        Assert.True(attested.IsValidOn(PartialDate.Parse("2025-01-19")));
        Assert.False(attested.IsValidOn(PartialDate.Parse("2022-10-19")));

        var dated = new Role(wang, "Spokesperson", mfa, PartialDate.Parse("2020"), null, attested.Attestations);
        Assert.True(dated.IsValidOn(PartialDate.Parse("2022-10-19"))); // from/to decide when given
    }

    [Fact]
    public void The_UN_Secretary_General_has_no_country_and_is_affiliated_through_the_UN()
    {
        var guterres = Officials.AntonioGuterres;
        Assert.Null(guterres.Country);
        Assert.Equal(new[] { Organizations.Un }, guterres.Affiliations);
        Assert.Null(Organizations.Un.Country);
    }
}
