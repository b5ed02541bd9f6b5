using System;
using System.Collections.Generic;

namespace Corpus.Generator.Checks;

/// <summary>A passage between double quotation marks: the offset and length of what is inside the marks.</summary>
internal readonly record struct QuotedPassage(int Start, int Length, bool Unpaired)
{
    public int End => Start + Length;

    /// <summary>
    /// The end of the part a statement must cover: a comma just before the closing mark belongs to
    /// the reporting sentence ("…deeper," Wang quoted) and need not be covered (codebook, "Trailing punctuation").
    /// </summary>
    public int RequiredEnd(string text)
    {
        int end = End;
        while (end > Start + 1 && (text[end - 1] == ',' || char.IsWhiteSpace(text[end - 1]))) end--;
        return end;
    }

    /// <summary>Whether the span from <paramref name="start"/> takes in the passage up to its <see cref="RequiredEnd"/>.</summary>
    public bool IsCoveredBy(string text, int start, int length) => start <= Start && RequiredEnd(text) <= start + length;
}

/// <summary>
/// Finds the passages in double quotation marks in an article's text, by these rules:
/// <list type="bullet">
/// <item>Only double marks count: straight <c>"</c> and curly <c>“ ”</c>, which pair with each other
/// (<c>“I’ve noted reports on this. … cybersecurity."</c> in 002 opens curly and closes straight).
/// Single marks are not scanned: <c>'</c> and <c>’</c> are mostly apostrophes, and the single-quoted
/// passages of the seeds ('maybe', 'difference of values,') lie inside double-quoted ones.</item>
/// <item>Marks pair within a paragraph, which in the seeds is a line.</item>
/// <item><c>“</c> opens and <c>”</c> closes. A straight mark opens when it follows the start of the
/// paragraph, a space or an opening bracket or dash and precedes a non-space; it closes when it follows a
/// non-space and precedes the end of the paragraph, a space or punctuation. When its neighbours do not
/// decide, it closes if a passage is open and opens otherwise.</item>
/// <item>A closing mark closes the innermost open passage, so quotes nest: in 002's
/// <c>"And yet, … the so-called "clean network" that excludes … none."</c> the inner mark before
/// <c>clean</c> opens (it follows a space), so "clean network" is one passage inside the outer one.</item>
/// <item>Unpaired marks are kept, not dropped: an opening mark left open at the end of its paragraph
/// (the convention for a quotation running on into the next paragraph) quotes up to the paragraph's end;
/// a closing mark with nothing open quotes from the paragraph's start.</item>
/// <item>Marks inside the ignored ranges (boilerplate) are skipped.</item>
/// </list>
/// </summary>
internal static class QuotedPassages
{
    /// <summary>The passages of <paramref name="text"/>, skipping the marks inside the <paramref name="ignored"/> spans.</summary>
    public static IReadOnlyList<QuotedPassage> Find(string text, IReadOnlyList<(int Start, int Length)> ignored) =>
        Find(text, i => Inside(ignored, i));

    public static IReadOnlyList<QuotedPassage> Find(string text, Func<int, bool> isIgnored)
    {
        var passages = new List<QuotedPassage>();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            if (lineEnd > lineStart && text[lineEnd - 1] == '\r') lineEnd--;
            FindInParagraph(text, lineStart, lineEnd, isIgnored, passages);
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        passages.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return passages;
    }

    private static void FindInParagraph(string text, int start, int end, Func<int, bool> isIgnored, List<QuotedPassage> passages)
    {
        var open = new Stack<int>();
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if ((c != '"' && c != '“' && c != '”') || isIgnored(i)) continue;
            bool opens = c switch
            {
                '“' => true,
                '”' => false,
                _ => StraightMarkOpens(text, i, start, end, open.Count > 0),
            };
            if (opens)
            {
                open.Push(i);
            }
            else if (open.Count > 0)
            {
                int from = open.Pop() + 1;
                Add(text, passages, from, i, unpaired: false);
            }
            else
            {
                Add(text, passages, start, i, unpaired: true);
            }
        }
        while (open.Count > 0)
        {
            Add(text, passages, open.Pop() + 1, end, unpaired: true);
        }
    }

    private static bool StraightMarkOpens(string text, int i, int start, int end, bool somethingIsOpen)
    {
        char before = i > start ? text[i - 1] : ' ';
        char after = i + 1 < end ? text[i + 1] : ' ';
        bool canOpen = (char.IsWhiteSpace(before) || "([{–—-/".IndexOf(before) >= 0) && !char.IsWhiteSpace(after);
        bool canClose = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
        if (canOpen != canClose) return canOpen;
        return !somethingIsOpen;
    }

    private static void Add(string text, List<QuotedPassage> passages, int from, int to, bool unpaired)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        if (to > from) passages.Add(new QuotedPassage(from, to - from, unpaired));
    }

    private static bool Inside(IReadOnlyList<(int Start, int Length)> spans, int offset)
    {
        foreach (var s in spans)
        {
            if (offset >= s.Start && offset < s.Start + s.Length) return true;
        }
        return false;
    }
}
