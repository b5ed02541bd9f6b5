using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>Every statement in one table, which the page's script filters by speaker, act, target, topic and date range.</summary>
/// <remarks>
/// Each row carries what the filters compare as data attributes (actors as indexes into the select
/// options, acts and topics by ID, dates as their first and last day), so the script only compares
/// strings; without a script the table is complete and the filter form stays hidden.
/// </remarks>
internal static class StatementTablePage
{
    public static ReportFile Render(ReportCorpus corpus)
    {
        var statements = corpus.Statements;
        var speakers = Distinct(statements.Select(s => s.Speaker));
        var targets = Distinct(statements.SelectMany(s => s.Targets));
        var actorKeys = new Dictionary<Actor, string>();
        foreach (var actor in speakers.Concat(targets))
        {
            if (!actorKeys.ContainsKey(actor)) actorKeys.Add(actor, "a" + Wording.Number(actorKeys.Count));
        }

        var w = PageLayout.Begin("Statements", "table-page", 4096 + statements.Count * 1024);
        w.Open("form", ("id", "filter"), ("class", "filter"), ("hidden", ""), ("aria-label", "Filter statements")).Line();
        Select(w, "speaker", "Speaker", speakers.Select(a => (actorKeys[a], Label(a))));
        Select(w, "act", "Act", Enum.GetValues<SpeechAct>().Select(a => (Wording.Of(a), Wording.Of(a))));
        Select(w, "target", "Target", targets.Select(a => (actorKeys[a], Label(a))));
        Select(w, "topic", "Topic", corpus.Topics.Select(t => (t.Id, t.Name)));
        w.Open("label").Text("From ").Open("input", ("type", "date"), ("name", "from"), ("id", "filter-from")).Close("label").Line();
        w.Open("label").Text("To ").Open("input", ("type", "date"), ("name", "to"), ("id", "filter-to")).Close("label").Line();
        w.Open("button", ("type", "reset")).Text("Clear").Close("button").Line();
        w.Close("form").Line();
        w.Open("p", ("id", "count"), ("aria-live", "polite")).Text(Wording.Count(statements.Count, "statement")).Close("p").Line();

        w.Open("table", ("id", "statement-table"), ("class", "statements-table")).Line();
        w.Open("thead").Open("tr");
        foreach (var column in new[] { "Date", "Speaker", "Act", "Statement", "Targets", "Topics", "Article" }) w.Element("th", column, ("scope", "col"));
        w.Close("tr").Close("thead").Line();
        w.Open("tbody").Line();
        foreach (var statement in statements)
        {
            var (from, to) = statement.Date is { } date ? Wording.Days(date) : ((string?)null, (string?)null);
            w.Open("tr",
                ("data-speaker", actorKeys[statement.Speaker]),
                ("data-act", Wording.Of(statement.Act)),
                ("data-targets", string.Join(' ', statement.Targets.Select(t => actorKeys[t]))),
                ("data-topics", string.Join(' ', statement.Topics.Select(t => t.Id))),
                ("data-from", from),
                ("data-to", to));
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
        return new ReportFile(ReportPaths.StatementTable, PageLayout.End(w));
    }

    // By name, then kind, so two actors of one name stay in a stable order.
    private static List<Actor> Distinct(IEnumerable<Actor> actors) =>
        actors.Distinct().OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(Wording.KindOf, StringComparer.Ordinal).ToList();

    private static string Label(Actor actor) => $"{actor.Name} ({Wording.KindOf(actor)})";

    private static void Select(HtmlWriter w, string name, string label, IEnumerable<(string Value, string Text)> options)
    {
        w.Open("label").Text(label + " ").Open("select", ("name", name), ("id", "filter-" + name));
        w.Element("option", "any", ("value", ""));
        foreach (var (value, text) in options) w.Element("option", text, ("value", value));
        w.Close("select").Close("label").Line();
    }
}
