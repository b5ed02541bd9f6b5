using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Cli.Html;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary>
/// The screenshots the README shows, taken from the bundled corpus's report. Each run takes them into
/// a temporary folder; with <c>CORPUS_UPDATE_SCREENSHOTS=1</c> they replace those in <c>docs/</c>.
/// </summary>
public class ScreenshotTests : IClassFixture<Browser>
{
    private readonly Browser _browser;

    public ScreenshotTests(Browser browser) => _browser = browser;

    [Fact]
    public async Task Article_page_and_index()
    {
        // The article with the most statements, with the details of its first statement showing.
        var article = BundledCorpus.Load().Articles.OrderByDescending(a => a.Statements.Count).ThenBy(a => a.Id, StringComparer.Ordinal).First();
        var shown = article.Statements[0];
        await using (var open = await _browser.OpenAsync(Reports.Bundled, "article-" + article.Id + ".html", width: 1280, height: 860))
        {
            // Focus shows the details; the text is scrolled to just above the statement.
            await open.Page.FocusAsync("#s-" + shown.Id);
            await open.Page.EvaluateAsync("id => { document.getElementById(id).scrollIntoView({ block: 'start' }); window.scrollBy(0, -150); }", "s-" + shown.Id);
            Save(await open.Page.ScreenshotAsync(), "report-article.png");
            Assert.Empty(open.Problems);
        }
        await using (var open = await _browser.OpenAsync(Reports.Bundled, "index.html", width: 1280, height: 860))
        {
            Save(await open.Page.ScreenshotAsync(), "report-index.png");
            Assert.Empty(open.Problems);
        }
    }

    private static void Save(byte[] png, string name)
    {
        // A PNG: its signature, and more than a blank page's few hundred bytes.
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray());
        Assert.True(png.Length > 20_000, $"{name} is {png.Length} bytes: a blank page?");
        File.WriteAllBytes(Path.Combine(Reports.Bundled, name), png);
        if (Environment.GetEnvironmentVariable("CORPUS_UPDATE_SCREENSHOTS") == "1")
        {
            File.WriteAllBytes(Path.Combine(RepositoryRoot(), "docs", name), png);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corpus.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }
}
