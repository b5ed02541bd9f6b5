using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Corpus.Cli.Html;

/// <summary>
/// A static HTML report of a corpus: an index with plots, a page per article with every statement
/// highlighted in its text, a page per official, organization, event, topic and country, and a
/// filterable table of statements.
/// </summary>
/// <remarks>
/// Self-contained: one folder of pages linked by relative file names, one style sheet and one
/// script, nothing from the network, so it opens from <c>file://</c>. Deterministic: the same corpus
/// gives the same bytes (UTF-8 without a byte order mark, <c>\n</c> line ends, invariant formatting,
/// no timestamps).
/// </remarks>
public static class HtmlReport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report of <paramref name="graph"/> into <paramref name="outputDirectory"/>, creating it if needed.</summary>
    /// <returns>The number of files written.</returns>
    public static int Write(CorpusGraph graph, string outputDirectory) => Write(ReportCorpus.FromGraph(graph), outputDirectory);

    /// <summary>Writes the report of <paramref name="corpus"/> into <paramref name="outputDirectory"/>, creating it if needed.</summary>
    /// <remarks>
    /// Pages are rendered and written in parallel: each is a function of the corpus alone, so the
    /// bytes do not depend on the order. Files of an earlier report that this one does not write are
    /// left as they are.
    /// </remarks>
    /// <returns>The number of files written.</returns>
    public static int Write(ReportCorpus corpus, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        var pages = Pages(corpus).ToList();
        Parallel.ForEach(pages, render =>
        {
            var file = render();
            File.WriteAllText(Path.Combine(outputDirectory, file.Path), file.Content, Utf8);
        });
        return pages.Count;
    }

    /// <summary>The report's files, each rendered when enumerated: assets, index, statement table, then the pages of each kind.</summary>
    public static IEnumerable<ReportFile> Render(ReportCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Pages(corpus).Select(render => render());
    }

    // One function per file, so files can be rendered in any order or at once.
    private static IEnumerable<Func<ReportFile>> Pages(ReportCorpus corpus)
    {
        yield return () => new ReportFile(ReportPaths.Style, ReportStyle.Text.ReplaceLineEndings("\n") + "\n");
        yield return () => new ReportFile(ReportPaths.Script, ReportScript.Text.ReplaceLineEndings("\n") + "\n");
        yield return () => IndexPage.Render(corpus);
        yield return () => StatementTablePage.Render(corpus);
        foreach (var article in corpus.Articles) yield return () => ArticlePage.Render(article);
        foreach (var official in corpus.Officials) yield return () => EntityPages.Official(official);
        foreach (var organization in corpus.Organizations) yield return () => EntityPages.Organization(organization);
        foreach (var @event in corpus.Events) yield return () => EntityPages.Event(@event);
        foreach (var topic in corpus.Topics) yield return () => EntityPages.Topic(topic);
        foreach (var country in corpus.Countries) yield return () => EntityPages.Country(country, corpus);
    }
}
