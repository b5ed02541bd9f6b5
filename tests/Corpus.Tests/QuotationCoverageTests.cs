using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>
/// The annotation rule "every passage in quotation marks in an article body is covered by a
/// statement's text, or by a not-speech entry with its reason", checked against the seed texts.
/// See <see cref="QuotedPassages"/> for how quoted passages are found (which marks, pairing, nesting,
/// unpaired marks).
/// </summary>
/// <remarks>
/// A passage is covered when one statement or one not-speech passage contains all of it, the
/// characters inside the marks; a comma just before the closing mark belongs to the reporting
/// sentence ("…deeper," Wang quoted) and need not be covered. Boilerplate is skipped; a
/// headline is checked like the body.
/// </remarks>
public class QuotationCoverageTests
{
    public static TheoryData<string> ArticleIds() => new(Articles.All.Select(a => a.Id));

    private static Article ArticleById(string id) => Articles.All.Single(a => a.Id == id);

    private static IReadOnlyList<QuotedPassage> QuotedPassagesOf(Article article) =>
        QuotedPassages.Find(article.Text, i => article.Boilerplate.Any(p => i >= p.Start && i < p.Start + p.Length));

    /// <summary>The part that must be covered: the passage without a trailing comma.</summary>
    private static (int Start, int End) Required(string text, QuotedPassage passage)
    {
        int end = passage.End;
        while (end > passage.Start + 1 && (text[end - 1] == ',' || char.IsWhiteSpace(text[end - 1]))) end--;
        return (passage.Start, end);
    }

    private static string Where(Article article, int offset)
    {
        string before = article.Text.Substring(0, offset);
        int line = 1 + before.Count(c => c == '\n');
        int column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return $"{article.SourcePath}({line},{column})";
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Every_quoted_passage_is_covered_by_a_statement_or_a_not_speech_passage(string articleId)
    {
        var article = ArticleById(articleId);
        var covering = article.Statements.Select(s => (s.Start, End: s.Start + s.Length))
            .Concat(article.NotSpeech.Select(p => (p.Start, End: p.Start + p.Length)))
            .ToList();

        var uncovered = new StringBuilder();
        foreach (var passage in QuotedPassagesOf(article))
        {
            var (start, end) = Required(article.Text, passage);
            if (!covering.Any(c => c.Start <= start && end <= c.End))
            {
                uncovered.Append("\n  ").Append(Where(article, passage.Start)).Append(passage.Unpaired ? " (unpaired mark) " : " ")
                    .Append('«').Append(article.Text, passage.Start, passage.Length).Append('»');
            }
        }
        Assert.True(uncovered.Length == 0, $"Quoted passages covered by no statement and no not-speech entry:{uncovered}");
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void No_statement_cuts_a_quoted_passage_in_two(string articleId)
    {
        // The schema: a statement's text "must contain any quoted passage it covers in full".
        var article = ArticleById(articleId);
        var cut = new StringBuilder();
        foreach (var passage in QuotedPassagesOf(article))
        {
            var (start, end) = Required(article.Text, passage);
            foreach (var s in article.Statements)
            {
                int sEnd = s.Start + s.Length;
                bool overlaps = s.Start < end && start < sEnd;
                bool nested = (s.Start <= start && end <= sEnd) || (start <= s.Start && sEnd <= end);
                if (overlaps && !nested)
                    cut.Append("\n  ").Append(s.Id).Append(" at ").Append(Where(article, s.Start)).Append(" cuts «").Append(article.Text, passage.Start, passage.Length).Append('»');
            }
        }
        Assert.True(cut.Length == 0, $"Statements that take part of a quoted passage:{cut}");
    }

    [Fact]
    public void Every_not_speech_passage_is_in_quotation_marks()
    {
        Assert.All(Articles.All.SelectMany(a => a.NotSpeech), n =>
        {
            var quoted = QuotedPassagesOf(n.Article);
            Assert.True(quoted.Any(q => q.Start <= n.Start && n.Start + n.Length <= q.End), $"not-speech «{n.Text}» is not quoted");
        });
    }

    [Fact]
    public void The_seeds_hold_the_quoted_passages_the_rule_is_checked_against()
    {
        // Guards the scanner: if it stopped finding passages, the coverage test would pass vacuously.
        var counts = Articles.All.ToDictionary(a => a.SourcePath, a => QuotedPassagesOf(a).Count);
        Assert.Equal(8, counts["000_2e0b61488855ce80.txt"]);
        Assert.Equal(13, counts["001_960ca792217014db.txt"]);
        Assert.Equal(6, counts["002_8915fdc5113780ed.txt"]);
        Assert.Equal(7, counts["003_d6835be19922cc3e.txt"]);
        Assert.Equal(4, counts["004_1e278fe6e9cedae5.txt"]);
        Assert.DoesNotContain(Articles.All.SelectMany(QuotedPassagesOf), p => p.Unpaired);
    }

    // --- the scanner's rules ----------------------------------------------------------------

    private static string[] Quoted(string text, params (int Start, int Length)[] ignored) =>
        QuotedPassages.Find(text, i => ignored.Any(r => i >= r.Start && i < r.Start + r.Length))
            .Select(p => (p.Unpaired ? "unpaired:" : "") + text.Substring(p.Start, p.Length))
            .ToArray();

    [Fact]
    public void Curly_and_straight_marks_pair_with_each_other()
    {
        Assert.Equal(new[] { "a b" }, Quoted("He said “a b” today."));
        Assert.Equal(new[] { "I’ve noted reports on this. The US is the threat." }, Quoted("“I’ve noted reports on this. The US is the threat.\""));
        Assert.Equal(new[] { "A,", "B." }, Quoted("\"A,\" he said, \"B.\""));
    }

    [Fact]
    public void Straight_marks_nest_by_their_neighbours()
    {
        const string text = "\"And yet, it touts the so-called \"clean network\" that excludes countries. Perhaps none.\"";
        Assert.Equal(
            new[] { "And yet, it touts the so-called \"clean network\" that excludes countries. Perhaps none.", "clean network" },
            Quoted(text));
        Assert.Equal(new[] { "trumped-up charge" }, Quoted("called allegations a \"trumped-up charge\"."));
    }

    [Fact]
    public void Single_marks_are_not_passages()
    {
        Assert.Equal(
            new[] { "few conflicts, but many under the excuse of 'difference of values,'" },
            Quoted("\"few conflicts, but many under the excuse of 'difference of values,'\" he said. Guterres' remarks"));
    }

    [Fact]
    public void Marks_pair_within_a_paragraph_and_unpaired_marks_quote_to_its_edge()
    {
        Assert.Equal(new[] { "unpaired:Runs on into the next paragraph", "unpaired:It ends here." }, Quoted("\"Runs on into the next paragraph\n\nIt ends here.\" he said"));
        Assert.Equal(new[] { "one", "two" }, Quoted("a “one”\nb “two”"));
    }

    [Fact]
    public void Marks_in_ignored_ranges_are_skipped()
    {
        const string text = "ALSO READ: \"Ad\"\nHe said \"yes\".";
        Assert.Equal(new[] { "yes" }, Quoted(text, (0, 16)));
        Assert.Equal(new[] { "Ad", "yes" }, Quoted(text));
    }
}
