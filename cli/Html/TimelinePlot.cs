using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>Statements by date and speaker country, as stacked bars in inline SVG.</summary>
/// <remarks>
/// Bars are years, or months when the dated statements span three years or less. The seven countries
/// with most statements get a series each, the rest share one, so the legend stays short; exact counts
/// are in each bar's tooltip and in the table below the plot.
/// </remarks>
internal static class TimelinePlot
{
    private const string Prefix = "tl";
    private const int Width = 760, Height = 280, Left = 40, Right = 10, Top = 16, Bottom = 44;

    public static void Write(HtmlWriter w, IReadOnlyList<Statement> statements)
    {
        var dated = statements.Where(s => s.Date is not null).ToList();
        int undated = statements.Count - dated.Count;
        w.Open("figure", ("class", "plot")).Line();
        w.Element("figcaption", "Statements by date and speaker country" + (undated > 0 ? $" ({Wording.Count(undated, "undated statement")} not shown)" : "")).Line();
        if (dated.Count == 0)
        {
            w.Element("p", "No dated statement.", ("class", "muted")).Close("figure").Line();
            return;
        }

        int firstYear = dated.Min(s => s.Date!.Value.Year), lastYear = dated.Max(s => s.Date!.Value.Year);
        bool byMonth = lastYear - firstYear < 3;
        var buckets = new List<string>();
        for (int year = firstYear; year <= lastYear; year++)
        {
            if (!byMonth) buckets.Add(Wording.Number(year));
            else for (int month = 1; month <= 12; month++) buckets.Add(Wording.Number(year) + "-" + Wording.TwoDigits(month));
        }
        // A date known only to the year counts in January when bars are months: its first day.
        string BucketOf(PartialDate d) => byMonth ? Wording.Number(d.Year) + "-" + Wording.TwoDigits(d.Month ?? 1) : Wording.Number(d.Year);
        string CountryOf(Statement s) => s.Speaker.Country?.Code ?? "none";

        var ranked = dated.GroupBy(CountryOf).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var series = ranked.Count <= PlotStyle.Series ? ranked : ranked.Take(PlotStyle.Series - 1).Append("other").ToList();
        int SeriesOf(Statement s) => Math.Min(ranked.IndexOf(CountryOf(s)), series.Count - 1);
        var counts = new int[buckets.Count, series.Count];
        var bucketIndex = buckets.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        foreach (var s in dated) counts[bucketIndex[BucketOf(s.Date!.Value)], SeriesOf(s)]++;
        int max = Enumerable.Range(0, buckets.Count).Max(b => Enumerable.Range(0, series.Count).Sum(k => counts[b, k]));

        w.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {Width} {Height}"), ("role", "img"),
            ("aria-label", $"Stacked bars: statements per {(byMonth ? "month" : "year")} from {buckets[0]} to {buckets[^1]}, by speaker country")).Line();
        PlotStyle.WritePatterns(w, Prefix);
        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom;
        double slot = plotWidth / buckets.Count, barWidth = Math.Max(1, slot * 0.75);
        // Axis: zero line and the maximum.
        w.Open("line", ("x1", Wording.Number(Left)), ("x2", Wording.Number(Width - Right)), ("y1", Wording.Number(Height - Bottom)), ("y2", Wording.Number(Height - Bottom)), ("class", "axis")).Close("line");
        w.Element("text", Wording.Number(max), ("x", Wording.Number(Left - 4)), ("y", Wording.Number(Top + 4)), ("text-anchor", "end"), ("class", "tick"));
        w.Element("text", "0", ("x", Wording.Number(Left - 4)), ("y", Wording.Number(Height - Bottom)), ("text-anchor", "end"), ("class", "tick")).Line();
        int labelEvery = Math.Max(1, (int)Math.Ceiling(buckets.Count / 16.0));
        for (int b = 0; b < buckets.Count; b++)
        {
            double x = Left + b * slot + (slot - barWidth) / 2, y = Height - Bottom;
            int total = 0;
            for (int k = 0; k < series.Count; k++)
            {
                int count = counts[b, k];
                if (count == 0) continue;
                double h = count / (double)max * plotHeight;
                y -= h;
                total += count;
                w.Open("rect", ("x", PlotStyle.Coordinate(x)), ("y", PlotStyle.Coordinate(y)), ("width", PlotStyle.Coordinate(barWidth)), ("height", PlotStyle.Coordinate(h)),
                    ("fill", PlotStyle.Fill(Prefix, k)), ("stroke", "#222"), ("stroke-width", "0.5"));
                w.Element("title", $"{buckets[b]}, {series[k]}: {Wording.Count(count, "statement")}").Close("rect");
            }
            if (total > 0 && barWidth >= 14)
                w.Element("text", Wording.Number(total), ("x", PlotStyle.Coordinate(x + barWidth / 2)), ("y", PlotStyle.Coordinate(y - 3)), ("text-anchor", "middle"), ("class", "value"));
            if (b % labelEvery == 0)
                w.Element("text", buckets[b], ("x", PlotStyle.Coordinate(x + barWidth / 2)), ("y", Wording.Number(Height - Bottom + 14)), ("text-anchor", "middle"), ("class", "tick"));
            w.Line();
        }
        // The legend: a swatch with the series' colour and pattern, and its name.
        for (int k = 0; k < series.Count; k++)
        {
            double x = Left + k * 88;
            w.Open("rect", ("x", PlotStyle.Coordinate(x)), ("y", Wording.Number(Height - 18)), ("width", "14"), ("height", "14"), ("fill", PlotStyle.Fill(Prefix, k)), ("stroke", "#222"), ("stroke-width", "0.5")).Close("rect");
            w.Element("text", series[k], ("x", PlotStyle.Coordinate(x + 18)), ("y", Wording.Number(Height - 6)), ("class", "legend-label"));
        }
        w.Close("svg").Line();

        // The same numbers as a table, for screen readers and exact reading.
        w.Open("details").Element("summary", "Table").Open("table").Open("thead").Open("tr").Element("th", byMonth ? "Month" : "Year");
        foreach (var name in series) w.Element("th", name);
        w.Close("tr").Close("thead").Open("tbody").Line();
        for (int b = 0; b < buckets.Count; b++)
        {
            int rowTotal = Enumerable.Range(0, series.Count).Sum(k => counts[b, k]);
            if (rowTotal == 0) continue;
            w.Open("tr").Element("th", buckets[b]);
            for (int k = 0; k < series.Count; k++) w.Element("td", Wording.Number(counts[b, k]));
            w.Close("tr").Line();
        }
        w.Close("tbody").Close("table").Close("details").Line();
        w.Close("figure").Line();
    }
}
