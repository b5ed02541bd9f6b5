using System;
using System.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>
/// The codebook's fields as the bundled corpus carries them to run time: what statements are
/// about, whom they were made to, who relayed them, which reports are one utterance, which events
/// they concern, exact CAMEO codes, attested roles, events' parts. Each expected value is the
/// annotation's (annotations/*.yaml), quoted beside it.
/// </summary>
public class CodebookDataTests
{
    private static PartialDate Date(string text) => PartialDate.Parse(text);

    private static UnnamedActor Unnamed(Actor actor) => Assert.IsType<UnnamedActor>(actor);

    [Fact]
    public void About_holds_the_actors_a_statement_is_about_apart_from_its_targets()
    {
        // 004, raab-invest-22-million-pounds: targets [{unnamed: the most vulnerable countries}], about [CN, RU].
        var pledge = Statements.HuaChunyingUkCyberSmear.RaabInvest22MillionPounds;
        Assert.Equal("the most vulnerable countries", Unnamed(Assert.Single(pledge.Targets)).Description);
        Assert.Equal(new[] { "CN", "RU" }, pledge.About.Cast<Country>().Select(c => c.Code));
        Assert.Same(Countries.CN, pledge.About[0]);

        // 002, wang-wenbin-expose-us-attempts: about [US]; 000, wang-lei-us-underestimated-asean: about [asean].
        Assert.Equal(new Actor[] { Countries.US }, Statements.ChinaUsTopThreatCybersecurity.WangWenbinExposeUsAttempts.About);
        Assert.Equal(new Actor[] { Organizations.Asean }, Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsUnderestimatedAsean.About);
        // 001, wang-lei-capable-of-equal-footing: an optimistic comment, about [US, CN], no target.
        var comment = Statements.UsUrgedAddressCyberConcerns.WangLeiCapableOfEqualFooting;
        Assert.Equal(new Actor[] { Countries.US, Countries.CN }, comment.About);
        Assert.Empty(comment.Targets);

        Assert.Empty(Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored.About);
    }

    [Fact]
    public void A_directed_act_without_a_target_says_why()
    {
        // 003, li-tao-work-together-international-level: act appeal, no-target "... is addressed to no one the article names".
        var appeal = Statements.ChinaBacksJointEffortCyberspace.LiTaoWorkTogetherInternationalLevel;
        Assert.Equal(SpeechAct.Appeal, appeal.Act);
        Assert.Empty(appeal.Targets);
        Assert.Equal("\"It is necessary to work together at international level\" is addressed to no one the article names", appeal.NoTargetReason);
        // 000, wang-lei-conflicts-difference-of-values: criticize, no-target.
        Assert.StartsWith("\"many conflicts were started under the excuse", Statements.ChineseOfficialUsCyberMonopoly.WangLeiConflictsDifferenceOfValues.NoTargetReason, StringComparison.Ordinal);
        Assert.Null(Statements.ChinaBacksJointEffortCyberspace.HongLeiTrumpedUpCharge.NoTargetReason);
    }

    [Fact]
    public void Addressees_list_everyone_a_statement_was_made_to()
    {
        // 003: "Anonymous US intelligence officials told The Washington Post and CNN" → addressees: [washington-post, cnn].
        var told = Statements.ChinaBacksJointEffortCyberspace.UsOfficialsLinkHackersToChina;
        Assert.Equal(new Actor[] { Organizations.WashingtonPost, Organizations.Cnn }, told.Addressees);
        Assert.Same(Organizations.WashingtonPost, told.Addressee);
        Assert.Contains("told The Washington Post and CNN", told.Article.Text, StringComparison.Ordinal);

        // 000: "Wang said to Xinhua" → addressee: xinhua, a list of one.
        var toXinhua = Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsBadSurveillanceRecord;
        Assert.Equal(new Actor[] { Organizations.Xinhua }, toXinhua.Addressees);
        Assert.Same(Organizations.Xinhua, toXinhua.Addressee);

        Assert.Empty(Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored.Addressees);
        Assert.Null(Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored.Addressee);
    }

