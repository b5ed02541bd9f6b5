extern alias generator;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using generator::Corpus.Generator.Checks;

namespace Corpus.Cli;

/// <summary>
/// A starting annotation for an article: the <c>article</c> block, a statement for every quoted
/// passage and every sentence where a named speaker said, told, added … something, each with its
/// text copied verbatim, and the lines that look like boilerplate. What a person must decide —
/// each statement's speaker and act — is left out, so the build reports it as a missing key until
/// it is filled in.
/// </summary>
public static partial class AnnotationScaffold
{
    /// <summary>The speech acts, as the comment under each statement lists them.</summary>
    private static readonly string s_acts = string.Join(" | ", Vocabulary.Spellings<SpeechAct>());

    /// <summary>Writes the scaffold for the article <paramref name="text"/>.</summary>
    /// <param name="text">The seed's text.</param>
    /// <param name="source">The seed's name as <c>source</c> takes it: its path below <c>seeds/</c>.</param>
    /// <param name="seedDisplay">How the header comment names the seed.</param>
    /// <param name="modeline">The first line: where editors find the schema (<see cref="AnnotationSchema.Modeline"/>).</param>
    public static string Build(string text, string source, string seedDisplay, string modeline)
    {
        string articleId = ArticleId(source);
        var lines = TextLines.Of(text);
        var output = new StringBuilder();
        output.Append(modeline).Append('\n');
        output.Append("# Started by 'corpus new' from ").Append(seedDisplay).Append(". The build rejects it until every\n");
        output.Append("# statement has a speaker and an act: decide them, check each text and kind, and delete\n");
        output.Append("# what is not speech (or move it to not-speech). docs/annotation-format.md has every key.\n");
        output.Append("article:\n");
        output.Append("  id: ").Append(articleId).Append('\n');
        output.Append("  source: ").Append(Scalar(source)).Append('\n');
        var headline = lines.FirstOrDefault(l => text.Substring(l.Start, l.Length).Trim().Length > 0);
        if (headline.Length > 0)
        {
            output.Append("  headline: ").Append(Scalar(text.Substring(headline.Start, headline.Length).Trim()))
                .Append("   # the first line; delete if it is not the headline\n");
        }
        output.Append("  # published: YYYY-MM-DD\n");

        var boilerplate = lines
            .Select(l => (Line: l, Kind: BoilerplateKindOf(text.Substring(l.Start, l.Length).Trim())))
            .Where(b => b.Kind is not null)
            .ToList();
        if (boilerplate.Count > 0)
        {
            output.Append("  boilerplate:\n");
            foreach (var (line, kind) in boilerplate)
            {
                output.Append("    - text: ").Append(Scalar(text.Substring(line.Start, line.Length).Trim())).Append('\n');
                output.Append("      kind: ").Append(kind).Append('\n');
            }
        }

        // The headline is not the body: the build takes no statement there and requires none for its quotations.
        var outsideBody = boilerplate.Select(b => b.Line).ToList();
        if (headline.Length > 0) outsideBody.Add(headline);
        var candidates = Candidates(text, lines, outsideBody);
        output.Append('\n');
        output.Append(candidates.Count == 0 ? "statements: []\n" : "statements:\n");
        int number = 0;
        foreach (var candidate in candidates)
        {
            number++;
            string passage = text.Substring(candidate.Span.Start, candidate.Span.Length);
            output.Append(CultureInfo.InvariantCulture, $"  # line {LineOf(lines, candidate.Span.Start)}: {candidate.Why}\n");
            output.Append(CultureInfo.InvariantCulture, $"  - id: {articleId}-{number}\n");
            output.Append("    kind: ").Append(candidate.Kind).Append('\n');
            output.Append("    text: ").Append(Scalar(passage)).Append('\n');
            int occurrence = Occurrence(text, passage, candidate.Span.Start);
            if (occurrence > 0) output.Append(CultureInfo.InvariantCulture, $"    occurrence: {occurrence}\n");
            output.Append("    # speaker: ").Append(candidate.Speaker is { } name ? $"{name}?  " : "").Append("an official or organization ID, a country code, or unnamed: …\n");
            output.Append("    # act: ").Append(s_acts).Append('\n');
        }
        return output.ToString();
    }

    private sealed record Candidate(TextSpan Span, string Kind, string Why, string? Speaker);

