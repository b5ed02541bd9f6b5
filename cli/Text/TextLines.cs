using System.Collections.Generic;

namespace Corpus.Cli;

/// <summary>The lines of a text as spans, without their line ends (<c>\n</c> or <c>\r\n</c>), numbered from 1 by position in the list.</summary>
public static class TextLines
{
    /// <summary>Every line; a final line end does not start another line.</summary>
    public static IReadOnlyList<TextSpan> Of(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i == text.Length && start == text.Length && start > 0) break;
            int end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add(new TextSpan(start, end - start));
            start = i + 1;
        }
        return lines;
    }
}
