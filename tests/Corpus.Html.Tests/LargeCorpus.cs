using System;
using System.Globalization;
using Corpus.Cli.Html;

namespace Corpus.Html.Tests;

/// <summary>
/// A made-up corpus longer than one page of every list the report cuts: the statement table, an
/// entity's statements, the index's list of articles.
/// </summary>
/// <remarks>
/// Each article has two statements: a claim by one frequent speaker about the United States, on the
/// article's day, on the frequent topic; and an answer by one of two others aimed at the first, dated
/// by month (every tenth undated), every seventh on the rare topic and the frequent one. Every claim is made
/// at one event, so its page has more statements than a page lists.
/// </remarks>
internal static class LargeCorpus
{
    public const int Articles = 520;

    public static ReportCorpus Corpus()
    {
        var corpus = new TestCorpus()
            .Topic("frequent", "Frequent topic")
            .Topic("rare", "Rare topic")
            .Organization("org-1", "Ministry", country: "CN")
            .Official("off-0", "Frequent Speaker", "CN", ("Spokesperson", "org-1", null, null))
            .Official("off-1", "Second Speaker", "US", ("Envoy", "org-1", null, null))
            .Official("off-2", "Third Speaker", "GB", ("Envoy", "org-1", null, null))
            .Event("big", "Big event", "2020-01-01");
        var first = new DateOnly(2020, 1, 1);
        for (int i = 0; i < Articles; i++)
        {
            string n = i.ToString("D4", CultureInfo.InvariantCulture);
            var day = first.AddDays(i * 3);
            string date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            corpus.Article("a-" + n, $"Briefing {n}\n\nThe spokesperson said \"claim {n} first\". The envoy replied \"answer {n} second\".\n", headline: "Briefing " + n, published: date)
                .Statement($"s-{n}-1", "o:off-0", $"claim {n} first", act: i % 2 == 0 ? "accuse" : "deny", date: date, targets: "c:US", topics: "frequent", eventId: "big")
                .Statement($"s-{n}-2", i % 3 == 0 ? "o:off-1" : "o:off-2", $"answer {n} second", act: "reject", date: i % 10 == 0 ? null : month,
                    targets: "o:off-0", topics: i % 7 == 0 ? "rare frequent" : null);
        }
        return corpus.LoadReport();
    }
}
