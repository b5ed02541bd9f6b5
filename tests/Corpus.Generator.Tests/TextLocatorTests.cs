extern alias generator;

using System;
using System.Collections.Generic;
using System.Linq;
using generator::Corpus.Generator.Linking;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Where <see cref="TextLocator"/> says a passage is, checked against the definition it implements:
/// fold the text one character at a time (quotes unified, each run of whitespace one space), keep
/// beside each folded character the offset of the original one it stands for, and read matches through that.
/// </summary>
public class TextLocatorTests
{
    private const string Alphabet = "ab \n\t\r\u00A0\u201C\u201D\"\u2019'";

    [Fact]
    public void Matches_point_at_the_original_characters_of_every_passage()
    {
        var random = new Random(20261130);
        for (int round = 0; round < 2_000; round++)
        {
            string text = RandomText(random, random.Next(0, 120));
            var locator = new TextLocator(text);
            for (int n = 0; n < 6; n++)
            {
                int start = random.Next(0, text.Length + 1);
                string needle = n == 0 ? RandomText(random, random.Next(1, 5)) : text.Substring(start, random.Next(0, text.Length - start + 1));
                var expected = Reference(text, needle);
                var actual = locator.Matches(needle).ToList();
                Assert.True(expected.SequenceEqual(actual), $"text {Show(text)}, needle {Show(needle)}: expected {string.Join(" ", expected)}, found {string.Join(" ", actual)}");
            }
        }
    }

    [Fact]
    public void A_passage_across_a_paragraph_break_spans_the_break_in_the_article()
    {
        const string text = "He said:\n\n  \u201CWe will respond.\u201D\r\n\r\nShe  added \u2019no\u2019.";
        var locator = new TextLocator(text);
        var match = Assert.Single(locator.Matches(": \"We will respond.\" She added 'no'"));
        Assert.Equal((7, text.Length - 1 - 7), match);
        // Offsets after two folded runs are shifted by both.
        Assert.Equal((34, 3), Assert.Single(locator.Matches("She")));
        Assert.Equal((39, 5), Assert.Single(locator.Matches("added")));
    }

    private static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

    private static string Show(string s) => "\"" + s.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";

    /// <summary>The matches by the definition: a full map from folded to original offsets, an ordinal search of the folded text.</summary>
    private static List<(int Start, int Length)> Reference(string text, string needle)
    {
        var (folded, map) = Fold(text, trim: false);
        string pattern = Fold(needle, trim: true).Folded;
        var matches = new List<(int, int)>();
        if (pattern.Length == 0) return matches;
        for (int at = folded.IndexOf(pattern, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(pattern, at + 1, StringComparison.Ordinal))
        {
            int start = map[at];
            matches.Add((start, map[at + pattern.Length - 1] + 1 - start));
        }
        return matches;
    }

    private static (string Folded, List<int> Map) Fold(string text, bool trim)
    {
        var folded = new System.Text.StringBuilder();
        var map = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                int run = i;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (trim && (folded.Length == 0 || i == text.Length)) continue;
                folded.Append(' ');
                map.Add(run);
                continue;
            }
            char c = text[i];
            folded.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
                _ => c,
            });
            map.Add(i);
            i++;
        }
        return (folded.ToString(), map);
    }
}
