using System.Collections.Generic;
using Corpus.Generator.Model;

namespace Corpus.Generator.Checks;

/// <summary>
/// Codebook, "Kinds": a <c>direct-quote</c> lies inside quotation marks in the article; a
/// <c>paraphrase</c> does not consist solely of quoted words; a <c>partial-quote</c> quotes some
/// words and is not wholly inside one quotation (CORP052).
/// </summary>
internal static class QuoteKind
{
    /// <param name="text">The seed text.</param>
    /// <param name="passages">Its quoted passages (<see cref="QuotedPassages.Find"/>).</param>
    /// <param name="kind">The statement's kind.</param>
    /// <param name="start">Where the statement's text starts in the seed.</param>
    /// <param name="length">Its length.</param>
    /// <param name="at">Where to report: the statement's <c>text</c> in the YAML.</param>
    public static DiagnosticInfo? Check(string text, IReadOnlyList<QuotedPassage> passages, StatementKind kind, int start, int length, LocationInfo at)
    {
        // A span may take in its own quotation marks ("\"We firmly oppose ...\""): look inside them.
        int end = start + length;
        while (start < end && IsMark(text[start])) start++;
        while (end > start && IsMark(text[end - 1])) end--;
        bool insideOne = false, containsOne = false;
        foreach (var p in passages)
        {
            if (p.Start <= start && end <= p.End) insideOne = true;
            if (p.IsCoveredBy(text, start, end - start)) containsOne = true;
        }
        string spelling = Vocabulary.Spelling(kind);
        return kind switch
        {
            StatementKind.DirectQuote when !insideOne => Report(at, spelling, "its text does not lie inside quotation marks in the article",
                containsOne ? "code it as a partial-quote (the article quotes part of it)" : "code it as a paraphrase, or quote the words inside the marks"),
            StatementKind.Paraphrase when insideOne => Report(at, spelling, "its words all lie inside quotation marks in the article", "code it as a direct-quote"),
            StatementKind.PartialQuote when insideOne => Report(at, spelling, "its words all lie inside one quotation", "code it as a direct-quote"),
            StatementKind.PartialQuote when !containsOne => Report(at, spelling, "it contains no passage in quotation marks",
                "code it as a paraphrase, or extend the text to the whole quoted passage"),
            _ => null,
        };
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”';

    private static DiagnosticInfo Report(LocationInfo at, string kind, string why, string fix) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.QuoteKindMismatch, at, kind, why, fix);
}
