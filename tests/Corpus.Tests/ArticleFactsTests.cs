using System;
using System.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>
/// Facts the five seed articles state, read through the typed API. Each test quotes the words
/// of the article it relies on, so a failure says which sentence the data no longer agrees with.
/// </summary>
public class ArticleFactsTests
{
    private static PartialDate Date(string text) => PartialDate.Parse(text);

    /// <summary>The article text just before and just after a statement.</summary>
    private static (string Before, string After) Context(Statement statement, int width = 80)
    {
        string text = statement.Article.Text;
        int end = statement.Start + statement.Length;
        int from = Math.Max(0, statement.Start - width);
        return (text.Substring(from, statement.Start - from), text.Substring(end, Math.Min(width, text.Length - end)));
    }

    // --- 004: Hua Chunying answers Dominic Raab ---------------------------------------------

    [Fact]
    public void Hua_Chunying_spoke_at_the_MFA_press_conference_on_Thursday_13_May_2021()
    {
        var article = Articles.HuaChunyingUkCyberSmear;
        // "said Chinese Foreign Ministry Spokesperson Hua Chunying at Thursday’s routine press conference"
        Assert.Contains("Spokesperson Hua Chunying at Thursday’s routine press conference", article.Text);

        var press = Events.MfaPress20210513;
        Assert.Equal(EventKind.PressConference, press.Kind);
        Assert.Equal(Date("2021-05-13"), press.Start);
        Assert.Equal(DayOfWeek.Thursday, press.Start!.Value.FirstDay.DayOfWeek);
        Assert.Same(Organizations.CnMfa, press.Organizer);
        Assert.Contains(Officials.HuaChunying, press.Actors);
        Assert.Same(article, press.Article);

        var huas = article.Statements.Where(s => s.Speaker == Officials.HuaChunying).ToList();
        Assert.Equal(7, huas.Count);
        Assert.All(huas, s =>
        {
            Assert.Same(press, s.Event);
            Assert.Equal(Date("2021-05-13"), s.Date);
            Assert.Equal(DateBasis.Inferred, s.DateBasis);
        });
        Assert.Equal(huas, press.Statements);

        var role = Officials.HuaChunying.RoleAt(Date("2021-05-13"));
        Assert.NotNull(role);
        Assert.Equal("Spokesperson", role.Title);
        Assert.Same(Organizations.CnMfa, role.Organization);
    }

    [Fact]
    public void Raab_spoke_the_day_before_on_Wednesday_12_May_2021()
    {
        // "Dominic Raab, the UK foreign minister, said at a cybersecurity conference on Wednesday that
        // the country would lead internationally and invest 22 million pounds ..."
        var speech = Events.RaabCyberuk2021;
        Assert.Equal(EventKind.Speech, speech.Kind);
        Assert.Equal(Date("2021-05-12"), speech.Start);
        Assert.Equal(DayOfWeek.Wednesday, speech.Start!.Value.FirstDay.DayOfWeek);
        Assert.True(speech.Start.Value.IsBefore(Events.MfaPress20210513.Start!.Value));

        foreach (var statement in new[] { Statements.HuaChunyingUkCyberSmear.RaabInvest22MillionPounds, Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored })
        {
            Assert.Same(Officials.DominicRaab, statement.Speaker);
            Assert.Same(speech, statement.Event);
            Assert.Equal(Date("2021-05-12"), statement.Date);
        }
        Assert.StartsWith("the country would lead internationally and invest 22 million pounds", Statements.HuaChunyingUkCyberSmear.RaabInvest22MillionPounds.Text);
        Assert.EndsWith("“a state-sponsored group operating out of China.”", Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored.Text);
        Assert.Equal(StatementKind.PartialQuote, Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored.Kind);
        // "invest 22 million pounds in protecting the most vulnerable countries against cyber threats from
        // China, Russia and others": the cooperation is with the vulnerable countries; China and Russia are the threat.
        var beneficiaries = Assert.IsType<UnnamedActor>(Assert.Single(Statements.HuaChunyingUkCyberSmear.RaabInvest22MillionPounds.Targets));
        Assert.Equal("the most vulnerable countries", beneficiaries.Description);
        Assert.Equal(SpeechAct.IntendToCooperate, Statements.HuaChunyingUkCyberSmear.RaabInvest22MillionPounds.Act);

        // "the UK foreign minister": Foreign Secretary at the FCDO in May 2021, at the FCO before September 2020.
        var role = Officials.DominicRaab.RoleAt(Date("2021-05-12"));
        Assert.NotNull(role);
        Assert.Equal("Foreign Secretary", role.Title);
        Assert.Same(Organizations.GbFcdo, role.Organization);
        Assert.Same(Organizations.GbFco, Officials.DominicRaab.RoleAt(Date("2020-01"))!.Organization);
        Assert.Same(CorpusActors.Country("GB"), Officials.DominicRaab.Country);
    }