    private static List<Candidate> Candidates(string text, IReadOnlyList<TextSpan> lines, List<TextSpan> outsideBody)
    {
        var candidates = new List<Candidate>();
        var sentences = Sentences(text, lines).Where(s => !outsideBody.Any(o => o.Overlaps(s))).ToList();
        // The build's scanner (CORP050 asks that each of these passages be covered). A quotation inside another is
        // covered by the outer one's statement; the text stops before a trailing comma, as the build asks.
        var passages = QuotedPassages.Find(text, outsideBody.Select(o => (o.Start, o.Length)).ToList());
        var quotes = passages
            .Where(q => !passages.Any(outer => outer != q && outer.Start <= q.Start && q.End <= outer.End))
            .Select(q => new TextSpan(q.Start, q.RequiredEnd(text) - q.Start))
            .ToList();
        foreach (var quote in quotes)
        {
            var sentence = sentences.FirstOrDefault(s => s.Overlaps(quote));
            // The text is the quotation's inside, so its words all lie inside one quotation: a direct quote
            // (codebook, "Kinds"; the build's CORP052 holds annotators to it).
            string? speaker = sentence.Length > 0 ? NamedSpeaker(text.Substring(sentence.Start, sentence.Length)) : null;
            candidates.Add(new Candidate(quote, "direct-quote", "in quotation marks", speaker));
        }
        foreach (var sentence in sentences)
        {
            if (quotes.Any(q => q.Overlaps(sentence))) continue;
            string sentenceText = text.Substring(sentence.Start, sentence.Length);
            if (NamedSpeaker(sentenceText) is not { } speaker) continue;
            candidates.Add(new Candidate(sentence, "paraphrase", "reported speech; cut the text down to what was said", speaker));
        }
        return candidates.OrderBy(c => c.Span.Start).ToList();
    }

    /// <summary>The sentences of each line: split after . ! ? followed by a space and a capital or a quotation mark.</summary>
    private static IEnumerable<TextSpan> Sentences(string text, IReadOnlyList<TextSpan> lines)
    {
        foreach (var line in lines)
        {
            int start = line.Start;
            foreach (Match boundary in SentenceBoundary().Matches(text.Substring(line.Start, line.Length)))
            {
                int end = line.Start + boundary.Index;
                var sentence = Trim(text, new TextSpan(start, end - start));
                if (sentence.Length > 0) yield return sentence;
                start = line.Start + boundary.Index + boundary.Length;
            }
            var last = Trim(text, new TextSpan(start, line.End - start));
            if (last.Length > 0) yield return last;
        }
    }

    /// <summary>
    /// The name of two or more capitalized words nearest before the first reporting verb ("the chair,
    /// Mira Solberg, said"), or right after it ("said Li Tao"); null when there is none.
    /// </summary>
    private static string? NamedSpeaker(string sentence)
    {
        var verb = ReportingVerb().Match(sentence);
        if (!verb.Success) return null;
        var before = Name().Matches(sentence.Substring(0, verb.Index)).LastOrDefault();
        if (before is not null) return before.Value;
        var after = Name().Match(sentence, verb.Index + verb.Length);
        return after.Success && sentence.AsSpan(verb.Index + verb.Length, after.Index - verb.Index - verb.Length).Trim().IsEmpty ? after.Value : null;
    }

    private static string? BoilerplateKindOf(string line)
    {
        if (AlsoRead().IsMatch(line)) return "also-read";
        if (Caption().IsMatch(line)) return "caption";
        if (Footer().IsMatch(line)) return "footer";
        if (Advertisement().IsMatch(line)) return "advertisement";
        return null;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end - start);
    }

    /// <summary>The 1-based occurrence of <paramref name="passage"/> at <paramref name="start"/>, or 0 when it occurs once.</summary>
    private static int Occurrence(string text, string passage, int start)
    {
        int count = 0, index = -1, mine = 0;
        while ((index = text.IndexOf(passage, index + 1, StringComparison.Ordinal)) >= 0)
        {
            count++;
            if (index == start) mine = count;
        }
        return count > 1 ? mine : 0;
    }

    private static int LineOf(IReadOnlyList<TextSpan> lines, int offset)
    {
        for (int i = 0; i < lines.Count; i++) if (offset <= lines[i].End) return i + 1;
        return lines.Count;
    }

    /// <summary>The article ID made from the seed name: lowercase words and digits joined by hyphens, starting with a letter.</summary>
    public static string ArticleId(string source)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(source.Replace('\\', '/').Split('/').Last());
        string id = string.Join("-", NonWord().Split(name.ToLowerInvariant()).Where(part => part.Length > 0));
        if (id.Length == 0 || id[0] < 'a' || id[0] > 'z') id = "article-" + id;
        return id.TrimEnd('-');
    }

    // Single-quoted YAML: no escapes but '' for ', so the text stays as readable as in the article.
    private static string Scalar(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}""“])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\b(said|says|told|tells|added|adds|stressed|stresses|urged|urges|noted|notes|stated|states|warned|warns|claimed|claims|insisted|insists|argued|argues|emphasized|emphasised|declared|declares|announced|announces|accused|accuses|denied|denies|called on|called for|asserted|asserts|pointed out|underlined|reiterated|reiterates)\b")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+")]
    private static partial Regex Name();

    [GeneratedRegex(@"^(ALSO READ|READ MORE|READ ALSO|RELATED)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoRead();

    [GeneratedRegex(@"^(Photo|Photograph|Image|Picture|File photo)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"(^(Copyright|©|\(c\)\s*\d{4})|All rights reserved)", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    [GeneratedRegex(@"^(Advertisement|Sponsored)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advertisement();
}
