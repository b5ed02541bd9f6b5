using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Cli.Html;
using Corpus.Testing;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary>The report's files as rendered, without a browser: escaping, determinism, links, spans.</summary>
public class RenderingTests
{
    [Fact]
    public void Hostile_text_stays_text_on_every_page()
    {
        var files = HtmlReport.Render(Hostile.Corpus()).ToList();
        foreach (var file in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            // The report's own script tags are the only ones, on the statement table with its data; no element or attribute comes from the corpus.
            var scripts = Regex.Matches(file.Content, "<script[^>]*>", RegexOptions.IgnoreCase).Select(m => m.Value).ToList();
            Assert.Equal(file.Path.StartsWith("statements", StringComparison.Ordinal)
                ? ["<script src=\"statements.js\" defer=\"\">", "<script src=\"report.js\" defer=\"\">"]
                : ["<script src=\"report.js\" defer=\"\">"], scripts);
            Assert.DoesNotContain("<img", file.Content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<i>", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("onmouseover=\"", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror=\"", file.Content, StringComparison.Ordinal);
        }
        var article = files.Single(f => f.Path == "article-art-1.html").Content;
        Assert.Contains("&lt;script&gt;window.pwned = 1; alert(1)&lt;/script&gt; is not a threat", article, StringComparison.Ordinal);
        Assert.Contains("data-reason=\"conference theme &quot; onmouseover=&quot;window.pwned = 3&quot; x=&quot;\"", article, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_the_page_does_not_print_is_marked_inferred_with_its_evidence()
    {
        var corpus = BundledCorpus.Load();
        var files = HtmlReport.Render(corpus).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        string Meta(Article article)
        {
            string page = files[ReportPaths.Of(article)];
            string meta = page.Substring(page.IndexOf("<p class=\"meta\">", StringComparison.Ordinal));
            return System.Net.WebUtility.HtmlDecode(Regex.Replace(meta.Substring(0, meta.IndexOf("</p>", StringComparison.Ordinal)), "<[^>]+>", ""));
        }
        var inferred = corpus.Articles.Where(a => a.Outlet is not null && a.OutletBasis == DateBasis.Inferred).ToList();
        Assert.NotEmpty(inferred);
        foreach (var article in inferred) Assert.Contains(article.Outlet!.Name + " (inferred) — " + article.OutletEvidence, Meta(article), StringComparison.Ordinal);
        // A printed outlet carries no such mark.
        var printed = corpus.Articles.Where(a => a.Outlet is not null && a.OutletBasis == DateBasis.Printed).ToList();
        Assert.NotEmpty(printed);
        foreach (var article in printed) Assert.Contains(article.Outlet!.Name + " · ", Meta(article), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_corpus_gives_the_same_bytes_in_any_culture()
    {
        var first = Cultures.InCulture(CultureInfo.InvariantCulture, () => HtmlReport.Render(BundledCorpus.Load()).ToList());
        var second = Cultures.InCulture(new CultureInfo("ar-SA"), () => HtmlReport.Render(BundledCorpus.Load()).ToList());
        var third = Cultures.InCulture(new CultureInfo("tr-TR"), () => HtmlReport.Render(Hostile.Corpus()).ToList());
        var fourth = Cultures.InCulture(new CultureInfo("de-DE"), () => HtmlReport.Render(Hostile.Corpus()).ToList());
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        for (int i = 0; i < first.Count; i++) Assert.True(first[i].Content == second[i].Content, $"{first[i].Path} differs between cultures");
        Assert.Equal(third, fourth);
        Assert.All(first, f => Assert.DoesNotContain('\r', f.Content.Replace("&#13;", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Writing_twice_gives_identical_files()
    {
        string one = Reports.WriteToTemp("twice-1", BundledCorpus.Load()), two = Reports.WriteToTemp("twice-2", BundledCorpus.Load());
        var names = System.IO.Directory.GetFiles(one).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, System.IO.Directory.GetFiles(two).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var name in names)
        {
            Assert.Equal(System.IO.File.ReadAllBytes(System.IO.Path.Combine(one, name!)), System.IO.File.ReadAllBytes(System.IO.Path.Combine(two, name!)));
        }
        // UTF-8 without a byte order mark.
        Assert.Equal((byte)'<', System.IO.File.ReadAllBytes(System.IO.Path.Combine(one, "index.html"))[0]);
    }

    [Fact]
    public void Every_link_and_anchor_resolves()
    {
        Assert.Empty(Reports.BrokenLinks(HtmlReport.Render(BundledCorpus.Load()).ToList()));
        Assert.Empty(Reports.BrokenLinks(HtmlReport.Render(Hostile.Corpus()).ToList()));
        Assert.Empty(Reports.BrokenLinks(HtmlReport.Render(LargeCorpus.Corpus()).ToList()));
    }

    [Fact]
    public void There_is_a_page_for_every_entity()
    {
        var corpus = BundledCorpus.Load();
        var paths = HtmlReport.Render(corpus).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // The marker, style sheet, script, index, statement table and its data, and the entities' pages.
        int expected = 6 + corpus.Articles.Count + corpus.Officials.Count + corpus.Organizations.Count + corpus.Events.Count + corpus.Topics.Count + corpus.Countries.Count;
        Assert.Equal(expected, paths.Count);
        Assert.Contains("official-hua-chunying.html", paths);
        Assert.Contains("country-gb.html", paths);
        Assert.Contains("index.html", paths);
        Assert.Contains("statements.html", paths);
        Assert.Contains("statements.js", paths);
        Assert.Contains(".corpus-report", paths);
    }

    [Fact]
    public void Pages_load_nothing_from_outside_the_report()
    {
        foreach (var file in HtmlReport.Render(BundledCorpus.Load()))
        {
            foreach (var reference in Reports.References(file.Content))
            {
                Assert.DoesNotContain("//", reference, StringComparison.Ordinal);
                Assert.False(reference.StartsWith('/'), $"{file.Path}: absolute reference {reference}");
            }
            Assert.DoesNotContain("@import", file.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("url(http", file.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_statement_has_one_span_and_one_card_in_its_article()
    {
        var corpus = BundledCorpus.Load();
        var pages = HtmlReport.Render(corpus).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        foreach (var statement in corpus.Statements)
        {
            string page = pages["article-" + statement.Article.Id + ".html"];
            Assert.Single(Regex.Matches(page, Regex.Escape($" id=\"s-{statement.Id}\"")));
            Assert.Single(Regex.Matches(page, Regex.Escape($" id=\"d-{statement.Id}\"")));
        }
    }

    [Fact]
    public void The_index_plots_are_inline_svg_with_a_bar_per_year_and_a_row_per_speaker()
    {
        var corpus = BundledCorpus.Load();
        string index = HtmlReport.Render(corpus).Single(f => f.Path == "index.html").Content;
        Assert.Equal(2, Regex.Matches(index, "<svg ").Count);
        // Bundled statements span 2015-2025, so bars are years; each dated year with statements has a segment titled with its count.
        foreach (var year in corpus.Statements.Where(s => s.Date is not null).GroupBy(s => s.Date!.Value.Year))
        {
            int inTitles = Regex.Matches(index, $"<title>{year.Key}, [^:]+: (\\d+) statements?</title>").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            Assert.Equal(year.Count(), inTitles);
        }
        // The acts grid: one cell title per speaker and act; the counts add up to the statements.
        int inGrid = Regex.Matches(index, "<title>[^<]+, [a-z-]+: (\\d+) statements?</title>")
            .Where(m => !Regex.IsMatch(m.Value, "<title>\\d{4}"))
            .Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(corpus.Statements.Count, inGrid);
    }
}
