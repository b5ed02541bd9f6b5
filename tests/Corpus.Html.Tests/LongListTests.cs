using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corpus.Cli.Html;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary>
/// Lists that grow with the corpus, as rendered: the statement table's data and numbered pages, entity
/// pages' statements, the index's lists and their own pages.
/// </summary>
public class LongListTests
{
    private static readonly Lazy<(ReportCorpus Corpus, Dictionary<string, string> Files)> s_large = new(() =>
    {
        var corpus = LargeCorpus.Corpus();
        return (corpus, HtmlReport.Render(corpus).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal));
    });

    // The object statements.js assigns, read by a JSON parser.
    private static JsonElement Data(ReportCorpus corpus)
    {
        string script = HtmlReport.Render(corpus).Single(f => f.Path == "statements.js").Content;
        const string Assignment = "window.corpusStatements = ";
        int start = script.IndexOf(Assignment, StringComparison.Ordinal) + Assignment.Length;
        Assert.EndsWith("};\n", script, StringComparison.Ordinal);
        // Written as UTF-8, the file must read back as the same text.
        Assert.Equal(script, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Encoding.UTF8.GetBytes(script)));
        return JsonDocument.Parse(script[start..^2]).RootElement.Clone();
    }

    private static ReportCorpus Awkward() => new TestCorpus()
        .Topic("t-1", "Topic \"one\" \\ two")
        .Official("off-1", "Line\u2028separator", "CN")
        .Article("art-1", "Quote: tab\there, \"quoted\" and back\\slash, line\u2028and paragraph\u2029separators, 𝔄lpha 😀, \r\nthe end.", published: "2021-05")
        .Statement("s-1", "o:off-1", "tab\there, \"quoted\" and back\\slash", date: "2021-05", topics: "t-1")
        .Statement("s-2", "c:US", "line\u2028and paragraph\u2029separators, 𝔄lpha 😀, \r\nthe end", act: "deny", targets: "o:off-1 c:CN")
        .LoadReport();

    public static TheoryData<string> Corpora() => new() { "bundled", "hostile", "awkward", "large" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_table_data_holds_every_statement_with_its_exact_text(string name)
    {
        var corpus = name switch { "bundled" => BundledCorpus.Load(), "hostile" => Hostile.Corpus(), "awkward" => Awkward(), _ => LargeCorpus.Corpus() };
        var data = Data(corpus);
        Assert.Equal(PageSizes.StatementTable, data.GetProperty("pageSize").GetInt32());
        var acts = data.GetProperty("acts").EnumerateArray().Select(a => a.GetString()).ToList();
        var actors = data.GetProperty("actors").EnumerateArray().Select(a => (Name: a[0].GetString(), Kind: a[1].GetString(), Page: a[2].GetString())).ToList();
        var topics = data.GetProperty("topics").EnumerateArray().Select(t => t[0].GetString()).ToList();
        var articles = data.GetProperty("articles").EnumerateArray().Select(a => a[1].GetString()).ToList();
        var events = data.GetProperty("events").EnumerateArray().Select(e => (Id: e[0].GetString(), Name: e[1].GetString(), Page: e[2].GetString())).ToList();
        Assert.Equal(corpus.Events.Select(e => ((string?)e.Id, (string?)e.Name, (string?)("event-" + e.Id + ".html"))), events);
        var rows = data.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(corpus.Statements.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var statement = corpus.Statements[i];
            var row = rows[i];
            Assert.Equal(statement.Date?.ToString(), row[0].GetString());
            // The first and last day, unless both are the date as written.
            var days = statement.Date is { } date
                ? new[] { date.FirstDay, date.LastDay }.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray()
                : [];
            Assert.Equal(days.Length == 0 || days.All(d => d == row[0].GetString()) ? [] : days, row.EnumerateArray().Skip(9).Select(d => d.GetString()));
            Assert.Equal(statement.Event?.Id, row[8].ValueKind == JsonValueKind.Null ? null : events[row[8].GetInt32()].Id);
            var speaker = actors[row[1].GetInt32()];
            Assert.Equal(statement.Speaker.Name, speaker.Name);
            Assert.Equal(Page(statement.Speaker), speaker.Page);
            Assert.Equal(Vocabulary.Spelling(statement.Act), acts[row[2].GetInt32()]);
            Assert.Equal(statement.Text, row[3].GetString());
            Assert.Equal(statement.Id, row[4].GetString());
            Assert.Equal("article-" + statement.Article.Id + ".html", articles[row[5].GetInt32()]);
            Assert.Equal(statement.Targets.Select(t => t.Name), row[6].EnumerateArray().Select(t => actors[t.GetInt32()].Name));
            Assert.Equal(statement.Topics.Select(t => t.Id), row[7].EnumerateArray().Select(t => topics[t.GetInt32()]));
        }
        // The filter's order: by name.
        Assert.Equal(actors.Select(a => a.Name).Order(StringComparer.Ordinal), actors.Select(a => a.Name));
    }

    // Every ID in these corpora is kebab-case, so a page's name is its kind and ID.
    private static string? Page(Actor actor) => actor switch
    {
        Official o => $"official-{o.Id}.html",
        Organization o => $"organization-{o.Id}.html",
        Country c => $"country-{c.Code.ToLowerInvariant()}.html",
        _ => null,
    };

    [Fact]
    public void The_table_numbered_pages_hold_every_statement_once_in_corpus_order()
    {
        var (corpus, files) = s_large.Value;
        int pages = (corpus.Statements.Count + PageSizes.StatementTable - 1) / PageSizes.StatementTable;
        Assert.True(pages >= 3);
        var seen = new List<string>();
        for (int page = 1; page <= pages; page++)
        {
            string html = files[page == 1 ? "statements.html" : $"statements-{page}.html"];
            var shown = Regex.Matches(html, "<td><a href=\"article-[^\"#]*#s-([^\"]*)\">").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.InRange(shown.Count, 1, PageSizes.StatementTable);
            seen.AddRange(shown);
            // The pager: the previous and next pages, and where this one is.
            Assert.Equal(page > 1, html.Contains("rel=\"prev\"", StringComparison.Ordinal));
            Assert.Equal(page < pages, html.Contains("rel=\"next\"", StringComparison.Ordinal));
            Assert.Contains($"Page {page} of {pages}: statements {seen.Count - shown.Count + 1}–{seen.Count} of {corpus.Statements.Count}", html, StringComparison.Ordinal);
            Assert.Contains($"data-page=\"{page}\"", html, StringComparison.Ordinal);
        }
        Assert.False(files.ContainsKey($"statements-{pages + 1}.html"));
        Assert.Equal(corpus.Statements.Select(s => s.Id), seen);
    }

    [Fact]
    public void An_entity_page_lists_at_most_a_page_of_statements_and_links_the_table_for_all()
    {
        var (corpus, files) = s_large.Value;
        string topic = files["topic-frequent.html"];
        int frequent = corpus.Topics.Single(t => t.Id == "frequent").Statements.Count;
        Assert.True(frequent > PageSizes.EntityStatements);
        Assert.Contains($"<h2>Statements ({frequent})</h2>", topic, StringComparison.Ordinal);
        Assert.Equal(PageSizes.EntityStatements, Regex.Matches(topic, "<li>").Count);
        Assert.Contains($"<a href=\"statements.html?topic=frequent\">all {frequent} in the statement table</a>", topic, StringComparison.Ordinal);
        // A short list is whole, with no link.
        string rare = files["topic-rare.html"];
        int rareCount = corpus.Topics.Single(t => t.Id == "rare").Statements.Count;
        Assert.InRange(rareCount, 1, PageSizes.EntityStatements);
        Assert.Equal(rareCount, Regex.Matches(rare, "<li>").Count);
        Assert.DoesNotContain("statements.html?", rare, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_page_shows_at_most_a_page_of_statements_and_links_the_table_filtered_to_the_event()
    {
        var (corpus, files) = s_large.Value;
        string page = files["event-big.html"];
        int said = corpus.Events.Single(e => e.Id == "big").Statements.Count;
        Assert.True(said > PageSizes.EntityStatements);
        Assert.Contains($"<h2>Said at the event ({said})</h2>", page, StringComparison.Ordinal);
        Assert.Equal(PageSizes.EntityStatements, Regex.Matches(page, "<li>").Count);
        Assert.Contains($"<a href=\"statements.html?event=big\">all {said} in the statement table</a>", page, StringComparison.Ordinal);
        Assert.Contains("each of the others is on its article", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_thread_within_a_page_is_whole()
    {
        var corpus = new TestCorpus()
            .Official("off-1", "Speaker", "CN")
            .Event("talks", "Talks", "2021-05-01")
            .Article("art-1", "He said \"first words\" and then \"second words\".", published: "2021-05-01")
            .Statement("s-1", "o:off-1", "first words", date: "2021-05-01", eventId: "talks")
            .Statement("s-2", "o:off-1", "second words", date: "2021-05-01", respondsTo: "s:s-1")
            .LoadReport();
        string page = HtmlReport.Render(corpus).Single(f => f.Path == "event-talks.html").Content;
        Assert.Equal(2, Regex.Matches(page, "<li>").Count);
        Assert.DoesNotContain("statements.html?", page, StringComparison.Ordinal);
        Assert.DoesNotContain("each of the others", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_lists_the_first_articles_and_the_list_pages_hold_them_all()
    {
        var (corpus, files) = s_large.Value;
        Assert.True(corpus.Articles.Count > PageSizes.ListPage, "the articles fill more than one list page");
        string index = files["index.html"];
        var onIndex = Regex.Matches(index, "<td><a href=\"(article-[^\"]*)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(PageSizes.IndexList, onIndex.Count);
        Assert.Contains($"The first {PageSizes.IndexList} of {corpus.Articles.Count} articles; <a href=\"articles.html\">all of them on 2 pages</a>", index, StringComparison.Ordinal);

        var listed = new List<string>();
        foreach (string page in new[] { "articles.html", "articles-2.html" })
        {
            listed.AddRange(Regex.Matches(files[page], "<td><a href=\"(article-[^\"]*)\">").Select(m => m.Groups[1].Value));
        }
        Assert.False(files.ContainsKey("articles-3.html"));
        // Every article once, oldest first, as on the index.
        var byDate = corpus.Articles.OrderBy(a => a.Published).Select(a => "article-" + a.Id + ".html").ToList();
        Assert.Equal(byDate, listed);
        Assert.Equal(byDate.Take(PageSizes.IndexList), onIndex);
        // The short lists are whole on the index and have no pages of their own.
        Assert.False(files.ContainsKey("officials.html"));
        Assert.False(files.ContainsKey("topics.html"));
    }
}