    [Fact]
    public void Hua_Chunyings_rebuttals_respond_to_Raab()
    {
        var speech = Events.RaabCyberuk2021;
        Assert.NotEmpty(speech.Responses);
        Assert.All(speech.Responses, s => Assert.Same(Officials.HuaChunying, s.Speaker));
        Assert.Contains(Statements.HuaChunyingUkCyberSmear.HuaUkOffensiveCapabilities, speech.Responses);
        Assert.Contains(Statements.HuaChunyingUkCyberSmear.HuaUkRealThreat, speech.Responses);

        // "Hua said such accusations and smears from the UK politician against China are extremely irresponsible ..."
        var rebuttal = Statements.HuaChunyingUkCyberSmear.HuaUkAccusationsIrresponsible;
        Assert.Equal(SpeechAct.Deny, rebuttal.Act);
        Assert.Contains(Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored, rebuttal.RespondsTo);
        Assert.Contains(Statements.HuaChunyingUkCyberSmear.RaabInvest22MillionPounds, rebuttal.RespondsTo);
        Assert.Contains(rebuttal, Statements.HuaChunyingUkCyberSmear.RaabExchangeHackStateSponsored.Responses);
        Assert.Contains(Officials.DominicRaab, rebuttal.Targets);
        Assert.Contains(rebuttal, Officials.DominicRaab.TargetedBy);
        Assert.StartsWith("Hua said ", Context(rebuttal).Before.Split('\n').Last());
    }

    [Fact]
    public void The_UK_sponsoring_accusation_is_nested_in_Huas_denial()
    {
        // "China firmly opposed the UK’s irresponsible and groundless smear that the Chinese
        // government is “sponsoring” hackers to carry out cyberattacks, a spokesperson ... said on Thursday"
        var denial = Statements.HuaChunyingUkCyberSmear.HuaOpposesUkSponsoringSmear;
        var accusation = Statements.HuaChunyingUkCyberSmear.UkChinaSponsoringHackers;
        Assert.Equal(1, denial.Line);
        Assert.Equal(0, denial.Start);
        Assert.Equal("the Chinese government is “sponsoring” hackers to carry out cyberattacks", accusation.Text);
        Assert.True(accusation.Start > denial.Start && accusation.Start + accusation.Length == denial.Start + denial.Length);

        Assert.Same(CorpusActors.Country("GB"), accusation.Speaker);
        Assert.Equal(StatementKind.PartialQuote, accusation.Kind);
        Assert.Null(accusation.Date); // the article does not say when the UK made it
        Assert.Equal(new Actor[] { CorpusActors.Country("CN") }, accusation.Targets);

        Assert.Same(Officials.HuaChunying, denial.Speaker);
        Assert.Equal(SpeechAct.Deny, denial.Act);
        Assert.Contains(accusation, denial.RespondsTo);
        Assert.Contains(denial, accusation.Responses);
    }

