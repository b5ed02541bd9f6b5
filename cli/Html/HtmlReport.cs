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
/// Self-contained: one folder of pages linked by relative file names, one style sheet, one script and
/// the statement table's data, nothing from the network, so it opens from <c>file://</c>. Every page
/// stays small at any corpus size: long lists are cut into pages. Deterministic: the same corpus
/// gives the same bytes (UTF-8 without a byte order mark, <c>\n</c> line ends, invariant formatting,
/// no timestamps).
/// </remarks>
public static class HtmlReport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the report of <paramref name="graph"/> into <paramref name="outputDirectory"/>, replacing the folder whole.</summary>
    /// <remarks>As <see cref="Write(ReportCorpus, string, bool)"/>.</remarks>
    /// <param name="graph">The corpus to report.</param>
    /// <param name="outputDirectory">The report's folder: missing, empty or an earlier report, unless <paramref name="force"/>.</param>
    /// <param name="force">Replace <paramref name="outputDirectory"/> whatever it holds.</param>
    /// <returns>The number of files written.</returns>
    public static int Write(CorpusGraph graph, string outputDirectory, bool force = false) => Write(ReportCorpus.FromGraph(graph), outputDirectory, force);

    /// <summary>Writes the report of <paramref name="corpus"/> into <paramref name="outputDirectory"/>, replacing the folder whole.</summary>
    /// <remarks>
    /// The report is written to a temporary folder beside <paramref name="outputDirectory"/> and moved into
    /// place when complete (<see cref="OutputDirectory"/>), so no file of an earlier report stays behind and a
    /// failed run leaves the earlier report as it was. Pages are rendered and written in parallel: each is a
    /// function of the corpus alone, so the bytes do not depend on the order.
    /// </remarks>
    /// <param name="corpus">The corpus to report.</param>
    /// <param name="outputDirectory">
    /// The report's folder. If it exists, it must be empty or hold an earlier report (which has the file
    /// <c>.corpus-report</c>), unless <paramref name="force"/>.
    /// </param>
    /// <param name="force">Replace <paramref name="outputDirectory"/> whatever it holds.</param>
    /// <exception cref="CorpusInputException">
    /// The folder holds something else and <paramref name="force"/> is not given, or it cannot be written.
    /// </exception>
    /// <returns>The number of files written.</returns>
    public static int Write(ReportCorpus corpus, string outputDirectory, bool force = false)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var pages = Pages(corpus).ToList();
        OutputDirectory.Write(outputDirectory, force, folder => Parallel.ForEach(pages, render =>
        {
            var file = render();
            File.WriteAllText(Path.Combine(folder, file.Path), file.Content, Utf8);
        }), mayReplace: IsReportOrEmpty);
        return pages.Count;
    }

    // A report this command wrote, or nothing: what the report may replace without --force.
    private static bool IsReportOrEmpty(string folder) =>
        File.Exists(Path.Combine(folder, ReportPaths.Marker)) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>
    /// The report's files, each rendered when enumerated: the marker, assets, index, the statement table and its
    /// data, the pages of the index's long lists, then the pages of each kind.
    /// </summary>
    public static IEnumerable<ReportFile> Render(ReportCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Pages(corpus).Select(render => render());
    }

    // One function per file, so files can be rendered in any order or at once.
    private static IEnumerable<Func<ReportFile>> Pages(ReportCorpus corpus)
    {
        yield return () => new ReportFile(ReportPaths.Marker, "A report written by corpus html. Writing the report again replaces this folder whole.\n");
        yield return () => new ReportFile(ReportPaths.Style, ReportStyle.Text.ReplaceLineEndings("\n") + "\n");
        yield return () => new ReportFile(ReportPaths.Script, ReportScript.Text.ReplaceLineEndings("\n") + "\n");
        yield return () => IndexPage.Render(corpus);
        yield return () => StatementTableData.Render(corpus);
        for (int page = 1; page <= StatementTablePage.Pages(corpus).Pages; page++)
        {
            int number = page;
            yield return () => StatementTablePage.Render(corpus, number);
        }
        foreach (var list in IndexPage.Lists(corpus).Where(l => l.HasPages))
        {
            for (int page = 1; page <= list.Pages.Pages; page++)
            {
                int number = page;
                yield return () => IndexPage.RenderPage(list, number);
            }
        }
        foreach (var article in corpus.Articles) yield return () => ArticlePage.Render(article);
        foreach (var official in corpus.Officials) yield return () => EntityPages.Official(official);
        foreach (var organization in corpus.Organizations) yield return () => EntityPages.Organization(organization);
        foreach (var @event in corpus.Events) yield return () => EntityPages.Event(@event);
        foreach (var topic in corpus.Topics) yield return () => EntityPages.Topic(topic);
        foreach (var country in corpus.Countries) yield return () => EntityPages.Country(country, corpus);
    }
}
