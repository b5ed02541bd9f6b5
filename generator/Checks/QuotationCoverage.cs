using System.Collections.Generic;
using System.Globalization;
using Corpus.Generator.Model;

namespace Corpus.Generator.Checks;

/// <summary>
/// Codebook, "Quoted passages": every passage in quotation marks in an article body is covered by
/// a statement or a not-speech entry (CORP050), reported at the passage in the seed, quoted.
/// </summary>
internal static class QuotationCoverage
{
    /// <param name="seedPath">The seed file's path, where the diagnostics are reported.</param>
    /// <param name="seedName">The seed's name, for the message.</param>
    /// <param name="text">The seed text.</param>
    /// <param name="outsideBody">Spans that are not the body (boilerplate, headline, subheadline): their marks are skipped.</param>
    /// <param name="covering">The located statements and not-speech passages.</param>
    public static IReadOnlyList<DiagnosticInfo> Check(
        string seedPath, string seedName, string text,
        IReadOnlyList<(int Start, int Length)> outsideBody, IReadOnlyList<(int Start, int Length)> covering)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var passage in Uncovered(text, outsideBody, covering))
        {
            var location = Locate(seedPath, text, passage.Start, passage.Length);
            string shown = text.Substring(passage.Start, passage.Length).Replace("\r", " ").Replace("\n", " ");
            if (shown.Length > 100) shown = shown.Substring(0, 97) + "…";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotCovered, location,
                shown, seedName, location.Line.ToString(CultureInfo.InvariantCulture)));
        }
        return diagnostics;
    }

    /// <summary>
    /// The quoted passages of the body that no <paramref name="covering"/> span takes in (up to the
    /// passage's <see cref="QuotedPassage.RequiredEnd"/>), in text order: what CORP050 reports, and what
    /// <c>corpus show</c> flags.
    /// </summary>
    /// <param name="text">The seed text.</param>
    /// <param name="outsideBody">Spans that are not the body: their marks are skipped.</param>
    /// <param name="covering">The located statements and not-speech passages.</param>
    public static IReadOnlyList<QuotedPassage> Uncovered(
        string text, IReadOnlyList<(int Start, int Length)> outsideBody, IReadOnlyList<(int Start, int Length)> covering)
    {
        var uncovered = new List<QuotedPassage>();
        foreach (var passage in QuotedPassages.Find(text, outsideBody))
        {
            bool covered = false;
            foreach (var c in covering)
            {
                if (passage.IsCoveredBy(text, c.Start, c.Length))
                {
                    covered = true;
                    break;
                }
            }
            if (!covered) uncovered.Add(passage);
        }
        return uncovered;
    }

    /// <summary>The location of a span of a seed, with 0-based line and column of both ends.</summary>
    public static LocationInfo Locate(string path, string text, int start, int length)
    {
        var (line, column) = Position(text, start);
        var (endLine, endColumn) = Position(text, start + length);
        return new LocationInfo(path, new TextRange(start, length, line, column, endLine, endColumn));
    }

    /// <summary>0-based line and column, with the line breaks the compiler counts (as <c>TextLocator</c> does).</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart);
    }
}
