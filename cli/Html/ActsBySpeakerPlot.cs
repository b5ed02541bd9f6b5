using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>Speech acts by speaker, as a grid of counts in inline SVG.</summary>
/// <remarks>
/// One row per speaker (the fifteen with most statements, then the rest together), one column per act.
/// Each cell prints its count and is shaded darker the larger it is: one hue, so the grid reads the same
/// to every reader and in grey print.
/// </remarks>
internal static class ActsBySpeakerPlot
{
    private const int MaxLabel = 28, MaxRows = 15, RowHeight = 22, CellWidth = 52, LabelWidth = 230, HeaderHeight = 118;

    public static void Write(HtmlWriter w, IReadOnlyList<Statement> statements)
    {
        var acts = Enum.GetValues<SpeechAct>();
        var speakers = statements.GroupBy(s => s.Speaker)
            .Select(g => (Speaker: g.Key, Statements: g.ToList()))
            .OrderByDescending(g => g.Statements.Count).ThenBy(g => g.Speaker.Name, StringComparer.Ordinal).ThenBy(g => Wording.KindOf(g.Speaker), StringComparer.Ordinal)
            .ToList();
        var rows = speakers.Take(MaxRows).Select(g => (Label: g.Speaker.Name, Link: ReportPaths.Of(g.Speaker), g.Statements)).ToList();
        if (speakers.Count > MaxRows)
        {
            var rest = speakers.Skip(MaxRows).ToList();
            rows.Add(($"{Wording.Count(rest.Count, "other speaker")}", null, rest.SelectMany(g => g.Statements).ToList()));
        }
        var counts = rows.Select(r => acts.Select(a => r.Statements.Count(s => s.Act == a)).ToArray()).ToList();
        int max = Math.Max(1, counts.Count == 0 ? 1 : counts.Max(c => c.Max()));

        w.Open("figure", ("class", "plot")).Line();
        w.Element("figcaption", "Speech acts by speaker").Line();
        if (rows.Count == 0)
        {
            w.Element("p", "No statement.", ("class", "muted")).Close("figure").Line();
            return;
        }
        int width = LabelWidth + acts.Length * CellWidth + 8, height = HeaderHeight + rows.Count * RowHeight + 4;
        w.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {Wording.Number(width)} {Wording.Number(height)}"), ("role", "img"),
            ("aria-label", "Grid of statement counts: one row per speaker, one column per speech act")).Line();
        for (int a = 0; a < acts.Length; a++)
        {
            double x = LabelWidth + a * CellWidth + CellWidth / 2.0;
            w.Element("text", Wording.Of(acts[a]), ("transform", $"translate({PlotStyle.Coordinate(x)},{Wording.Number(HeaderHeight - 6)}) rotate(-45)"), ("class", "tick"));
        }
        w.Line();
        for (int r = 0; r < rows.Count; r++)
        {
            int y = HeaderHeight + r * RowHeight;
            var (label, link, _) = rows[r];
            if (link is not null) w.Open("a", ("href", link));
            // A long name is shortened to fit beside the grid; its tooltip has it whole.
            w.Open("text", ("x", Wording.Number(LabelWidth - 6)), ("y", Wording.Number(y + 15)), ("text-anchor", "end"), ("class", "row-label"))
                .Element("title", label).Text(Shortened(label)).Close("text");
            if (link is not null) w.Close("a");
            for (int a = 0; a < acts.Length; a++)
            {
                int count = counts[r][a];
                double share = count / (double)max;
                int x = LabelWidth + a * CellWidth;
                // Lightness falls with the count; white text on the darkest cells.
                w.Open("rect", ("x", Wording.Number(x)), ("y", Wording.Number(y)), ("width", Wording.Number(CellWidth - 2)), ("height", Wording.Number(RowHeight - 2)),
                    ("fill", count == 0 ? "#f4f4f4" : "#0072B2"), ("fill-opacity", count == 0 ? null : PlotStyle.Coordinate(0.15 + 0.85 * share)));
                w.Element("title", $"{label}, {Wording.Of(acts[a])}: {Wording.Count(count, "statement")}").Close("rect");
                if (count > 0)
                    w.Element("text", Wording.Number(count), ("x", Wording.Number(x + CellWidth / 2 - 1)), ("y", Wording.Number(y + 15)), ("text-anchor", "middle"),
                        ("class", share > 0.55 ? "cell dark" : "cell"));
            }
            w.Line();
        }
        w.Close("svg").Line();
        w.Close("figure").Line();
    }

    private static string Shortened(string label)
    {
        if (label.Length <= MaxLabel) return label;
        int cut = MaxLabel - 1;
        if (char.IsHighSurrogate(label[cut - 1])) cut--;
        return label[..cut].TrimEnd() + "…";
    }
}
