using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Bundled;

namespace Corpus.Cli;

/// <summary>
/// Writes what <c>corpus</c> prints: the summary of the typed corpus and the statements a query selects.
/// </summary>
/// <remarks>
/// Output is the same on every machine: numbers and dates are formatted with the invariant culture,
/// names are sorted ordinally, and text is wrapped at a fixed width rather than the terminal's.
/// </remarks>
public sealed class CorpusReport
{
    private const int Width = 100;

    private readonly CorpusGraph _graph;
    private readonly TextWriter _out;
    private readonly bool _color;

    /// <summary>Creates a report on <paramref name="graph"/> writing to <paramref name="output"/>.</summary>
    /// <param name="graph">The corpus.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="color">Whether to emphasize headings with ANSI escapes; only for a terminal.</param>
    public CorpusReport(CorpusGraph graph, TextWriter output, bool color = false)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _color = color;
    }

    /// <summary>Writes the summary: articles, speakers, speech acts, and an example query.</summary>
    public void WriteSummary()
    {
        WriteOverview();
        WriteArticles();
        WriteSpeakers();
        WriteSpeechActs();
        // The LINQ shown is the expression that ran: the compiler passes its source text along.
        // Spelled as against a generated corpus class, which is how a reader would write it.
        var Statements = new StatementList(_graph.Statements);
        WriteExampleQuery(Statements.All.Where(s => s.Targets.OfType<Country>().Any(c => c.Code == "GB")));
    }

    /// <summary>Writes the statements that pass <paramref name="filter"/>, in corpus order, each with its citation.</summary>
    /// <returns>The number of statements written.</returns>
    public int WriteQuery(StatementFilter filter)
    {
        if (filter is null) throw new ArgumentNullException(nameof(filter));
        var matches = _graph.Statements.Where(filter.Matches).ToList();
        WriteHeading(Invariant($"{Words.Count(matches.Count, "statement")} where {filter.Describe()}"));
        foreach (var statement in matches)
        {
            _out.WriteLine();
            WriteStatement(statement, indent: 0);
        }
        return matches.Count;
    }

    private void WriteOverview()
    {
        WriteHeading("Corpus of official statements on cyberspace");
        int speakers = _graph.Statements.Select(s => s.Speaker).Distinct().Count();
        _out.WriteLine(
            $"{Words.Count(_graph.Statements.Count, "statement")} by {Words.Count(speakers, "speaker")} in {Words.Count(_graph.Articles.Count, "article")}; "
            + $"{Words.Count(_graph.Officials.Count, "official")}, {Words.Count(_graph.Organizations.Count, "organization")}, "
            + $"{Words.Count(_graph.Events.Count, "event")}, {Words.Count(_graph.Topics.Count, "topic")}.");
    }

    private void WriteArticles()
    {
        _out.WriteLine();
        WriteHeading(Invariant($"Articles ({_graph.Articles.Count})"));
        foreach (var article in _graph.Articles.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
        {
            _out.WriteLine($"  {article.SourcePath}  {article.Headline ?? "(no headline)"}");
            string outlet = article.Outlet is { } o
                ? o.Name + (article.OutletBasis is { } basis && basis != DateBasis.Printed ? $" ({Vocabulary.Spelling(basis)})" : "")
                : "outlet not printed";
            string published = article.Published is { } date ? "published " + FormatDate(date, article.PublishedBasis) : "publication date unknown";
            _out.WriteLine(Invariant($"      {outlet}; {published}; {Words.Count(article.Statements.Count, "statement")}"));
        }
    }

    private void WriteSpeakers()
    {
        var speakers = _graph.Statements
            .GroupBy(s => s.Speaker)
            .Select(group => (Speaker: group.Key, Statements: group.ToList()))
            .OrderByDescending(entry => entry.Statements.Count)
            .ThenBy(entry => entry.Speaker.Name, StringComparer.Ordinal)
            .ThenBy(entry => KindOf(entry.Speaker), StringComparer.Ordinal)
            .ToList();
        int countWidth = Digits(speakers.Count == 0 ? 0 : speakers.Max(entry => entry.Statements.Count));

        _out.WriteLine();
        WriteHeading(Invariant($"Speakers ({speakers.Count}), by statements made"));
        foreach (var (speaker, statements) in speakers)
        {
            string country = speaker is Country || speaker.Country is null ? "" : ", " + speaker.Country.Code;
            string code = speaker is Country self ? " " + self.Code : "";
            _out.WriteLine(Invariant($"  {statements.Count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)}  {speaker.Name} ({KindOf(speaker)}{code}{country})"));
            if (speaker is Official official)
            {
                string indent = new(' ', countWidth + 4);
                foreach (var line in RolesAtStatements(official, statements)) _out.WriteLine(indent + line);
            }
        }
    }

    // The roles valid on the official's statement dates, each with the dates it covers.
    private static IEnumerable<string> RolesAtStatements(Official official, IReadOnlyList<Statement> statements)
    {
        var dated = statements.Where(s => s.Date is not null).Select(s => s.Date!.Value).Distinct().OrderBy(d => d).ToList();
        var roles = new List<(Role Role, List<PartialDate> Dates)>();
        var withoutRole = new List<PartialDate>();
        foreach (var date in dated)
        {
            if (official.RoleAt(date) is not { } role)
            {
                withoutRole.Add(date);
                continue;
            }
            var entry = roles.FirstOrDefault(r => ReferenceEquals(r.Role, role));
            if (entry.Role is null) roles.Add((role, new List<PartialDate> { date }));
            else entry.Dates.Add(date);
        }
        foreach (var (role, dates) in roles)
        {
            yield return $"{role.Title}, {role.Organization.Name} (on {string.Join(", ", dates.Select(d => d.ToString()))})";
        }
        if (withoutRole.Count > 0)
        {
            yield return $"no annotated role on {string.Join(", ", withoutRole.Select(d => d.ToString()))}";
        }
        int undated = statements.Count(s => s.Date is null);
        if (undated > 0)
        {
            yield return Invariant($"role not determined for {Words.Count(undated, "undated statement")}");
        }
    }

    private void WriteSpeechActs()
    {
        var counts = _graph.Statements.GroupBy(s => s.Act).ToDictionary(g => g.Key, g => g.Count());
        var acts = Enum.GetValues<SpeechAct>();
        int actWidth = Math.Max("total".Length, acts.Max(act => Vocabulary.Spelling(act).Length));
        const int CameoWidth = 5, PloverWidth = 8, CountWidth = 10;

        _out.WriteLine();
        WriteHeading("Statements by speech act");
        _out.WriteLine($"  {"act".PadRight(actWidth)}  {"CAMEO".PadRight(CameoWidth)}  {"PLOVER".PadRight(PloverWidth)}  {"statements".PadLeft(CountWidth)}");
        foreach (var act in acts)
        {
            string plover = act.Plover() is { } type ? type.ToString().ToUpperInvariant() : "-";
            string count = counts.GetValueOrDefault(act).ToString(CultureInfo.InvariantCulture);
            _out.WriteLine($"  {Vocabulary.Spelling(act).PadRight(actWidth)}  {act.CameoCode().PadRight(CameoWidth)}  {plover.PadRight(PloverWidth)}  {count.PadLeft(CountWidth)}");
        }
        string total = _graph.Statements.Count.ToString(CultureInfo.InvariantCulture);
        _out.WriteLine($"  {"total".PadRight(actWidth)}  {"".PadRight(CameoWidth)}  {"".PadRight(PloverWidth)}  {total.PadLeft(CountWidth)}");
    }

    private void WriteExampleQuery(IEnumerable<Statement> query, [CallerArgumentExpression(nameof(query))] string linq = "")
    {
        var results = query.ToList();
        _out.WriteLine();
        WriteHeading("Example query");
        _out.WriteLine("  " + linq);
        _out.WriteLine(Invariant($"  {Words.Count(results.Count, "statement")}:"));
        foreach (var statement in results)
        {
            _out.WriteLine();
            WriteStatement(statement, indent: 2);
        }
    }

    /// <summary>Speaker, date, act and kind; the text; the citation (seed file and line) and the statement's ID.</summary>
    private void WriteStatement(Statement statement, int indent)
    {
        string margin = new(' ', indent);
        string date = statement.Date is { } d ? FormatDate(d, statement.DateBasis) : "undated";
        _out.WriteLine($"{margin}{statement.Speaker.Name}, {date}, {Vocabulary.Spelling(statement.Act)} ({Vocabulary.Spelling(statement.Kind)})");
        foreach (var line in Wrap("\"" + CollapseWhitespace(statement.Text) + "\"", Width - indent - 2))
        {
            _out.WriteLine($"{margin}  {line}");
        }
        _out.WriteLine(margin + "  " + Dim(Invariant($"{statement.Article.SourcePath}:{statement.Line}, statement {statement.Id}")));
    }

    private void WriteHeading(string text) => _out.WriteLine(_color ? "\u001b[1m" + text + "\u001b[0m" : text);

    private string Dim(string text) => _color ? "\u001b[2m" + text + "\u001b[0m" : text;

    private static string KindOf(Actor actor) => actor switch
    {
        Official => "official",
        Organization => "organization",
        Country => "country",
        _ => "unnamed",
    };

    private static string FormatDate(PartialDate date, DateBasis? basis) => basis is { } known ? $"{date} ({Vocabulary.Spelling(known)})" : date.ToString();

    private static int Digits(int value) => value.ToString(CultureInfo.InvariantCulture).Length;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    // A quote may span lines of the seed; shown on one logical line, wrapped at a fixed width.
    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>The statements under the name a generated corpus gives them, for the example query's text.</summary>
    private sealed record StatementList(IReadOnlyList<Statement> All);
}