    [Fact]
    public void Reported_by_chains_name_the_intermediaries_nearest_first()
    {
        // 003, cnn-china-culprit-headline: speaker {unnamed: US federal officials ("feds"), country: US}, reported-by: [cnn].
        var culprit = Statements.ChinaBacksJointEffortCyberspace.CnnChinaCulpritHeadline;
        Assert.Equal(new Actor[] { Organizations.Cnn }, culprit.ReportedByChain);
        // 004, uk-china-sponsoring-hackers: the UK's words exist only in Hua Chunying's reply, reported-by: [hua-chunying].
        Assert.Equal(new Actor[] { Officials.HuaChunying }, Statements.HuaChunyingUkCyberSmear.UkChinaSponsoringHackers.ReportedByChain);
        // 004, uk-cyber-spy-global-operating-system: "reported Reuters" → reported-by: reuters.
        Assert.Equal(new Actor[] { Organizations.Reuters }, Statements.HuaChunyingUkCyberSmear.UkCyberSpyGlobalOperatingSystem.ReportedByChain);
        // 000, guterres-world-in-big-trouble: quoted by Wang Lei.
        var guterres = Statements.ChineseOfficialUsCyberMonopoly.GuterresWorldInBigTrouble;
        Assert.Same(Officials.WangLei, guterres.ReportedBy);
        Assert.Equal(new Actor[] { Officials.WangLei }, guterres.ReportedByChain);

        Assert.Empty(Statements.ChinaBacksJointEffortCyberspace.HongLeiTrumpedUpCharge.ReportedByChain);
    }

    [Fact]
    public void Same_utterance_links_join_the_reports_of_one_utterance()
    {
        // 003: "Beijing ... called allegations ... a 'trumped-up charge'" is same-utterance-as Hong Lei's quotation.
        var beijing = Statements.ChinaBacksJointEffortCyberspace.BeijingTrumpedUpCharge;
        var hongLei = Statements.ChinaBacksJointEffortCyberspace.HongLeiTrumpedUpCharge;
        Assert.Equal(new[] { hongLei }, beijing.SameUtteranceAs);
        // The link is written on one side; the runtime does not invent the other.
        Assert.Empty(hongLei.SameUtteranceAs);
        Assert.Same(Countries.CN, beijing.Speaker);

        // 004: the UK's accusation as Hua reports it is Raab's attribution of the Exchange hack.
        Assert.Equal(new[] { Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored }, Statements.HuaChunyingUkCyberSmear.UkChinaSponsoringHackers.SameUtteranceAs);
        Assert.Empty(Statements.HuaChunyingUkCyberSmear.HuaOpposesUkSponsoringSmear.SameUtteranceAs);
    }

    [Fact]
    public void Utterances_count_each_linked_pair_of_the_bundled_corpus_once()
    {
        // 74 statements; six same-utterance links (001: two, 002: one, 003: two, 004: one), no two sharing a statement.
        Assert.Equal(74, Statements.All.Count);
        var utterances = Utterances.Of(Statements.All);
        Assert.Equal(74 - 6, utterances.Count);
        var shared = utterances.Where(u => u.Reports.Count > 1).ToList();
        Assert.Equal(6, shared.Count);
        Assert.All(shared, u => Assert.Equal(2, u.Reports.Count));

        // "Beijing" and Hong Lei: one utterance, which the named official stands for.
        var charge = Assert.Single(utterances, u => u.Reports.Contains(Statements.ChinaBacksJointEffortCyberspace.BeijingTrumpedUpCharge));
        Assert.Equal(new[] { Statements.ChinaBacksJointEffortCyberspace.BeijingTrumpedUpCharge, Statements.ChinaBacksJointEffortCyberspace.HongLeiTrumpedUpCharge }, charge.Reports);
        Assert.Same(Statements.ChinaBacksJointEffortCyberspace.HongLeiTrumpedUpCharge, charge.Primary);
        // The embassy's caution and its spokesman's statement: Zhu Haiquan stands for it.
        var caution = Assert.Single(utterances, u => u.Reports.Contains(Statements.ChinaBacksJointEffortCyberspace.EmbassyCautionsAgainstJumpingToConclusions));
        Assert.Same(Statements.ChinaBacksJointEffortCyberspace.ZhuHaiquanAttacksHardToTrack, caution.Primary);
        // 001's lead paraphrases and their body quotations.
        var lead = Assert.Single(utterances, u => u.Reports.Contains(Statements.UsUrgedAddressCyberConcerns.WangLeiTakeBeijingConcernsSeriously));
        Assert.Contains(Statements.UsUrgedAddressCyberConcerns.WangLeiCruxUsTakeConcernsSeriously, lead.Reports);

        // Counting accusations: the UK's accusation reported by Hua and Raab's own count once.
        var accusations = Statements.All.Where(s => s.Act == SpeechAct.Accuse).ToList();
        Assert.Equal(accusations.Count - 1, Utterances.Of(accusations).Count);
    }

