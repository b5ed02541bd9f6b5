using System.Globalization;

namespace Corpus.Cli.Html;

/// <summary>What the plots share: series looks that differ in colour and in pattern, and number formatting.</summary>
internal static class PlotStyle
{
    // Okabe–Ito, distinguishable with any common colour-vision deficiency; black is kept for text.
    public static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];

    public const int Series = 8;

    /// <summary>Writes one pattern per series: its colour with white lines of its own angle or dots, so print in grey still tells them apart.</summary>
    public static void WritePatterns(HtmlWriter w, string prefix)
    {
        w.Open("defs");
        for (int i = 0; i < Series; i++)
        {
            w.Open("pattern", ("id", prefix + Wording.Number(i)), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse"));
            w.Open("rect", ("width", "8"), ("height", "8"), ("fill", Colours[i])).Close("rect");
            string? lines = i switch
            {
                0 => null,
                1 => "M0,8 L8,0",
                2 => "M0,0 L8,8",
                3 => "M0,4 L8,4",
                4 => "M4,0 L4,8",
                5 => "M0,4 L8,4 M4,0 L4,8",
                6 => "M0,8 L8,0 M0,0 L8,8",
                _ => null,
            };
            if (lines is not null) w.Open("path", ("d", lines), ("stroke", "#ffffff"), ("stroke-width", "1.5")).Close("path");
            if (i == 7) w.Open("circle", ("cx", "4"), ("cy", "4"), ("r", "1.6"), ("fill", "#ffffff")).Close("circle");
            w.Close("pattern");
        }
        w.Close("defs").Line();
    }

    public static string Fill(string prefix, int series) => "url(#" + prefix + Wording.Number(series) + ")";

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
