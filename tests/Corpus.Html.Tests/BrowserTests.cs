using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Cli.Html;
using Microsoft.Playwright;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary>The report of the bundled corpus, opened in headless Chromium.</summary>
public class BrowserTests : IClassFixture<Browser>
{
    private readonly Browser _browser;
    private readonly ReportCorpus _corpus = BundledCorpus.Load();

    public BrowserTests(Browser browser) => _browser = browser;

    private static IEnumerable<string> Pages(string folder) =>
        Directory.GetFiles(folder, "*.html").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal);

    [Fact]
    public async Task Every_statement_is_exactly_one_highlighted_span_with_its_text()
    {
        foreach (var article in _corpus.Articles)
        {
            await using var open = await _browser.OpenAsync(Reports.Bundled, "article-" + article.Id + ".html");
            var spans = await open.Page.EvalOnSelectorAllAsync<string[][]>(".article-text .st",
                "spans => spans.map(s => [s.id, s.getAttribute('data-statement'), s.textContent, String(s.tabIndex)])");
            var whole = spans.Where(s => s[0].Length > 0).ToList();
            Assert.Equal(article.Statements.Select(s => "s-" + s.Id).Order(StringComparer.Ordinal), whole.Select(s => s[0]).Order(StringComparer.Ordinal));
            foreach (var statement in article.Statements)
            {
                var span = Assert.Single(whole, s => s[1] == statement.Id);
                Assert.Equal(statement.Text, span[2]);
                Assert.Equal("0", span[3]);
            }
            // The bundled corpus has no crossing statements, so no statement is split in parts.
            Assert.DoesNotContain(spans, s => s[0].Length == 0);
            Assert.Empty(open.Problems);
        }
    }

    [Fact]
    public async Task Hovering_or_focusing_a_statement_shows_its_details()
    {
        var statement = _corpus.Statements.First(s => s.Event is not null && s.Targets.Count > 0 && s.Speaker is Official);
        await using var open = await _browser.OpenAsync(Reports.Bundled, "article-" + statement.Article.Id + ".html");
        var page = open.Page;

        await page.HoverAsync("#s-" + statement.Id);
        var panel = page.Locator("#details");
        Assert.Equal(statement.Text, await panel.Locator("blockquote").TextContentAsync());
        string details = (await panel.TextContentAsync())!;
        Assert.Contains(statement.Speaker.Name, details, StringComparison.Ordinal);
        Assert.Contains("CAMEO " + statement.Act.CameoCode(), details, StringComparison.Ordinal);
        Assert.Contains(statement.Event!.Name, details, StringComparison.Ordinal);
        Assert.Equal("event-" + statement.Event.Id + ".html", await panel.Locator("a", new() { HasText = statement.Event.Name }).First.GetAttributeAsync("href"));

        // The keyboard reaches every statement in text order; focus shows the details too.
        await page.Locator("body").FocusAsync();
        var reached = new List<string>();
        for (int i = 0; i < 200 && reached.Count < statement.Article.Statements.Count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            string? focused = await page.EvaluateAsync<string?>("document.activeElement && document.activeElement.classList.contains('st') ? document.activeElement.dataset.statement : null");
            if (focused is null) continue;
            reached.Add(focused);
            Assert.Equal(statement.Article.Statements.Single(s => s.Id == focused).Text, await panel.Locator("blockquote").TextContentAsync());
        }
        Assert.Equal(statement.Article.Statements.OrderBy(s => s.Start).Select(s => s.Id), reached);

        // Enter moves to the statement's card, whose links the keyboard reaches next.
        await page.FocusAsync("#s-" + statement.Id);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("d-" + statement.Id, await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Empty(open.Problems);
    }

    [Fact]
    public async Task The_filter_narrows_the_statement_table()
    {
        await using var open = await _browser.OpenAsync(Reports.Bundled, "statements.html");
        var page = open.Page;
        // Rows of statements: the row saying that nothing matches has no date cell.
        var rows = page.Locator("#statement-table tbody tr:visible:has(td.date)");
        Assert.True(_corpus.Statements.Count <= PageSizes.StatementTable, "the bundled corpus fits one page of the table");
        Assert.Equal(_corpus.Statements.Count, await rows.CountAsync());
        Assert.Equal(0, await page.Locator(".pager").CountAsync());

        var hua = _corpus.Officials.Single(o => o.Id == "hua-chunying");
        await page.SelectOptionAsync("#filter-speaker", new SelectOptionValue { Label = "Hua Chunying (official)" });
        Assert.Equal(_corpus.Statements.Count(s => s.Speaker == hua), await rows.CountAsync());

        await page.SelectOptionAsync("#filter-act", "deny");
        int huaDenials = _corpus.Statements.Count(s => s.Speaker == hua && s.Act == SpeechAct.Deny);
        Assert.True(huaDenials > 0);
        Assert.Equal(huaDenials, await rows.CountAsync());
        Assert.Equal($"{huaDenials} of {_corpus.Statements.Count} statements", await page.TextContentAsync("#count"));
        // Printed, the page says what it is filtered by.
        Assert.Equal("Filtered by speaker Hua Chunying (official), act deny.", await page.TextContentAsync("#filter-summary"));

        await page.ClickAsync("button[type=reset]");
        Assert.Equal(_corpus.Statements.Count, await rows.CountAsync());
        Assert.Equal($"{_corpus.Statements.Count} statements", await page.TextContentAsync("#count"));

        var gb = _corpus.Countries.Single(c => c.Code == "GB");
        await page.SelectOptionAsync("#filter-target", new SelectOptionValue { Label = "United Kingdom (country)" });
        Assert.Equal(_corpus.Statements.Count(s => s.Targets.Contains(gb)), await rows.CountAsync());
        await page.ClickAsync("button[type=reset]");

        var topic = _corpus.Topics.OrderByDescending(t => t.Statements.Count).First();
        await page.SelectOptionAsync("#filter-topic", topic.Id);
        Assert.Equal(topic.Statements.Count, await rows.CountAsync());
        await page.ClickAsync("button[type=reset]");

        // A date range keeps the statements whose dates may fall in it: May 2021 holds the days of May and the month itself.
        await page.FillAsync("#filter-from", "2021-05-01");
        await page.FillAsync("#filter-to", "2021-05-31");
        var may = new PartialDate(2021, 5);
        int inMay = _corpus.Statements.Count(s => s.Date is { } d && !d.IsBefore(may) && !d.IsAfter(may));
        Assert.True(inMay > 0 && inMay < _corpus.Statements.Count);
        Assert.Equal(inMay, await rows.CountAsync());

        // A range nothing falls in says so.
        await page.FillAsync("#filter-from", "2099-01-01");
        Assert.Equal(0, await rows.CountAsync());
        Assert.Equal("No statement matches the filter.", await page.TextContentAsync("#statement-table tbody"));
        Assert.Equal($"0 of {_corpus.Statements.Count} statements", await page.TextContentAsync("#count"));
        Assert.Empty(open.Problems);
    }

    [Fact]
    public async Task Every_page_opens_without_console_errors_and_every_link_resolves()
    {
        // Each page opened once: its problems, its element IDs, and its links as the browser resolves them.
        var problems = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new List<(string From, Uri To)>();
        foreach (var file in Pages(Reports.Bundled))
        {
            await using var open = await _browser.OpenAsync(Reports.Bundled, file);
            var page = open.Page;
            // The statement table shows its filter only when report.js has run on its data.
            if (file.StartsWith("statements", StringComparison.Ordinal)) Assert.True(await page.IsVisibleAsync("#filter"), "the filter is hidden: report.js did not run");
            ids[new Uri(page.Url).LocalPath] = (await page.EvalOnSelectorAllAsync<string[]>("[id]", "elements => elements.map(e => e.id)")).ToHashSet(StringComparer.Ordinal);
            // SVG links too: their href is not a string property, so resolve the attribute against the page.
            var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => new URL(a.getAttribute('href'), document.baseURI).href)");
            links.AddRange(hrefs.Select(href => (file, new Uri(href))));
            problems.AddRange(open.Problems.Select(p => file + ": " + p));
        }
        Assert.Empty(problems);

        Assert.Contains(links, l => l.To.LocalPath.EndsWith("/statements.html", StringComparison.Ordinal));
        Assert.Contains(links, l => l.To.Fragment.StartsWith("#s-", StringComparison.Ordinal));
        var broken = new List<string>();
        foreach (var (from, to) in links.Distinct())
        {
            if (to.Scheme != "file") broken.Add($"{from}: {to} leaves the report");
            else if (!ids.TryGetValue(to.LocalPath, out var targetIds)) broken.Add($"{from}: {to} (no such page)");
            else if (to.Fragment.Length > 1 && !targetIds.Contains(Uri.UnescapeDataString(to.Fragment[1..]))) broken.Add($"{from}: {to} (no such anchor)");
        }
        Assert.Empty(broken);
    }

    [Fact]
    public async Task Hostile_text_runs_no_script_and_crossing_statements_render_whole_or_in_parts()
    {
        await using var open = await _browser.OpenAsync(Reports.HostileFolder, "article-art-1.html");
        var page = open.Page;
        Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));
        await page.HoverAsync("#s-s-markup");
        await page.HoverAsync(".ns");
        Assert.Null(await page.EvaluateAsync<int?>("window.pwned ?? null"));

        var corpus = Hostile.Corpus();
        foreach (var statement in corpus.Statements.Where(s => s.Id != "s-crossing"))
        {
            Assert.Equal(statement.Text, await page.TextContentAsync("#s-" + statement.Id));
        }
        // The crossing statement: its span holds the part inside the earlier one, the rest continues in a part.
        var crossing = corpus.Statements.Single(s => s.Id == "s-crossing");
        var parts = await page.EvalOnSelectorAllAsync<string[]>("[data-statement='s-crossing']:not(.card)", "parts => parts.map(p => p.textContent)");
        Assert.Equal(2, parts.Length);
        Assert.Equal(crossing.Text, string.Concat(parts));
        // The inner statement is inside the outer one.
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#s-s-outer').contains(document.querySelector('#s-s-inner'))"));
        Assert.Empty(open.Problems);
    }
}
