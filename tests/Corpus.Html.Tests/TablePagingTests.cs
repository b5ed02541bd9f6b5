using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Cli.Html;
using Microsoft.Playwright;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary>
/// The report of a corpus longer than a page of the statement table, in headless Chromium: the table's
/// pages, its filter across them, the links from entity pages, and what a reader without scripts gets.
/// </summary>
public class TablePagingTests : IClassFixture<Browser>
{
    private readonly Browser _browser;
    private readonly ReportCorpus _corpus = LargeCorpus.Corpus();

    public TablePagingTests(Browser browser) => _browser = browser;

    private static int PagesFor(int statements) => (statements + PageSizes.StatementTable - 1) / PageSizes.StatementTable;

    // The statements a page of the table shows, by the ID in each one's link to its span.
    private static async Task<string[]> ShownStatements(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("#statement-table tbody td:nth-child(4) a",
            "links => links.map(a => decodeURIComponent(new URL(a.href).hash).slice('#s-'.length))");

    private static ILocator Button(IPage page, string name, int pager = 0) =>
        page.Locator(".pager").Nth(pager).GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    [Fact]
    public async Task Turning_the_pages_shows_every_statement_once_in_corpus_order()
    {
        int pages = PagesFor(_corpus.Statements.Count);
        Assert.True(pages >= 3, "the corpus is longer than two pages of the table");
        await using var open = await _browser.OpenAsync(Reports.Large, "statements.html");
        var page = open.Page;
        var seen = new List<string>();
        for (int p = 1; p <= pages; p++)
        {
            Assert.Equal(p.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InputValueAsync(".pager >> nth=0 >> .page-number"));
            var shown = await ShownStatements(page);
            Assert.Equal(p < pages ? PageSizes.StatementTable : _corpus.Statements.Count - (pages - 1) * PageSizes.StatementTable, shown.Length);
            seen.AddRange(shown);
            Assert.Equal(p == pages ? "true" : "false", await Button(page, "Next ›").GetAttributeAsync("aria-disabled"));
            if (p < pages) await Button(page, "Next ›").ClickAsync();
        }
        Assert.Equal(_corpus.Statements.Select(s => s.Id), seen);
        // On the last page, Next does nothing.
        await Button(page, "Next ›").ClickAsync(new() { Force = true });
        Assert.Equal(_corpus.Statements.Skip((pages - 1) * PageSizes.StatementTable).Select(s => s.Id), await ShownStatements(page));

        // The keyboard: a page number and Enter go to that page; Enter on the pager below the table turns the page and returns to the table's top.
        await page.FillAsync(".pager >> nth=0 >> .page-number", "2");
        await page.PressAsync(".pager >> nth=0 >> .page-number", "Enter");
        Assert.Equal(_corpus.Statements.Skip(PageSizes.StatementTable).Take(PageSizes.StatementTable).Select(s => s.Id), await ShownStatements(page));
        await Button(page, "‹ Previous", pager: 1).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(_corpus.Statements.Take(PageSizes.StatementTable).Select(s => s.Id), await ShownStatements(page));
        Assert.Equal("statement-table", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("1", await page.InputValueAsync(".pager >> nth=1 >> .page-number"));
        // A page number past the end goes to the last page.
        await page.FillAsync(".pager >> nth=0 >> .page-number", (pages + 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.PressAsync(".pager >> nth=0 >> .page-number", "Enter");
        Assert.Equal(pages.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InputValueAsync(".pager >> nth=0 >> .page-number"));
        Assert.Equal(_corpus.Statements.Skip((pages - 1) * PageSizes.StatementTable).Select(s => s.Id), await ShownStatements(page));
        Assert.Empty(open.Problems);
    }

    [Fact]
    public async Task The_filter_works_on_every_statement_not_just_the_page_shown()
    {
        var frequent = _corpus.Officials.Single(o => o.Id == "off-0");
        var expected = _corpus.Statements.Where(s => s.Speaker == frequent).Select(s => s.Id).ToList();
        int pages = PagesFor(expected.Count);
        Assert.True(pages >= 2);
        await using var open = await _browser.OpenAsync(Reports.Large, "statements-3.html");
        var page = open.Page;
        // A numbered page opens on its own rows, which the script shows from the data.
        Assert.Equal(_corpus.Statements.Skip(2 * PageSizes.StatementTable).Take(PageSizes.StatementTable).Select(s => s.Id), await ShownStatements(page));

        await page.SelectOptionAsync("#filter-speaker", new SelectOptionValue { Label = "Frequent Speaker (official)" });
        Assert.Equal($"{expected.Count} of {_corpus.Statements.Count} statements", await page.TextContentAsync("#count"));
        Assert.Equal($" of {pages}", await page.Locator(".pager >> nth=0 >> label span").TextContentAsync());
        var seen = new List<string>();
        for (int p = 1; p <= pages; p++)
        {
            seen.AddRange(await ShownStatements(page));
            if (p < pages) await Button(page, "Next ›").ClickAsync();
        }
        Assert.Equal(expected, seen);

        // The last page, and the first again, from anywhere.
        await Button(page, "« First").ClickAsync();
        await Button(page, "Last »").ClickAsync();
        Assert.Equal(expected.Skip((pages - 1) * PageSizes.StatementTable), await ShownStatements(page));
        Assert.Empty(open.Problems);
    }

    [Theory]
    [InlineData("topic-frequent.html", "topic", "Frequent topic")]
    [InlineData("official-off-0.html", "speaker", "Frequent Speaker (official)")]
    [InlineData("official-off-0.html", "target", "Frequent Speaker (official)")]
    [InlineData("event-big.html", "event", "Big event")]
    public async Task An_entity_page_lists_its_first_statements_and_links_the_table_filtered_to_all(string file, string filter, string label)
    {
        var frequent = _corpus.Officials.Single(o => o.Id == "off-0");
        var all = filter switch
        {
            "topic" => _corpus.Topics.Single(t => t.Id == "frequent").Statements,
            "speaker" => frequent.Statements,
            "event" => _corpus.Events.Single(e => e.Id == "big").Statements,
            _ => frequent.TargetedBy,
        };
        Assert.True(all.Count > PageSizes.EntityStatements);
        await using var open = await _browser.OpenAsync(Reports.Large, file);
        var page = open.Page;
        var more = page.Locator($"p.more a[href*='?{filter}=']");
        string heading = (await more.Locator("xpath=preceding::h2[1]").TextContentAsync())!;
        Assert.EndsWith($"({all.Count})", heading, StringComparison.Ordinal);
        Assert.Equal(PageSizes.EntityStatements, await more.Locator("xpath=following::ol[1]/li").CountAsync());

        // Waiting starts before the click, so a navigation that ends before the wait begins is not missed.
        var navigated = page.WaitForURLAsync("**/statements.html?*");
        await more.ClickAsync();
        await navigated;
        Assert.Equal($"{all.Count} of {_corpus.Statements.Count} statements", await page.TextContentAsync("#count"));
        Assert.Equal(label, await page.EvalOnSelectorAsync<string>("#filter-" + filter, "s => s.options[s.selectedIndex].textContent"));
        Assert.Equal(_corpus.Statements.Where(all.Contains).Take(PageSizes.StatementTable).Select(s => s.Id), await ShownStatements(page));
        Assert.Empty(open.Problems);
    }

    [Fact]
    public async Task Without_scripts_the_numbered_pages_list_every_statement()
    {
        await using var open = await _browser.OpenAsync(Reports.Large, "statements.html", javaScript: false);
        var page = open.Page;
        Assert.False(await page.IsVisibleAsync("#filter"));
        Assert.Contains("needs JavaScript", await page.TextContentAsync("noscript"), StringComparison.Ordinal);
        var seen = new List<string>();
        for (int p = 1; ; p++)
        {
            Assert.Contains($"Page {p} of {PagesFor(_corpus.Statements.Count)}", await page.TextContentAsync(".pager-status"), StringComparison.Ordinal);
            seen.AddRange(await ShownStatements(page));
            var next = page.Locator(".pager >> nth=0 >> a[rel=next]");
            if (await next.CountAsync() == 0) break;
            // Waiting starts before the click, so a navigation that ends before the wait begins is not missed; without
            // scripts the page is complete once its document is parsed.
            var navigated = page.WaitForURLAsync($"**/statements-{p + 1}.html", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            await next.ClickAsync();
            await navigated;
        }
        Assert.Equal(_corpus.Statements.Select(s => s.Id), seen);
        Assert.Empty(open.Problems);
    }

    public static TheoryData<string, string> Pages() => new()
    {
        { "bundled", "statements.html" },
        { "large", "statements.html" },
        { "large", "statements-2.html" },
        { "large", ReportPaths.Paged("statements", PagesFor(LargeCorpus.Corpus().Statements.Count)) },
        { "hostile", "statements.html" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_script_shows_the_rows_the_page_has_without_it(string report, string file)
    {
        string folder = report switch { "bundled" => Reports.Bundled, "large" => Reports.Large, _ => Reports.HostileFolder };
        const string Rows = "rows => rows.map(r => r.innerHTML)";
        string[] plain, scripted;
        await using (var open = await _browser.OpenAsync(folder, file, javaScript: false))
        {
            plain = await open.Page.EvalOnSelectorAllAsync<string[]>("#statement-table tbody tr", Rows);
            Assert.Empty(open.Problems);
        }
        await using (var open = await _browser.OpenAsync(folder, file))
        {
            Assert.True(await open.Page.IsVisibleAsync("#filter"));
            scripted = await open.Page.EvalOnSelectorAllAsync<string[]>("#statement-table tbody tr", Rows);
            Assert.Null(await open.Page.EvaluateAsync<int?>("window.pwned ?? null"));
            Assert.Empty(open.Problems);
        }
        Assert.NotEmpty(plain);
        Assert.Equal(plain, scripted);
    }
}
