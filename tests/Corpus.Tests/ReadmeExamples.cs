using System.IO;
using System.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>
/// The queries README.md shows under "Query the corpus". Each <c>#region</c> is copied into the
/// README as the snippet of the same name (<see cref="ReadmeSnippetTests"/> keeps the two equal);
/// the assertions after it pin what the query returns.
/// </summary>
public class ReadmeExamples
{
    [Fact]
    public void Hua_Chunyings_denials()
    {
        #region hua-denials
        var denials = Statements.All
            .Where(s => s.Speaker == Officials.HuaChunying && s.Act == SpeechAct.Deny)
            .ToList();
        #endregion

        Assert.Equal(new[] { Statements.HuaChunyingUkCyberSmear.HuaOpposesUkSponsoringSmear, Statements.HuaChunyingUkCyberSmear.HuaUkAccusationsIrresponsible }, denials);
        Assert.All(denials, s => Assert.Equal(PartialDate.Parse("2021-05-13"), s.Date));
    }

    [Fact]
    public void Who_targets_the_UK()
    {
        #region uk-targets
        var ukCritics = Statements.All
            .Where(s => s.Targets.OfType<Country>().Any(c => c.Code == "GB"))
            .GroupBy(s => s.Speaker.Name)
            .Select(g => $"{g.Key}: {g.Count()} statements")
            .ToList();
        #endregion

        Assert.Equal(new[] { "Hua Chunying: 6 statements" }, ukCritics);
    }

    [Fact]
    public void Statements_by_speech_act()
    {
        #region acts-by-count
        var byAct = Statements.All
            .GroupBy(s => s.Act)
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} (CAMEO {g.Key.CameoCode()}): {g.Count()}")
            .ToList();
        #endregion

        Assert.Equal("Accuse (CAMEO 112): 19", byAct[0]);
        Assert.Contains("Deny (CAMEO 016): 8", byAct);
        var counts = byAct.Select(line => int.Parse(line.Substring(line.LastIndexOf(' ') + 1), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Statements.All.Count, counts.Sum());
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Equal(Statements.All.Select(s => s.Act).Distinct().Count(), byAct.Count);
    }

    [Fact]
    public void Direct_quotes_with_citations()
    {
        #region cited-quotes
        var citations = Statements.All
            .Where(s => s.Speaker == Officials.HongLei && s.Kind == StatementKind.DirectQuote)
            .Select(s => $"“{s.Text}” ({s.Article.SourcePath}:{s.Line})")
            .ToList();
        #endregion

        Assert.Equal(3, citations.Count);
        Assert.Equal(
            "“Hacking attacks on the Internet are anonymous, international and hard to trace. Making allegations starting with 'maybe', "
            + "without solid investigation and research, is a trumped-up charge. It is groundless and irresponsible.” (003_d6835be19922cc3e.txt:8)",
            citations[0]);

        // Each citation leads to a line of the seed file that holds the quote.
        Assert.All(citations, citation =>
        {
            int cite = citation.LastIndexOf(" (", System.StringComparison.Ordinal);
            string quote = citation.Substring(1, cite - 2);
            string[] place = citation.Substring(cite + 2).TrimEnd(')').Split(':');
            string line = File.ReadAllLines(Path.Combine(Repository.SeedsDirectory, place[0]))[int.Parse(place[1], System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Contains(quote, line);
        });
    }

    [Fact]
    public void Replies_to_Raabs_speech()
    {
        #region replies-to-raab
        var replies = Events.RaabCyberuk2021.Responses
            .Select(s => $"{s.Date} {s.Speaker.Name}, {s.Act}: {s.Text}")
            .ToList();
        #endregion

        Assert.Equal(5, replies.Count);
        Assert.All(replies, r => Assert.StartsWith("2021-05-13 Hua Chunying, ", r));
        Assert.Contains(
            "2021-05-13 Hua Chunying, Accuse: The UK has been actively engaged in developing offensive cyber capabilities in recent years, "
            + "which will undoubtedly increase the risk of conflict in global cyberspace",
            replies);
    }
}
