using System.Collections.Generic;
using Corpus.Cli.Html;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary>How marked ranges of a text become nested spans.</summary>
public class TextMarkupTests
{
    private static TextMark Mark(int start, int length, string name, int layer = 1) =>
        new(start, length, layer, [("id", name)], [("class", name + "-part")]);

    private static string Render(string text, params TextMark[] marks)
    {
        var w = new HtmlWriter();
        TextMarkup.Write(w, text, marks);
        return w.ToString();
    }

    [Fact]
    public void Disjoint_marks_are_sibling_spans_around_plain_text()
    {
        Assert.Equal("a<span id=\"A\">bc</span>d<span id=\"B\">ef</span>g", Render("abcdefg", Mark(4, 2, "B"), Mark(1, 2, "A")));
    }

    [Fact]
    public void A_nested_mark_is_a_span_inside_the_outer_one()
    {
        Assert.Equal("a<span id=\"A\">b<span id=\"B\">cd</span>e</span>f", Render("abcdef", Mark(2, 2, "B"), Mark(1, 4, "A")));
    }

    [Fact]
    public void Marks_sharing_a_start_or_an_end_nest_the_longer_outside()
    {
        Assert.Equal("<span id=\"A\"><span id=\"B\">ab</span>cd</span>", Render("abcd", Mark(0, 2, "B"), Mark(0, 4, "A")));
        Assert.Equal("<span id=\"A\">ab<span id=\"B\">cd</span></span>", Render("abcd", Mark(2, 2, "B"), Mark(0, 4, "A")));
    }

    [Fact]
    public void Equal_ranges_nest_by_layer()
    {
        Assert.Equal("<span id=\"outer\"><span id=\"inner\">ab</span></span>", Render("ab", Mark(0, 2, "inner", layer: 2), Mark(0, 2, "outer", layer: 0)));
    }

    [Fact]
    public void A_crossing_mark_is_closed_where_the_earlier_ends_and_continues_as_a_part()
    {
        // A = "bcd", B = "cdef": A stays whole; B is "cd" in A, then a continuation "ef".
        Assert.Equal(
            "a<span id=\"A\">b<span id=\"B\">cd</span></span><span class=\"B-part\">ef</span>gh",
            Render("abcdefgh", Mark(1, 3, "A"), Mark(2, 4, "B")));
    }

    [Fact]
    public void A_continuation_keeps_the_marks_that_remain_open_in_their_order()
    {
        // A = [0,3), B = [1,5), C = [2,6): at 3 A closes, B and C reopen (B outside C); at 5 B closes, C reopens.
        Assert.Equal(
            "<span id=\"A\">a<span id=\"B\">b<span id=\"C\">c</span></span></span>"
            + "<span class=\"B-part\"><span class=\"C-part\">de</span></span><span class=\"C-part\">f</span>g",
            Render("abcdefg", Mark(0, 3, "A"), Mark(1, 4, "B"), Mark(2, 4, "C")));
    }

    [Fact]
    public void Text_between_marks_is_escaped_and_empty_marks_are_left_out()
    {
        Assert.Equal("&lt;b&gt;<span id=\"A\">&amp;</span>&quot;", Render("<b>&\"", Mark(3, 1, "A"), Mark(1, 0, "empty")));
    }

    [Fact]
    public void Carriage_returns_are_kept_as_references_so_the_text_survives_parsing()
    {
        Assert.Equal("a&#13;\nb", Render("a\r\nb"));
    }

    [Fact]
    public void No_marks_gives_the_escaped_text()
    {
        Assert.Equal("x &lt; y", Render("x < y", new List<TextMark>().ToArray()));
    }
}
