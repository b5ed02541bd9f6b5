using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>Statements as a compact list on entity pages: date, act, speaker and text, linked to the article.</summary>
internal static class StatementList
{
    /// <summary>Dated statements by date, then undated ones; ties keep corpus order.</summary>
    public static IEnumerable<Statement> ByDate(IEnumerable<Statement> statements) =>
        statements.OrderBy(s => s.Date is null).ThenBy(s => s.Date);

    /// <summary>
    /// The statements under a heading, by date; past <see cref="PageSizes.EntityStatements"/>, the first ones
    /// and a link to the statement table filtered to them all.
    /// </summary>
    /// <param name="w">The page.</param>
    /// <param name="heading">What the statements are.</param>
    /// <param name="statements">The statements.</param>
    /// <param name="filter">The table's filter that gives the same statements (<see cref="ReportPaths.StatementTableFilteredBy"/>), and its name.</param>
    public static void Write(HtmlWriter w, string heading, IReadOnlyCollection<Statement> statements, (string Name, string Value) filter)
    {
        w.Element("h2", $"{heading} ({Wording.Number(statements.Count)})").Line();
        if (statements.Count == 0)
        {
            w.Element("p", "None.", ("class", "muted")).Line();
            return;
        }
        var shown = ByDate(statements).Take(PageSizes.EntityStatements).ToList();
        if (shown.Count < statements.Count)
        {
            w.Open("p", ("class", "more")).Text($"The first {Wording.Number(shown.Count)}, by date; ")
                .Link(ReportPaths.StatementTableFilteredBy(filter.Name, filter.Value), $"all {Wording.Number(statements.Count)} in the statement table")
                .Text($", filtered by {filter.Name}.").Close("p").Line();
        }
        w.Open("ol", ("class", "statements")).Line();
        foreach (var statement in shown)
        {
            w.Open("li");
            Item(w, statement);
            w.Close("li").Line();
        }
        w.Close("ol").Line();
    }

    /// <summary>
    /// A thread: each statement with the statements answering it nested below, as deep as they go, until
    /// <paramref name="budget"/> is spent. A statement already shown higher in the thread is not shown again,
    /// so a cycle of answers ends.
    /// </summary>
    public static void WriteThread(HtmlWriter w, IEnumerable<Statement> statements, HashSet<Statement> shown, ThreadBudget budget)
    {
        var list = ByDate(statements).Where(shown.Add).ToList();
        bool opened = false;
        foreach (var statement in list)
        {
            if (!budget.Take()) break;
            if (!opened) w.Open("ol", ("class", "statements thread")).Line();
            opened = true;
            w.Open("li");
            Item(w, statement);
            WriteThread(w, statement.Responses, shown, budget);
            w.Close("li").Line();
        }
        if (opened) w.Close("ol").Line();
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

/// <summary>How many more statements the threads of one page may show, and whether any were left out.</summary>
internal sealed class ThreadBudget
{
    private int _left;

    public ThreadBudget(int statements) => _left = statements;

    /// <summary>Whether a statement was left out for want of room.</summary>
    public bool Cut { get; private set; }

    /// <summary>Takes room for one more statement; false, and <see cref="Cut"/> set, when none is left.</summary>
    public bool Take()
    {
        if (_left == 0)
        {
            Cut = true;
            return false;
        }
        _left--;
        return true;
    }
}