    [Fact]
    public void Only_Hua_Chunying_targets_the_UK_and_every_Hua_statement_naming_the_UK_targets_it()
    {
        var uk = CorpusActors.Country("GB");
        Assert.Equal("United Kingdom", uk.Name);
        Assert.Same(uk, uk.Country);

        var targeting = Statements.All.Where(s => s.Targets.Contains(uk)).ToList();
        Assert.Equal(targeting, uk.TargetedBy);
        Assert.Equal(
            new[]
            {
                Statements.HuaChunyingUkCyberSmear.HuaOpposesUkSponsoringSmear, Statements.HuaChunyingUkCyberSmear.HuaUkOffensiveCapabilities, Statements.HuaChunyingUkCyberSmear.HuaUkRealThreat,
                Statements.HuaChunyingUkCyberSmear.HuaUkAccusationsIrresponsible, Statements.HuaChunyingUkCyberSmear.HuaPoliticizingCybersecurity, Statements.HuaChunyingUkCyberSmear.HuaUrgesUkPositiveContributions,
            },
            targeting);

        // "The UK has been ...", "by the UK that poses the real threat", "from the UK politician", "She urged the UK ..."
        var namingTheUk = Officials.HuaChunying.Statements.Where(s => s.Text.Contains("UK", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, namingTheUk.Count);
        Assert.All(namingTheUk, s => Assert.Contains(uk, s.Targets));
    }

    [Fact]
    public void A_top_UK_cyber_spy_is_an_unnamed_actor_reported_by_Reuters()
    {
        // "In April, a top cyber spy from the UK also claimed that the West needed to act urgently ...
        // gain control of the “global operating system”, reported Reuters."
        var claim = Statements.HuaChunyingUkCyberSmear.UkCyberSpyGlobalOperatingSystem;
        var spy = Assert.IsType<UnnamedActor>(claim.Speaker);
        Assert.Equal("a top cyber spy from the UK", spy.Description);
        Assert.Same(CorpusActors.Country("GB"), spy.Country);
        Assert.Same(Organizations.Reuters, claim.ReportedBy);
        Assert.Equal(Date("2021-04"), claim.Date);
        Assert.StartsWith(", reported Reuters.", Context(claim).After);
    }

    [Fact]
    public void Article_004_prints_no_headline_outlet_byline_or_date()
    {
        var article = Articles.HuaChunyingUkCyberSmear;
        Assert.Equal("004_1e278fe6e9cedae5.txt", article.SourcePath);
        Assert.Null(article.Headline);
        Assert.Null(article.Outlet);
        Assert.Null(article.Byline);
        Assert.Null(article.Url);
        Assert.Equal(Date("2021-05"), article.Published);
        Assert.Equal(DateBasis.Inferred, article.PublishedBasis);
        var caption = Assert.Single(article.Boilerplate);
        Assert.Equal(BoilerplateKind.Caption, caption.Kind);
        Assert.Equal("Chinese Foreign Ministry spokesperson Hua Chunying. Photo: VCG", caption.Text);
    }

    // --- 000: Wang Lei at the Singapore International Cyber Week 2022 ------------------------

    [Fact]
    public void Wang_Lei_spoke_at_SICW_2022_on_Wednesday_19_October()
    {
        var article = Articles.ChineseOfficialUsCyberMonopoly;
        // "SINGAPORE – A Chinese official on Wednesday rebutted a US official's groundless attacks ..."
        // "Organized by the Cyber Security Agency of Singapore, the seventh SICW ..."
        Assert.Contains("SINGAPORE – A Chinese official on Wednesday rebutted", article.Text);
        Assert.Contains("Organized by the Cyber Security Agency of Singapore", article.Text);

        var sicw = Events.Sicw2022;
        Assert.Equal(EventKind.Conference, sicw.Kind);
        Assert.Equal("Singapore", sicw.Location);
        Assert.Same(Organizations.SgCsa, sicw.Organizer);
        Assert.Contains(Officials.WangLei, sicw.Actors);
        Assert.Contains(Officials.AlejandroMayorkas, sicw.Actors);

        var day = Date("2022-10-19");
        Assert.Equal(DayOfWeek.Wednesday, day.FirstDay.DayOfWeek);
        Assert.False(day.IsBefore(sicw.Start!.Value) || day.IsAfter(sicw.End!.Value));

        var wangs = article.Statements.Where(s => s.Speaker == Officials.WangLei).ToList();
        Assert.Equal(15, wangs.Count);
        Assert.Equal(wangs, sicw.Statements);
        Assert.All(wangs, s => Assert.Equal(day, s.Date));

        // "Wang Lei, coordinator for cyber affairs of the Ministry of Foreign Affairs of China"
        var role = Officials.WangLei.RoleAt(day);
        Assert.NotNull(role);
        Assert.Same(Organizations.CnMfa, role.Organization);
        Assert.Contains("coordinator for cyber affairs of the Ministry of Foreign Affairs", article.Text);
        Assert.Equal("coordinator for cyber affairs", role.Title, ignoreCase: true);
    }

    [Fact]
    public void Wang_Lei_rebutted_Mayorkas()
    {
        // "rebutted a US official's groundless attacks ..., saying the United States is seeking to
        // maintain its monopoly position in cyberspace."
        var rebuttal = Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsSeeksCyberMonopoly;
        Assert.Equal("the United States is seeking to maintain its monopoly position in cyberspace", rebuttal.Text);
        Assert.EndsWith(", saying ", Context(rebuttal).Before);
        Assert.Equal(SpeechAct.Accuse, rebuttal.Act);
        Assert.Equal(new Actor[] { CorpusActors.Country("US") }, rebuttal.Targets);
        Assert.Contains(Events.MayorkasSicw2022Remarks, rebuttal.RespondsTo);
        Assert.Contains(rebuttal, Events.MayorkasSicw2022Remarks.Responses);
        Assert.All(Events.MayorkasSicw2022Remarks.Responses, s => Assert.Same(Officials.WangLei, s.Speaker));

        // "US Secretary of Homeland Security Alejandro Mayorkas"
        var role = Officials.AlejandroMayorkas.RoleAt(Date("2022-10"));
        Assert.Equal("Secretary of Homeland Security", role?.Title);
        Assert.Same(Organizations.UsDhs, role?.Organization);
    }

    [Fact]
    public void Wang_Lei_quoted_Guterres_at_this_years_UN_General_Assembly()
    {
        // The current situation in cyberspace is serious and "our world is in big trouble and divides
        // are growing deeper," Wang quoted UN Secretary-General Antonio Guterres' remarks at this
        // year's UN General Assembly as saying.
        var quote = Statements.ChineseOfficialUsCyberMonopoly.GuterresWorldInBigTrouble;
        Assert.Equal("our world is in big trouble and divides are growing deeper,", quote.Text);
        Assert.Equal(StatementKind.DirectQuote, quote.Kind);
        Assert.Same(Officials.AntonioGuterres, quote.Speaker);
        Assert.Same(Officials.WangLei, quote.ReportedBy);
        Assert.Same(Events.Unga77GeneralDebate, quote.Event);
        Assert.Same(Organizations.Un, Events.Unga77GeneralDebate.Organizer);
        Assert.StartsWith("\" Wang quoted UN Secretary-General Antonio Guterres' remarks at this year's UN General Assembly", Context(quote, 120).After);
        Assert.True(quote.Date!.Value.IsBefore(Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsSeeksCyberMonopoly.Date!.Value));
        Assert.Equal(2022, quote.Date.Value.Year);

        var role = Officials.AntonioGuterres.RoleAt(quote.Date.Value);
        Assert.Equal("Secretary-General", role?.Title);
        Assert.Same(Organizations.Un, role?.Organization);

        // The sentence's first half is Wang Lei's own paraphrase, not Guterres's.
        Assert.Same(Officials.WangLei, Statements.ChineseOfficialUsCyberMonopoly.WangLeiCyberspaceSituationSerious.Speaker);
        Assert.Null(Statements.ChineseOfficialUsCyberMonopoly.WangLeiCyberspaceSituationSerious.ReportedBy);
    }

    [Fact]
    public void Wang_Lei_spoke_to_Xinhua()
    {
        // "The United States has underestimated the mutual trust ... of ASEAN countries, Wang said to Xinhua."
        // "The United States has a bad record of cyber surveillance ..., he added."
        var toXinhua = Statements.All.Where(s => s.Addressee == Organizations.Xinhua).ToList();
        Assert.Equal(new[] { Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsUnderestimatedAsean, Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsBadSurveillanceRecord }, toXinhua);
        Assert.StartsWith(", Wang said to Xinhua.", Context(Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsUnderestimatedAsean).After);
        Assert.StartsWith(", he added.", Context(Statements.ChineseOfficialUsCyberMonopoly.WangLeiUsBadSurveillanceRecord).After);
        Assert.Equal(OrganizationKind.Media, Organizations.Xinhua.Kind);
        Assert.Same(CorpusActors.Country("CN"), Organizations.Xinhua.Country);
    }

    [Fact]
    public void The_SICW_theme_is_a_quoted_passage_that_is_not_speech()
    {
        // This year it is held under the theme of "Digital Security: A Shared Responsibility."
        var article = Articles.ChineseOfficialUsCyberMonopoly;
        var theme = Assert.Single(article.NotSpeech);
        Assert.Equal("Digital Security: A Shared Responsibility.", theme.Text);
        Assert.Null(theme.Kind);
        Assert.Contains("theme", theme.Reason);
        Assert.EndsWith("under the theme of \"", article.Text.Substring(0, theme.Start));
        Assert.DoesNotContain(Statements.All, s => s.Article == article && s.Start < theme.Start + theme.Length && theme.Start < s.Start + s.Length);
    }

    [Fact]
    public void Article_000_prints_a_headline_but_no_outlet_byline_or_date_and_repeats_a_paragraph()
    {
        var article = Articles.ChineseOfficialUsCyberMonopoly;
        Assert.Equal("Chinese official: US seeking to maintain cyber monopoly", article.Headline);
        Assert.Equal(DateBasis.Printed, article.HeadlineBasis);
        // The outlet is not printed: China Daily is inferred from the layout ("ALSO READ:", "(PHOTO / IC)").
        Assert.Same(Organizations.ChinaDaily, article.Outlet);
        Assert.Equal(DateBasis.Inferred, article.OutletBasis);
        Assert.Contains("'ALSO READ:' links", article.OutletEvidence, StringComparison.Ordinal);
        Assert.Contains("ALSO READ:", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("China Daily", article.Text, StringComparison.Ordinal);
        Assert.Null(article.Byline);
        Assert.Equal(Date("2022-10"), article.Published);
        Assert.Equal(DateBasis.Inferred, article.PublishedBasis);
        Assert.Equal(3, article.Boilerplate.Count(p => p.Kind == BoilerplateKind.AlsoRead));

        // Line 9 repeats line 7 without "(SICW)."; the repetition is boilerplate, the original is body.
        var duplicate = Assert.Single(article.Boilerplate, p => p.Kind == BoilerplateKind.Duplicate);
        Assert.Equal(9, 1 + article.Text.Take(duplicate.Start).Count(c => c == '\n'));
        Assert.Contains(duplicate.Text + " (SICW).", article.Body);
    }

    // --- 001: Wang Lei to China Daily, January 2025 -----------------------------------------

    [Fact]
    public void The_China_Daily_article_prints_its_outlet_byline_and_date()
    {
        // "By ZHANG YUNBI | chinadaily.com.cn | Updated: 2025-01-19 21:53"
        var article = Articles.UsUrgedAddressCyberConcerns;
        Assert.Contains("By ZHANG YUNBI | chinadaily.com.cn | Updated: 2025-01-19 21:53", article.Text);
        Assert.Same(Organizations.ChinaDaily, article.Outlet);
        Assert.Equal(DateBasis.Printed, article.OutletBasis);
        Assert.Null(article.OutletEvidence);
        Assert.Equal(OrganizationKind.Media, article.Outlet!.Kind);
        Assert.Equal("ZHANG YUNBI", article.Byline);
        // The printed date is the page's update time, not its publication date: that is inferred (January 2025).
        Assert.Equal(Date("2025-01-19"), article.Updated);
        Assert.Equal(Date("2025-01"), article.Published);
        Assert.Equal(DateBasis.Inferred, article.PublishedBasis);
        Assert.Equal("US urged to address cyber affair concerns", article.Headline);
        Assert.Equal(DateBasis.Printed, article.HeadlineBasis);
        Assert.Contains(article.Boilerplate, p => p.Kind == BoilerplateKind.Footer && p.Text.Contains("China Daily Information Co (CDIC)", StringComparison.Ordinal));
        Assert.Contains(article.Boilerplate, p => p.Kind == BoilerplateKind.Spam && p.Start == 0);
    }

    [Fact]
    public void Wang_Lei_answered_China_Daily_in_January_2025()
    {
        var interview = Events.WangLeiChinaDailyInterview202501;
        Assert.Equal(EventKind.Interview, interview.Kind);
        Assert.Same(Articles.UsUrgedAddressCyberConcerns, interview.Article);
        Assert.Equal(Date("2025-01?"), interview.Start);
        Assert.True(interview.Start!.Value.IsUncertain);
        Assert.All(interview.Statements, s => Assert.Same(Officials.WangLei, s.Speaker));

        // Wang said, "We have made it clear to the (Joe) Biden administration that China rejects the
        // US accusations against China on individual cases in the absence of evidence."
        var rejection = Statements.UsUrgedAddressCyberConcerns.WangLeiChinaRejectsUsAccusations;
        Assert.Equal(SpeechAct.Deny, rejection.Act);
        Assert.Equal(StatementKind.DirectQuote, rejection.Kind);
        Assert.StartsWith("We have made it clear to the (Joe) Biden administration", rejection.Text);
        Assert.EndsWith("Wang said, \"", Context(rejection).Before);

        // "We are willing to work ... through dialogue," Wang added, "because we firmly believe ..."
        var first = Statements.UsUrgedAddressCyberConcerns.WangLeiWillingWorkWithUsSide;
        var second = Statements.UsUrgedAddressCyberConcerns.WangLeiBestWayWhateverAdministration;
        Assert.Equal(first.Line, second.Line);
        Assert.Equal("\" Wang added, \"", first.Article.Text.Substring(first.Start + first.Length, second.Start - first.Start - first.Length));
    }

    [Fact]
    public void Sullivan_spoke_earlier_in_the_month()
    {
        // "Earlier this month, US National Security Advisor Jake Sullivan said, "We have sent clear messages ...""
        var warning = Statements.UsUrgedAddressCyberConcerns.SullivanClearMessagesToChina;
        Assert.Same(Officials.JakeSullivan, warning.Speaker);
        Assert.Equal(StatementKind.DirectQuote, warning.Kind);
        Assert.Equal(SpeechAct.Threaten, warning.Act);
        Assert.Equal(new Actor[] { CorpusActors.Country("CN") }, warning.Targets);
        Assert.Equal(Date("2025-01"), warning.Date);
        Assert.True(warning.Date!.Value.Contains(Articles.UsUrgedAddressCyberConcerns.Published!.Value));
        Assert.EndsWith("Earlier this month, US National Security Advisor Jake Sullivan said, \"", Context(warning, 200).Before);
        var role = Officials.JakeSullivan.RoleAt(warning.Date.Value);
        Assert.Equal("National Security Advisor", role?.Title);
        Assert.Same(Organizations.UsNsc, role?.Organization);
    }

    // --- 002: Wang Wenbin, 5 July 2021 (Press TV) -------------------------------------------

    [Fact]
    public void Wang_Wenbin_spoke_at_a_press_briefing_in_Beijing_on_Monday_5_July_2021()
    {
        var article = Articles.ChinaUsTopThreatCybersecurity;
        // "At a regular press briefing in Beijing on Monday, Wang Wenbin, a spokesman for the ministry, said ..."
        // caption: "... Wang Wenbin during a press conference in Beijing, July 5, 2021."
        Assert.Contains("At a regular press briefing in Beijing on Monday, Wang Wenbin, a spokesman for the ministry", article.Text);
        Assert.Contains(article.Boilerplate, p => p.Kind == BoilerplateKind.Caption && p.Text.Contains("in Beijing, July 5, 2021.", StringComparison.Ordinal));

        var briefing = Events.MfaPress20210705;
        Assert.Equal(EventKind.PressConference, briefing.Kind);
        Assert.Equal("Beijing", briefing.Location);
        Assert.Equal(Date("2021-07-05"), briefing.Start);
        Assert.Equal(DayOfWeek.Monday, briefing.Start!.Value.FirstDay.DayOfWeek);

        var wangs = Officials.WangWenbin.Statements;
        Assert.Equal(10, wangs.Count);
        Assert.All(wangs, s =>
        {
            Assert.Same(article, s.Article);
            Assert.Same(briefing, s.Event);
            Assert.Equal(Date("2021-07-05"), s.Date);
        });
        var role = Officials.WangWenbin.RoleAt(Date("2021-07-05"));
        Assert.Equal("Spokesperson", role?.Title);
        Assert.Same(Organizations.CnMfa, role?.Organization);

        // "The US is in fact the biggest threat to global cybersecurity."
        var threat = Statements.ChinaUsTopThreatCybersecurity.WangWenbinUsBiggestThreat;
        Assert.Equal("The US is in fact the biggest threat to global cybersecurity.", threat.Text);
        Assert.Equal(StatementKind.DirectQuote, threat.Kind);
        Assert.Equal(SpeechAct.Accuse, threat.Act);
        Assert.Equal(new Actor[] { CorpusActors.Country("US") }, threat.Targets);
    }

    [Fact]
    public void The_Press_TV_article_names_its_outlet_only_in_the_footer()
    {
        var article = Articles.ChinaUsTopThreatCybersecurity;
        Assert.Same(Organizations.PressTv, article.Outlet);
        var footer = Assert.Single(article.Boilerplate, p => p.Kind == BoilerplateKind.Footer);
        Assert.StartsWith("Press TV’s website can also be accessed", footer.Text);
        Assert.Null(article.Byline);
        Assert.Equal("China: US itself top threat to global cybersecurity", article.Headline);
        Assert.Equal(Date("2021-07"), article.Published);
        Assert.Equal(DateBasis.Inferred, article.PublishedBasis);
    }

    [Fact]
    public void Others_cited_in_the_Press_TV_article_speak_for_themselves()
    {
        // "Microsoft Vice President Tom Burt recently said in the past five years US law enforcement ..."
        var burt = Statements.ChinaUsTopThreatCybersecurity.TomBurtConfidentialityOrders;
        Assert.Same(Officials.TomBurt, burt.Speaker);
        Assert.Null(burt.Date); // "recently": no date printed
        Assert.Contains('\u00A0', burt.Text);
        Assert.Same(Organizations.Microsoft, Assert.Single(Officials.TomBurt.Roles).Organization);
        Assert.Equal("Vice President", Officials.TomBurt.Roles[0].Title);

        // "Also, Ireland earlier asked Facebook to stop transferring EU user data to the US."
        var ireland = Statements.ChinaUsTopThreatCybersecurity.IrelandFacebookStopTransfers;
        Assert.Same(CorpusActors.Country("IE"), ireland.Speaker);
        Assert.Equal("Ireland", ireland.Speaker.Name);
        Assert.Equal(SpeechAct.Demand, ireland.Act);
        Assert.Equal(new Actor[] { Organizations.Facebook }, ireland.Targets);

        // "In December, France's National Commission on Informatics and Liberty said that ..."
        var cnil = Statements.ChinaUsTopThreatCybersecurity.CnilGoogleAmazonStoredData;
        Assert.Same(Organizations.FrCnil, cnil.Speaker);
        Assert.Equal(Date("2020-12"), cnil.Date);
        Assert.Equal(new Actor[] { Organizations.Google, Organizations.Amazon }, cnil.Targets);
    }

    // --- 003: Hong Lei, Li Tao and the embassy, June 2015 -----------------------------------

    [Fact]
    public void Hong_Lei_called_the_allegations_a_trumped_up_charge_on_June_5_2015()
    {
        // Foreign Ministry spokesman Hong Lei said on June 5: "Hacking attacks on the Internet are
        // anonymous, international and hard to trace. ... It is groundless and irresponsible."
        var charge = Statements.ChinaBacksJointEffortCyberspace.HongLeiTrumpedUpCharge;
        Assert.Same(Officials.HongLei, charge.Speaker);
        Assert.Equal(StatementKind.DirectQuote, charge.Kind);
        Assert.Equal(SpeechAct.Deny, charge.Act);
        Assert.Equal(Date("2015-06-05"), charge.Date);
        Assert.EndsWith("Foreign Ministry spokesman Hong Lei said on June 5: \"", Context(charge).Before);
        Assert.StartsWith("Hacking attacks on the Internet are anonymous", charge.Text);
        Assert.EndsWith("It is groundless and irresponsible.", charge.Text);
        Assert.Equal(8, charge.Line);

        var role = Officials.HongLei.RoleAt(charge.Date!.Value);
        Assert.Equal("Spokesperson", role?.Title);
        Assert.Same(Organizations.CnMfa, role?.Organization);

        // The charge answers the US media reports and the anonymous officials behind them.
        Assert.Contains(Statements.ChinaBacksJointEffortCyberspace.WashingtonPostChineseBreachHeadline, charge.RespondsTo);
        Assert.Contains(Statements.ChinaBacksJointEffortCyberspace.CnnChinaCulpritHeadline, charge.RespondsTo);
        Assert.Contains(Statements.ChinaBacksJointEffortCyberspace.UsOfficialsLinkHackersToChina, charge.RespondsTo);
        Assert.All(Officials.HongLei.Statements, s => Assert.Equal(Date("2015-06-05"), s.Date));

        // "Beijing on June 5 has called allegations ... a "trumped-up charge"."
        Assert.Same(CorpusActors.Country("CN"), Statements.ChinaBacksJointEffortCyberspace.BeijingTrumpedUpCharge.Speaker);
        Assert.Equal(Date("2015-06-05"), Statements.ChinaBacksJointEffortCyberspace.BeijingTrumpedUpCharge.Date);
    }

    [Fact]
    public void Anonymous_US_intelligence_officials_are_an_unnamed_speaker()
    {
        // "Anonymous US intelligence officials told The Washington Post and CNN that they link the
        // hackers to the Chinese government, but they did not provide any investigation details or evidence."
        var link = Statements.ChinaBacksJointEffortCyberspace.UsOfficialsLinkHackersToChina;
        var officials = Assert.IsType<UnnamedActor>(link.Speaker);
        Assert.Equal("anonymous US intelligence officials", officials.Description);
        Assert.Equal(officials.Description, officials.Name);
        Assert.Same(CorpusActors.Country("US"), officials.Country);
        Assert.Equal("they link the hackers to the Chinese government", link.Text);
        Assert.EndsWith("Anonymous US intelligence officials told The Washington Post and CNN that ", Context(link).Before);
        Assert.Equal(SpeechAct.Accuse, link.Act);
        Assert.Equal(new Actor[] { CorpusActors.Country("CN") }, link.Targets);
        Assert.Same(Organizations.WashingtonPost, link.Addressee);
        Assert.Equal(new[] { link }, officials.Statements);
        Assert.DoesNotContain(Officials.All, o => ReferenceEquals(o, officials));
    }

    [Fact]
    public void US_media_headlines_are_statements_of_their_outlets_or_of_whom_they_report()
    {
        // The Post's headline read "Chinese breach data of 4 million federal workers", and CNN wrote
        // "US government hacked; feds think China is the culprit".
        Assert.Same(Organizations.WashingtonPost, Statements.ChinaBacksJointEffortCyberspace.WashingtonPostChineseBreachHeadline.Speaker);
        Assert.Equal("Chinese breach data of 4 million federal workers", Statements.ChinaBacksJointEffortCyberspace.WashingtonPostChineseBreachHeadline.Text);
        Assert.Null(Statements.ChinaBacksJointEffortCyberspace.WashingtonPostChineseBreachHeadline.ReportedBy);
        // CNN's headline attributes the accusation to "feds": they are the speaker, CNN the intermediary.
        var feds = Assert.IsType<UnnamedActor>(Statements.ChinaBacksJointEffortCyberspace.CnnChinaCulpritHeadline.Speaker);
        Assert.Equal("US federal officials (\"feds\")", feds.Description);
        Assert.Same(Organizations.Cnn, Statements.ChinaBacksJointEffortCyberspace.CnnChinaCulpritHeadline.ReportedBy);
        Assert.Equal("US government hacked; feds think China is the culprit", Statements.ChinaBacksJointEffortCyberspace.CnnChinaCulpritHeadline.Text);
        Assert.All(new[] { Statements.ChinaBacksJointEffortCyberspace.WashingtonPostChineseBreachHeadline, Statements.ChinaBacksJointEffortCyberspace.CnnChinaCulpritHeadline }, s =>
        {
            Assert.Equal(StatementKind.DirectQuote, s.Kind);
            Assert.Equal(10, s.Line);
            Assert.Contains(Statements.ChinaBacksJointEffortCyberspace.HongLeiTrumpedUpCharge, s.Responses);
        });
    }

    [Fact]
    public void Li_Tao_spoke_in_Havana_on_June_6()
    {
        // "..., a Chinese official said in Havana on June 6." "... said Li Tao, an official from the
        // Cyberspace Administration of China (CAC), at the International Conference on New Scenarios ..."
        var conference = Events.HavanaPoliticalCommunicationConference2015;
        Assert.Equal("Havana", conference.Location);
        Assert.StartsWith("International Conference on New Scenarios of Political Communication", conference.Name);
        Assert.Equal(4, conference.Statements.Count);
        Assert.All(conference.Statements, s =>
        {
            Assert.Same(Officials.LiTao, s.Speaker);
            Assert.Equal(Date("2015-06-06"), s.Date);
        });
        Assert.Equal(conference.Statements, Officials.LiTao.Statements);
        Assert.EndsWith(", a Chinese official said in Havana on June 6.", Statements.ChinaBacksJointEffortCyberspace.LiTaoReadyToCooperate.Article.Text.Split('\n')[2]);

        var role = Officials.LiTao.RoleAt(Date("2015-06-06"));
        Assert.Same(Organizations.CnCac, role?.Organization);
        Assert.Equal("CAC", Organizations.CnCac.ShortName);
    }

    [Fact]
    public void The_embassy_and_its_spokesman_Zhu_Haiquan_spoke_on_June_4()
    {
        // "On June 4, the Chinese Embassy in the United States cautioned Washington against jumping to
        // conclusions ..." / "..., Zhu Haiquan, a spokesman for the Chinese Embassy in the United States, said in a statement."
        var statement = Events.CnEmbassyUsStatement20150604;
        Assert.Equal(EventKind.WrittenStatement, statement.Kind);
        Assert.Equal(new[] { Statements.ChinaBacksJointEffortCyberspace.EmbassyCautionsAgainstJumpingToConclusions, Statements.ChinaBacksJointEffortCyberspace.ZhuHaiquanAttacksHardToTrack }, statement.Statements);
        Assert.Same(Organizations.CnEmbassyUs, Statements.ChinaBacksJointEffortCyberspace.EmbassyCautionsAgainstJumpingToConclusions.Speaker);
        Assert.Same(Officials.ZhuHaiquan, Statements.ChinaBacksJointEffortCyberspace.ZhuHaiquanAttacksHardToTrack.Speaker);
        Assert.All(statement.Statements, s => Assert.Equal(Date("2015-06-04"), s.Date));
        Assert.StartsWith("\" Zhu Haiquan, a spokesman for the Chinese Embassy in the United States, said in a statement.",
            Context(Statements.ChinaBacksJointEffortCyberspace.ZhuHaiquanAttacksHardToTrack, 120).After);

        var role = Officials.ZhuHaiquan.RoleAt(Date("2015-06-04"));
        Assert.Same(Organizations.CnEmbassyUs, role?.Organization);
        Assert.Same(Organizations.CnMfa, Organizations.CnEmbassyUs.Parent);
        Assert.Equal(OrganizationKind.Embassy, Organizations.CnEmbassyUs.Kind);
    }

    [Fact]
    public void Article_003_prints_a_headline_and_subheadline_but_no_outlet_or_year()
    {
        var article = Articles.ChinaBacksJointEffortCyberspace;
        Assert.Equal("China backs joint effort in cyberspace", article.Headline);
        Assert.Equal("Also opposes hegemony by any one country", article.Subheadline);
        // "Contact the writer at": China Daily's print convention; the outlet is inferred, not printed.
        Assert.Same(Organizations.ChinaDaily, article.Outlet);
        Assert.Equal(DateBasis.Inferred, article.OutletBasis);
        Assert.Contains("'Contact the writer at' footer", article.OutletEvidence, StringComparison.Ordinal);
        Assert.Null(article.Updated);
        Assert.Null(article.Byline);
        Assert.Equal(Date("2015-06"), article.Published);
        Assert.Equal(DateBasis.Inferred, article.PublishedBasis);
        Assert.DoesNotContain("2015", article.Text, StringComparison.Ordinal);
        Assert.Equal(BoilerplateKind.Footer, Assert.Single(article.Boilerplate).Kind);
    }
}
