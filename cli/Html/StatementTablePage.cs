namespace Corpus.Cli.Html;

/// <summary>
/// The statement table: every statement, with the speaker, act, targets, topics and article, filtered by
/// speaker, act, target, topic, event and date range.
/// </summary>
/// <remarks>
/// The table's script renders it from <see cref="StatementTableData"/> a page at a time, and filters the
/// data, not the markup, so a table of any size opens quickly. Without a script the same rows are numbered
/// pages of plain HTML (<c>statements.html</c>, <c>statements-2.html</c>, …) linked by a pager, and the
/// filter form stays hidden. Each page's rows are the ones the script shows first on it, so the two agree.
/// </remarks>
internal static class StatementTablePage
{
    public static Pagination Pages(ReportCorpus corpus) =>
        new(ReportPaths.StatementTableStem, corpus.Statements.Count, PageSizes.StatementTable, "statement");

    public static ReportFile Render(ReportCorpus corpus, int page)
    {
        var statements = corpus.Statements;
        var pages = Pages(corpus);
        var (start, count) = pages.Range(page);

        var w = PageLayout.Begin("Statements", "table-page", 8192 + count * 1024, ReportPaths.StatementData);
        w.Open("noscript").Open("p", ("class", "note"))
            .Text($"Filtering the table needs JavaScript. Without it the table lists every statement, {Wording.Number(PageSizes.StatementTable)} to a page, in corpus order; each article's page shows its own statements.")
            .Close("p").Close("noscript").Line();
        // The script fills the lists from the table's data and shows the form.
        w.Open("form", ("id", "filter"), ("class", "filter"), ("hidden", ""), ("aria-label", "Filter statements")).Line();
        foreach (var (name, label) in new[] { ("speaker", "Speaker"), ("act", "Act"), ("target", "Target"), ("topic", "Topic"), ("event", "Event") })
        {
            w.Open("label").Text(label + " ").Open("select", ("name", name), ("id", "filter-" + name)).Element("option", "any", ("value", "")).Close("select").Close("label").Line();
        }
        w.Open("label").Text("From ").Open("input", ("type", "date"), ("name", "from"), ("id", "filter-from")).Close("label").Line();
        w.Open("label").Text("To ").Open("input", ("type", "date"), ("name", "to"), ("id", "filter-to")).Close("label").Line();
        w.Open("button", ("type", "reset")).Text("Clear").Close("button").Line();
        w.Close("form").Line();
        w.Open("p", ("id", "count"), ("aria-live", "polite")).Text(Wording.Count(statements.Count, "statement")).Close("p").Line();
        w.Element("p", "", ("id", "filter-summary"), ("class", "print-only")).Line();

        pages.WritePager(w, page, "Pages of the statement table");
        w.Open("table", ("id", "statement-table"), ("class", "statements-table"), ("data-page", Wording.Number(page)), ("tabindex", "-1")).Line();
        w.Open("thead").Open("tr");
        foreach (var column in new[] { "Date", "Speaker", "Act", "Statement", "Targets", "Topics", "Article" }) w.Element("th", column, ("scope", "col"));
        w.Close("tr").Close("thead").Line();
        w.Open("tbody").Line();
        for (int i = start; i < start + count; i++)
        {
            var statement = statements[i];
            w.Open("tr");
            w.Element("td", Wording.Date(statement.Date), ("class", "date"));
            w.Open("td").Actor(statement.Speaker).Close("td");
            w.Element("td", Wording.Of(statement.Act));
            w.Open("td").Link(ReportPaths.Of(statement), statement.Text).Close("td");
            w.Open("td").Actors(statement.Targets).Close("td");
            w.Open("td").Topics(statement.Topics).Close("td");
            w.Open("td").Article(statement.Article).Close("td");
            w.Close("tr").Line();
        }
        w.Close("tbody").Close("table").Line();
        pages.WritePager(w, page, "Pages of the statement table (below it)");
        return new ReportFile(pages.PathOf(page), PageLayout.End(w));
    }
}