    [Fact]
    public void Concerns_name_the_events_a_statement_is_about()
    {
        // 004, raab-exchange-hack-state-sponsored: event raab-cyberuk-2021, concerns [microsoft-exchange-hack-2021].
        var attribution = Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored;
        Assert.Same(Events.RaabCyberuk2021, attribution.Event);
        Assert.Equal(new[] { Events.MicrosoftExchangeHack2021 }, attribution.Concerns);
        // 002, wang-wenbin-us-keeps-competitors-down: concerns [global-initiative-on-data-security].
        Assert.Equal(new[] { Events.GlobalInitiativeOnDataSecurity }, Statements.ChinaUsTopThreatCybersecurity.WangWenbinUsKeepsCompetitorsDown.Concerns);
        Assert.Empty(Statements.ChinaBacksJointEffortCyberspace.HongLeiChinaFightsHacking.Concerns);

        // Navigation back: 004 has three statements that concern the Exchange hack, 003 seven that concern the OPM breach.
        Assert.Equal(
            new[] { "uk-china-sponsoring-hackers", "raab-exchange-hack-state-sponsored", "hua-uk-accusations-irresponsible" }.OrderBy(id => id, StringComparer.Ordinal),
            Events.MicrosoftExchangeHack2021.ConcernedBy.Select(s => s.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(7, Events.OpmDataBreach.ConcernedBy.Count);
        Assert.All(Events.OpmDataBreach.ConcernedBy, s => Assert.Same(Articles.ChinaBacksJointEffortCyberspace, s.Article));
    }

    [Fact]
    public void An_exact_CAMEO_code_is_carried_and_the_others_default_to_their_acts()
    {
        // 002, wang-wenbin-us-spies-on-world: act accuse, cameo "1125".
        var spies = Statements.ChinaUsTopThreatCybersecurity.WangWenbinUsSpiesOnWorld;
        Assert.Equal("1125", spies.CameoCode);
        Assert.True(spies.HasExactCameoCode);
        // 004, raab-invest-22-million-pounds: "033"; 001, sullivan-clear-messages-to-china: "130".
        Assert.Equal("033", Statements.HuaChunyingUkCyberSmear.RaabInvest22MillionPounds.CameoCode);
        Assert.Equal("130", Statements.UsUrgedAddressCyberConcerns.SullivanClearMessagesToChina.CameoCode);

        // wang-wenbin-us-steals-data gives no code: its act's (accuse: 112).
        var steals = Statements.ChinaUsTopThreatCybersecurity.WangWenbinUsStealsData;
        Assert.False(steals.HasExactCameoCode);
        Assert.Equal("112", steals.CameoCode);
        Assert.Equal(3, Statements.All.Count(s => s.HasExactCameoCode));
    }

    [Fact]
    public void Roles_carry_the_articles_that_attest_them()
    {
        // officials.yaml, wang-lei: "Coordinator for Cyber Affairs" attested: [chinese-official-us-cyber-monopoly];
        // "Coordinator for Cyber and Digital Affairs" attested: [us-urged-address-cyber-concerns].
        var roles = Officials.WangLei.Roles;
        Assert.Equal(new[] { "Coordinator for Cyber Affairs", "Coordinator for Cyber and Digital Affairs" }, roles.Select(r => r.Title));
        var first = Assert.Single(roles[0].Attestations);
        Assert.Same(Articles.ChineseOfficialUsCyberMonopoly, first.Article);
        Assert.Equal(Date("2022-10"), first.Date);
        var second = Assert.Single(roles[1].Attestations);
        Assert.Same(Articles.UsUrgedAddressCyberConcerns, second.Article);
        Assert.Equal(Date("2025-01"), second.Date);

        // Each title on the dates its article attests, and not the other's.
        Assert.Same(roles[0], Officials.WangLei.RoleAt(Date("2022-10-19")));
        Assert.Same(roles[1], Officials.WangLei.RoleAt(Date("2025-01")));
        var lead = Statements.UsUrgedAddressCyberConcerns.WangLeiTakeBeijingConcernsSeriously;
        Assert.Same(Officials.WangLei, lead.Speaker);
        Assert.Same(roles[1], Officials.WangLei.RoleAt(lead.Date!.Value));
        Assert.Null(Officials.WangLei.RoleAt(Date("2023")));

        // Tom Burt, Vice President at Microsoft: attested by 002 (July 2021).
        var burt = Assert.Single(Officials.TomBurt.Roles);
        Assert.Same(Articles.ChinaUsTopThreatCybersecurity, Assert.Single(burt.Attestations).Article);
        // A role given by from/to has no attestations: Hong Lei, Spokesperson 2010–2016.
        Assert.Empty(Assert.Single(Officials.HongLei.Roles).Attestations);
    }

    [Fact]
    public void Events_name_the_event_they_are_part_of()
    {
        // events.yaml: raab-cyberuk-2021 part-of cyberuk-2021; mayorkas-sicw-2022-remarks part-of sicw-2022.
        Assert.Same(Events.Cyberuk2021, Events.RaabCyberuk2021.PartOf);
        Assert.Equal(new[] { Events.RaabCyberuk2021 }, Events.Cyberuk2021.Parts);
        Assert.Same(Events.Sicw2022, Events.MayorkasSicw2022Remarks.PartOf);
        Assert.Equal(new[] { Events.MayorkasSicw2022Remarks }, Events.Sicw2022.Parts);
        Assert.Null(Events.Sicw2022.PartOf);
        Assert.Equal(2, Events.All.Count(e => e.PartOf is not null));
    }

    [Fact]
    public void Articles_carry_their_update_time_and_how_outlet_and_headline_are_known()
    {
        // 001: "Updated: 2025-01-19 21:53" → updated: 2025-01-19; outlet china-daily printed.
        var printed = Articles.UsUrgedAddressCyberConcerns;
        Assert.Equal(Date("2025-01-19"), printed.Updated);
        Assert.Equal(DateBasis.Printed, printed.OutletBasis);
        Assert.Equal(DateBasis.Printed, printed.HeadlineBasis);
        Assert.Null(printed.HeadlineEvidence);

        // 000 and 003: China Daily inferred, with the evidence.
        foreach (var inferred in new[] { Articles.ChineseOfficialUsCyberMonopoly, Articles.ChinaBacksJointEffortCyberspace })
        {
            Assert.Same(Organizations.ChinaDaily, inferred.Outlet);
            Assert.Equal(DateBasis.Inferred, inferred.OutletBasis);
            Assert.StartsWith("not printed; ", inferred.OutletEvidence, StringComparison.Ordinal);
            Assert.Null(inferred.Updated);
        }

        // 004 prints no headline and names no outlet.
        var bare = Articles.HuaChunyingUkCyberSmear;
        Assert.Null(bare.Outlet);
        Assert.Null(bare.OutletBasis);
        Assert.Null(bare.Headline);
        Assert.Null(bare.HeadlineBasis);
        Assert.Equal(1, Articles.All.Count(a => a.Updated is not null));
    }
}
