using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>Statements as a compact list on entity pages: date, act, speaker and text, linked to the article.</summary>
internal static class StatementList
{
    /// <summary>Dated statements by date, then undated ones; ties keep corpus order.</summary>
    public static IEnumerable<Statement> ByDate(IEnumerable<Statement> statements) =>
        statements.OrderBy(s => s.Date is null).ThenBy(s => s.Date);

    public static void Write(HtmlWriter w, string heading, IEnumerable<Statement> statements)
    {
        var list = ByDate(statements).ToList();
        w.Element("h2", $"{heading} ({Wording.Number(list.Count)})").Line();
        if (list.Count == 0)
        {
            w.Element("p", "None.", ("class", "muted")).Line();
            return;
        }
        w.Open("ol", ("class", "statements")).Line();
        foreach (var statement in list)
        {
            w.Open("li");
            Item(w, statement);
            w.Close("li").Line();
        }
        w.Close("ol").Line();
    }

    /// <summary>
    /// A thread: each statement with the statements answering it nested below, as deep as they go.
    /// A statement already shown higher in the thread is not shown again, so a cycle of answers ends.
    /// </summary>
    public static void WriteThread(HtmlWriter w, IEnumerable<Statement> statements, HashSet<Statement> shown)
    {
        var list = ByDate(statements).Where(shown.Add).ToList();
        if (list.Count == 0) return;
        w.Open("ol", ("class", "statements thread")).Line();
        foreach (var statement in list)
        {
            w.Open("li");
            Item(w, statement);
            WriteThread(w, statement.Responses, shown);
            w.Close("li").Line();
        }
        w.Close("ol").Line();
    }

    private static void Item(HtmlWriter w, Statement statement)
    {
        w.Element("span", Wording.Date(statement.Date), ("class", "date"));
        w.Text(" ").Element("span", Wording.Of(statement.Act), ("class", "act act-" + Wording.Of(statement.Act)));
        w.Text(" ").Actor(statement.Speaker).Text(": ");
        w.Open("q").Link(ReportPaths.Of(statement), statement.Text).Close("q");
        w.Text(" ").Open("span", ("class", "source")).Text("— ").Article(statement.Article).Close("span");
    }
}
