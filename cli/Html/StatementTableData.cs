using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Corpus.Cli.Html;

/// <summary>
/// The statement table as data, written as <c>statements.js</c>: what the table's script shows a page of
/// at a time and filters by speaker, act, target, topic, event and date range.
/// </summary>
/// <remarks>
/// A script that assigns one object, because a page opened from <c>file://</c> may load a script but not
/// read a file. Compact: each actor, topic and article is written once, and a row refers to it by index.
/// <code>
/// window.corpusStatements = {
///   "pageSize": 100,
///   "acts": ["assert", …],                          the acts' spellings, in the vocabulary's order
///   "actors": [[name, kind, page or null], …],      speakers and targets, by name then kind: the filter's order
///   "topics": [[id, name, page], …],
///   "articles": [[title, page], …],
///   "events": [[id, name, page], …],
///   "rows": [[date, speaker, act, text, statement ID, article, [targets], [topics], event or null, first day, last day], …]
/// };
/// </code>
/// Rows are in corpus order, as the table's numbered pages list them. The filter compares dates as their
/// first and last day (<see cref="Wording.Days"/>), which a row leaves out when both are its date, as for
/// most statements (a day, neither uncertain nor approximate); an undated statement's date is null.
/// </remarks>
internal static class StatementTableData
{
    // The speakers and targets, in the order the table's filter lists them.
    private static List<Actor> Actors(IReadOnlyList<Statement> statements) =>
        statements.Select(s => s.Speaker).Concat(statements.SelectMany(s => s.Targets)).Distinct()
            // By name, then kind, so two actors of one name stay in a stable order.
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(Wording.KindOf, StringComparer.Ordinal).ToList();

    public static ReportFile Render(ReportCorpus corpus)
    {
        var statements = corpus.Statements;
        var acts = Enum.GetValues<SpeechAct>();
        var actors = Actors(statements);
        var actorIndex = Index(actors);
        var topicIndex = Index(corpus.Topics);
        var articleIndex = Index(corpus.Articles);
        var eventIndex = Index(corpus.Events);

        var js = new StringBuilder(4096 + statements.Count * 320);
        js.Append("// The statement table's rows, which report.js shows a page at a time and filters. Written by corpus html.\n");
        js.Append("window.corpusStatements = {\n\"pageSize\": ").Append(Number(PageSizes.StatementTable)).Append(",\n");
        js.Append("\"acts\": [");
        for (int i = 0; i < acts.Length; i++) String(i > 0 ? js.Append(',') : js, Wording.Of(acts[i]));
        js.Append("],\n\"actors\": [\n");
        for (int i = 0; i < actors.Count; i++)
        {
            String(js.Append('['), actors[i].Name).Append(',');
            String(js, Wording.KindOf(actors[i])).Append(',');
            String(js, ReportPaths.Of(actors[i])).Append(i + 1 < actors.Count ? "],\n" : "]\n");
        }
        js.Append("],\n\"topics\": [\n");
        for (int i = 0; i < corpus.Topics.Count; i++)
        {
            var topic = corpus.Topics[i];
            String(js.Append('['), topic.Id).Append(',');
            String(js, topic.Name).Append(',');
            String(js, ReportPaths.Of(topic)).Append(i + 1 < corpus.Topics.Count ? "],\n" : "]\n");
        }
        js.Append("],\n\"articles\": [\n");
        for (int i = 0; i < corpus.Articles.Count; i++)
        {
            var article = corpus.Articles[i];
            String(js.Append('['), article.Headline ?? article.Id).Append(',');
            String(js, ReportPaths.Of(article)).Append(i + 1 < corpus.Articles.Count ? "],\n" : "]\n");
        }
        js.Append("],\n\"events\": [\n");
        for (int i = 0; i < corpus.Events.Count; i++)
        {
            var @event = corpus.Events[i];
            String(js.Append('['), @event.Id).Append(',');
            String(js, @event.Name).Append(',');
            String(js, ReportPaths.Of(@event)).Append(i + 1 < corpus.Events.Count ? "],\n" : "]\n");
        }
        js.Append("],\n\"rows\": [\n");
        for (int i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            js.Append('[');
            String(js, statement.Date?.ToString()).Append(',');
            js.Append(Number(actorIndex[statement.Speaker])).Append(',').Append(Number(Array.IndexOf(acts, statement.Act))).Append(',');
            String(js, statement.Text).Append(',');
            String(js, statement.Id).Append(',');
            js.Append(Number(articleIndex[statement.Article])).Append(',');
            List(js, statement.Targets.Select(t => actorIndex[t])).Append(',');
            List(js, statement.Topics.Select(t => topicIndex[t])).Append(',');
            js.Append(statement.Event is { } at ? Number(eventIndex[at]) : "null");
            if (statement.Date is { } date && Wording.Days(date) is var (first, last) && !(first == last && last == date.ToString()))
            {
                String(js.Append(','), first).Append(',');
                String(js, last);
            }
            js.Append(i + 1 < statements.Count ? "],\n" : "]\n");
        }
        js.Append("]\n};\n");
        return new ReportFile(ReportPaths.StatementData, js.ToString());
    }

    private static Dictionary<T, int> Index<T>(IReadOnlyList<T> items) where T : notnull
    {
        var index = new Dictionary<T, int>(items.Count);
        for (int i = 0; i < items.Count; i++) index.TryAdd(items[i], i);
        return index;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static StringBuilder List(StringBuilder js, IEnumerable<int> indexes)
    {
        js.Append('[');
        bool first = true;
        foreach (int index in indexes)
        {
            if (!first) js.Append(',');
            js.Append(Number(index));
            first = false;
        }
        return js.Append(']');
    }

    /// <summary>A JSON string, or <c>null</c>: every character kept, as the page's text would show it.</summary>
    /// <remarks>
    /// Quotes, backslashes and control characters are escaped as JSON requires; line and paragraph separators
    /// and unpaired surrogates too, so the file is valid JavaScript and valid UTF-8 whatever the text holds.
    /// A NUL becomes U+FFFD, as the HTML parser makes it on the report's pages.
    /// </remarks>
    private static StringBuilder String(StringBuilder js, string? text)
    {
        if (text is null) return js.Append("null");
        js.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"': js.Append("\\\""); break;
                case '\\': js.Append("\\\\"); break;
                case '\n': js.Append("\\n"); break;
                case '\r': js.Append("\\r"); break;
                case '\t': js.Append("\\t"); break;
                case '\0': js.Append('\uFFFD'); break;
                default:
                    bool paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                        : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
                    if (c < ' ' || c is '\u2028' or '\u2029' || !paired) js.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else js.Append(c);
                    break;
            }
        }
        return js.Append('"');
    }
}
