using System;
using System.Linq;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>Code point offsets, as the export gives them for Python, against their definition: every UTF-16 unit before the offset counts, except the second half of a surrogate pair.</summary>
public sealed class CodePointOffsetsTests
{
    private static int Definition(string text, int utf16) =>
        Enumerable.Range(0, utf16).Count(k => !(char.IsLowSurrogate(text[k]) && k > 0 && char.IsHighSurrogate(text[k - 1])));

    [Fact]
    public void Every_offset_of_texts_with_pairs_and_lone_halves_counts_as_the_definition_says()
    {
        var random = new Random(11);
        string[] pieces = { "a", " ", "é", "\U0001F600", "\U00020BB7", "\uD800", "\uDC00", "\n" };
        for (int round = 0; round < 500; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var offsets = CodePointOffsets.Of(text);
            for (int i = 0; i <= text.Length; i++) Assert.Equal(Definition(text, i), offsets.CodePointAt(i));
            int start = random.Next(0, text.Length + 1), length = random.Next(0, text.Length - start + 1);
            Assert.Equal((Definition(text, start), Definition(text, start + length) - Definition(text, start)), offsets.Span(start, length));
        }
    }

    [Fact]
    public void A_text_read_by_code_points_agrees_with_its_runes()
    {
        const string text = "Cyber \U0001F6E1 norms, \U00020BB7 and \u00E9.";
        var offsets = CodePointOffsets.Of(text);
        Assert.Equal(text.EnumerateRunes().Count(), offsets.CodePointAt(text.Length));
        int shield = text.IndexOf("norms", StringComparison.Ordinal);
        Assert.Equal((shield - 1, 5), offsets.Span(shield, 5));
    }

    [Fact]
    public void Offsets_outside_the_text_are_refused()
    {
        var offsets = CodePointOffsets.Of("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => offsets.CodePointAt(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => offsets.Span(2, 2));
    }
}
