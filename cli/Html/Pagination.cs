using System;

namespace Corpus.Cli.Html;

/// <summary>A list kept on numbered pages (<c>stem.html</c>, <c>stem-2.html</c>, …) and the links between them.</summary>
/// <param name="Stem">The first word of the pages' names (<see cref="ReportPaths.Paged"/>).</param>
/// <param name="Items">How many items the list has.</param>
/// <param name="Size">Items per page.</param>
/// <param name="Noun">What an item is, for the pager's words: <c>statement</c>, <c>article</c>.</param>
internal readonly record struct Pagination(string Stem, int Items, int Size, string Noun)
{
    // Page links shown either side of the current page; the first and last are always shown.
    private const int Near = 2;

    /// <summary>How many pages: one at least, even for an empty list.</summary>
    public int Pages => Math.Max(1, (Items + Size - 1) / Size);

    public string PathOf(int page) => ReportPaths.Paged(Stem, page);

    /// <summary>The items of page <paramref name="page"/> (1-based): the first one's index and how many.</summary>
    public (int Start, int Count) Range(int page)
    {
        int start = (page - 1) * Size;
        return (start, Math.Max(0, Math.Min(Size, Items - start)));
    }

    /// <summary>
    /// Links to the previous and next page, the first, the last and the nearest ones, and where this page
    /// is (<c>Page 2 of 9: statements 101–200 of 850</c>). Nothing when the list fits on one page.
    /// </summary>
    public void WritePager(HtmlWriter w, int page, string label)
    {
        if (Pages == 1) return;
        var (start, count) = Range(page);
        w.Open("nav", ("class", "pager"), ("aria-label", label));
        w.Open("span", ("class", "pager-links"));
        if (page > 1) w.Open("a", ("href", PathOf(page - 1)), ("rel", "prev")).Text("‹ Previous").Close("a").Text(" ");
        int shownUpTo = 0;
        for (int p = 1; p <= Pages; p++)
        {
            if (p != 1 && p != Pages && Math.Abs(p - page) > Near) continue;
            if (p > shownUpTo + 1) w.Element("span", "…", ("class", "gap")).Text(" ");
            if (p == page) w.Element("span", Wording.Number(p), ("aria-current", "page"), ("class", "current"));
            else w.Element("a", Wording.Number(p), ("href", PathOf(p)), ("aria-label", "Page " + Wording.Number(p)));
            w.Text(" ");
            shownUpTo = p;
        }
        if (page < Pages) w.Open("a", ("href", PathOf(page + 1)), ("rel", "next")).Text("Next ›").Close("a");
        w.Close("span").Text(" ");
        w.Element("span", $"Page {Wording.Number(page)} of {Wording.Number(Pages)}: {Wording.Plural(Items, Noun)} {Wording.Number(start + 1)}–{Wording.Number(start + count)} of {Wording.Number(Items)}",
            ("class", "pager-status"));
        w.Close("nav").Line();
    }
}
