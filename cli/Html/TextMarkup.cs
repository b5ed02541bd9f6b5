using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>A range of an article's text to mark up: a statement, a boilerplate or a not-speech passage.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Layer">Which of two marks over the same characters is outside: the lower layer.</param>
/// <param name="Attributes">The element's attributes.</param>
/// <param name="PartAttributes">The attributes of a continuation, when a crossing mark must be split.</param>
internal sealed record TextMark(int Start, int Length, int Layer, HtmlWriter.Attribute[] Attributes, HtmlWriter.Attribute[] PartAttributes)
{
    public int End => Start + Length;
}

/// <summary>Writes a text with marks as nested <c>span</c>s.</summary>
/// <remarks>
/// Nested marks nest. Marks that cross cannot both be one element; the one opened first stays
/// whole and the other is closed where the first ends and reopened as a continuation (its
/// <see cref="TextMark.PartAttributes"/>), so each mark has exactly one element with its full text
/// only when it crosses nothing that began before it.
/// </remarks>
internal static class TextMarkup
{
    public static void Write(HtmlWriter w, string text, IReadOnlyList<TextMark> marks)
    {
        // Outer before inner: earlier start, then longer, then lower layer, then as given.
        var ordered = marks
            .Select((mark, index) => (Mark: mark, Index: index))
            .Where(m => m.Mark.Length > 0)
            .OrderBy(m => m.Mark.Start)
            .ThenByDescending(m => m.Mark.Length)
            .ThenBy(m => m.Mark.Layer)
            .ThenBy(m => m.Index)
            .Select(m => m.Mark)
            .ToList();
        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var mark in ordered)
        {
            boundaries.Add(mark.Start);
            boundaries.Add(mark.End);
        }

        var open = new List<TextMark>();
        var reopen = new List<TextMark>();
        int position = 0, next = 0;
        foreach (int boundary in boundaries)
        {
            w.Text(text, position, boundary - position);
            position = boundary;

            int lowest = open.FindIndex(m => m.End == boundary);
            if (lowest >= 0)
            {
                reopen.Clear();
                for (int i = open.Count - 1; i >= lowest; i--)
                {
                    w.Close("span");
                    if (open[i].End != boundary) reopen.Insert(0, open[i]);
                }
                open.RemoveRange(lowest, open.Count - lowest);
                foreach (var mark in reopen)
                {
                    w.Open("span", mark.PartAttributes);
                    open.Add(mark);
                }
            }

            while (next < ordered.Count && ordered[next].Start == boundary)
            {
                w.Open("span", ordered[next].Attributes);
                open.Add(ordered[next]);
                next++;
            }
        }
    }
}
