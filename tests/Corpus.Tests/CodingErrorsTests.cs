using System.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>
/// The errors a review of the first coding found, checked through the typed API. Each fails on
/// the coding it corrects (docs/codebook.md has the rules). The codebook's fields themselves
/// (about, same-utterance links, attestations, concerns) are checked through the API by
/// <see cref="CodebookDataTests"/>, and on the annotations by Corpus.Generator.Tests' RecodedAnnotationsTests.
/// </summary>
public class CodingErrorsTests
{
    [Fact]
    public void Mayorkas_remarks_at_SICW_are_of_no_kind_the_article_states()
    {
        // "attacks made by US Secretary of Homeland Security Alejandro Mayorkas while attending the seventh
        // Singapore International Cyber Week": a speech, a panel or a press conference, the article does not say.
        Assert.Equal(EventKind.Other, Events.MayorkasSicw2022Remarks.Kind);
    }

    [Fact]
    public void The_National_Security_Council_is_a_body_not_the_government_as_a_whole()
    {
        Assert.Equal(OrganizationKind.Agency, Organizations.UsNsc.Kind);
        Assert.DoesNotContain(Organizations.All, o => o.Kind == OrganizationKind.Government);
    }

    [Fact]
    public void Mayorkas_attacks_on_Chinas_digital_cooperation_are_his_statement()
    {
        // "rebutted a US official's groundless attacks on China's digital cooperation with Southeast Asian countries"
        var attacks = Assert.Single(Officials.AlejandroMayorkas.Statements);
        Assert.Equal("attacks on China's digital cooperation with Southeast Asian countries", attacks.Text);
        Assert.Same(Events.MayorkasSicw2022Remarks, attacks.Event);
        Assert.Equal(SpeechAct.Criticize, attacks.Act);
        Assert.Equal(new Actor[] { CorpusActors.Country("CN") }, attacks.Targets);
        Assert.Contains(attacks, Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsSeeksCyberMonopoly.RespondsTo);
    }

    [Fact]
    public void Every_official_in_the_registry_has_a_statement()
    {
        Assert.All(Officials.All, o => Assert.True(o.Statements.Count > 0, $"{o.Id} has no statement"));
    }

    [Fact]
    public void The_UK_sponsoring_smear_is_reported_by_Hua_Chunying()
    {
        // "China firmly opposed the UK’s irresponsible and groundless smear that the Chinese government is
        // “sponsoring” hackers ..., a spokesperson from the Chinese Ministry of Foreign Affairs said"
        var smear = Statements.HuaChunyingUkCyberSmear.UkChinaSponsoringHackers;
        Assert.Same(Officials.HuaChunying, smear.ReportedBy);
        Assert.Equal(new Actor[] { Officials.HuaChunying }, smear.ReportedByChain);
    }

    [Fact]
    public void Raabs_pledge_is_not_cooperation_with_China_or_Russia()
    {
        Assert.DoesNotContain(Statements.All, s => s.Act == SpeechAct.IntendToCooperate && s.Speaker == Officials.DominicRaab
            && s.Targets.OfType<Country>().Any(c => c.Code is "CN" or "RU"));
    }

    [Fact]
    public void Appeals_to_the_international_community_target_it_not_the_actor_they_are_about()
    {
        // "called on the international community to jointly expose attempts by the United States ..."
        foreach (var appeal in new[] { Statements.ChinaUsTopThreatCybersecurity.WangWenbinExposeUsAttempts, Statements.ChinaUsTopThreatCybersecurity.WangWenbinUrgeExposeResistUs })
        {
            var target = Assert.IsType<UnnamedActor>(Assert.Single(appeal.Targets));
            Assert.Equal("the international community", target.Description);
        }
    }
}
