using System;
using System.Text;
using Xunit;

namespace Corpus.Tests;

/// <summary>The data format's string escaping: what <c>Escape</c> writes, <c>Unescape</c> reads back, character for character.</summary>
public class CorpusDataFormatTests
{
    // Plain text, everything the format escapes (backslash, quote, controls, separators, bidirectional marks, BOM,
    // surrogates alone and in pairs), and text beyond ASCII that it leaves as UTF-8.
    private static readonly string[] Pieces =
    {
        "a", "Z", " ", "\\", "\"", "\t", "\n", "\r", "\u0000", "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\u202E", "\u2067",
        "\u200F", "\u061C", "\uFEFF", "\uD83D", "\uDE00", "\uD83D\uDE00", "é", "中", "\u2019", "u", "\\u", "n",
    };

    [Fact]
    public void Every_escaped_value_reads_back_as_written()
    {
        var random = new Random(20261130);
        for (int round = 0; round < 5_000; round++)
        {
            var value = new StringBuilder();
            int pieces = random.Next(0, round < 4_000 ? 12 : 2_000);
            for (int i = 0; i < pieces; i++) value.Append(Pieces[random.Next(Pieces.Length)]);
            string text = value.ToString();

            var escaped = new StringBuilder();
            CorpusDataFormat.Escape(escaped, text);
            foreach (char c in escaped.ToString()) Assert.False(CorpusDataFormat.NeedsEscape(c), $"'{c}' (U+{(int)c:X4}) left unescaped");
            Assert.Equal(text, CorpusDataFormat.Unescape(Encoding.UTF8.GetBytes(escaped.ToString())));
        }
    }

    [Theory]
    [InlineData(@"line\nbreak", "line\nbreak")]
    [InlineData(@"tab\there", "tab\there")]
    [InlineData(@"back\\slash", "back\\slash")]
    [InlineData(@"\u00e9t\u00E9", "été")]
    [InlineData(@"ends with \", "ends with \\")]
    [InlineData("no escape at all", "no escape at all")]
    public void Escapes_read_as_they_are_defined(string data, string value) =>
        Assert.Equal(value, CorpusDataFormat.Unescape(Encoding.UTF8.GetBytes(data)));

    [Theory]
    [InlineData(@"a\qb")]
    [InlineData(@"short \u12")]
    public void An_unknown_or_cut_escape_is_refused(string data) =>
        Assert.Throws<FormatException>(() => CorpusDataFormat.Unescape(Encoding.UTF8.GetBytes(data)));
}
