using System.Collections.Generic;

namespace Corpus.Cli;

/// <summary>A span of an article text: UTF-16 offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the two spans share a character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}

/// <summary>
/// Finds the passages of a text that stand in quotation marks: between straight double quotes
/// or curly ones (“…”), within one line, the marks themselves excluded. What the annotation rules
/// call "every passage in quotation marks", which must be a statement or not-speech.
/// </summary>
public static class Quotations
{
    /// <summary>The quoted passages, in text order.</summary>
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var spans = new List<TextSpan>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                // An unclosed quotation ends with its paragraph.
                open = -1;
            }
            else if (open < 0 && (c == '"' || c == '“'))
            {
                open = i;
            }
            else if (open >= 0 && (c == '"' || c == '”'))
            {
                if (i - open > 1) spans.Add(new TextSpan(open + 1, i - open - 1));
                open = -1;
            }
        }
        return spans;
    }
}
