using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>
/// A list the index shows: its articles, officials, organizations, events, topics or countries. The index
/// shows the first <see cref="PageSizes.IndexList"/>; a longer list also has numbered pages of its own.
/// </summary>
/// <param name="Id">The section's anchor on the index and the first word of the list's pages' names.</param>
/// <param name="Title">The section's heading.</param>
/// <param name="Noun">What an item is.</param>
/// <param name="Count">How many items.</param>
/// <param name="Write">Writes the items from the first index given, as many as the second.</param>
internal sealed record IndexList(string Id, string Title, string Noun, int Count, Action<HtmlWriter, int, int> Write)
{
    public bool HasPages => Count > PageSizes.IndexList;

    public Pagination Pages => new(Id, Count, PageSizes.ListPage, Noun);
}

/// <summary>The corpus at a glance: counts, the two plots, and the lists of pages.</summary>
internal static class IndexPage
{
    public static ReportFile Render(ReportCorpus corpus)
    {
        var lists = Lists(corpus);
        var w = PageLayout.Begin("Corpus report", "index-page", 64 * 1024 + lists.Sum(l => Math.Min(l.Count, PageSizes.IndexList)) * 300);
        w.Open("ul", ("class", "counts")).Line();
        Count(w, corpus.Articles.Count, "article", "#articles");
        Count(w, corpus.Statements.Count, "statement", ReportPaths.StatementTable);
        Count(w, corpus.Officials.Count, "official", "#officials");
        Count(w, corpus.Organizations.Count, "organization", "#organizations");
        Count(w, corpus.Events.Count, "event", "#events");
        Count(w, corpus.Topics.Count, "topic", "#topics");
        Count(w, corpus.Countries.Count, "country", "#countries");
        w.Close("ul").Line();

        w.Open("div", ("class", "plots")).Line();
        TimelinePlot.Write(w, corpus.Statements);
        ActsBySpeakerPlot.Write(w, corpus.Statements);
        w.Close("div").Line();

        foreach (var list in lists)
        {
            w.Element("h2", list.Title, ("id", list.Id)).Line();
            int shown = Math.Min(list.Count, PageSizes.IndexList);
            if (list.HasPages)
            {
                w.Open("p", ("class", "more")).Text($"The first {Wording.Number(shown)} of {Wording.Count(list.Count, list.Noun)}; ")
                    .Link(list.Pages.PathOf(1), $"all of them on {Wording.Count(list.Pages.Pages, "page")}").Text(".").Close("p").Line();
            }
            list.Write(w, 0, shown);
        }
        return new ReportFile(ReportPaths.Index, PageLayout.End(w));
    }

    /// <summary>Page <paramref name="page"/> of a list's own pages.</summary>
    public static ReportFile RenderPage(IndexList list, int page)
    {
        var pages = list.Pages;
        var (start, count) = pages.Range(page);
        var w = PageLayout.Begin(list.Title, "list-page", 8192 + count * 300);
        w.Open("p").Text($"{Wording.Count(list.Count, list.Noun)}; the index shows the first {Wording.Number(PageSizes.IndexList)}.").Close("p").Line();
        pages.WritePager(w, page, $"Pages of the list of {Wording.Plural(list.Count, list.Noun)}");
        list.Write(w, start, count);
        pages.WritePager(w, page, $"Pages of the list of {Wording.Plural(list.Count, list.Noun)} (below it)");
        return new ReportFile(pages.PathOf(page), PageLayout.End(w));
    }

    /// <summary>The index's lists, each in the order it shows them.</summary>
    public static IReadOnlyList<IndexList> Lists(ReportCorpus corpus)
    {
        var articles = corpus.Articles.OrderBy(a => a.Published is null).ThenBy(a => a.Published).ToList();
        var officials = corpus.Officials.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var organizations = corpus.Organizations.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var events = corpus.Events.OrderBy(e => e.Start is null).ThenBy(e => e.Start).ToList();
        return
        [
            new("articles", "Articles", "article", articles.Count, (w, start, count) =>
            {
                w.Open("table").Open("thead").Open("tr").Element("th", "Published").Element("th", "Headline").Element("th", "Outlet").Element("th", "Statements").Close("tr").Close("thead").Open("tbody").Line();
                foreach (var article in articles.Skip(start).Take(count))
                {
                    w.Open("tr").Element("td", Wording.Date(article.Published), ("class", "date")).Open("td").Article(article).Close("td")
                        .Open("td");
                    if (article.Outlet is { } outlet) w.Actor(outlet);
                    if (article.Outlet is not null && article.OutletBasis is { } basis && basis != DateBasis.Printed) w.Element("span", $" ({Wording.Of(basis)})", ("class", "muted"));
                    w.Close("td").Element("td", Wording.Number(article.Statements.Count), ("class", "number")).Close("tr").Line();
                }
                w.Close("tbody").Close("table").Line();
            }),
            new("officials", "Officials", "official", officials.Count, (w, start, count) => Items(w, officials, start, count, official =>
                w.Actor(official).Text(official.Country is { } c ? $" ({c.Code})" : "").Element("span", " · " + Wording.Count(official.Statements.Count, "statement"), ("class", "muted")))),
            new("organizations", "Organizations", "organization", organizations.Count, (w, start, count) => Items(w, organizations, start, count, organization =>
                w.Actor(organization).Element("span", " · " + Wording.Of(organization.Kind), ("class", "muted")))),
            new("events", "Events", "event", events.Count, (w, start, count) => Items(w, events, start, count, @event =>
                w.Element("span", Wording.Date(@event.Start), ("class", "date")).Text(" ").Event(@event))),
            new("topics", "Topics", "topic", corpus.Topics.Count, (w, start, count) => Items(w, corpus.Topics, start, count, topic =>
                w.Topic(topic).Element("span", " · " + Wording.Count(topic.Statements.Count, "statement"), ("class", "muted")))),
            new("countries", "Countries", "country", corpus.Countries.Count, (w, start, count) => Items(w, corpus.Countries, start, count, country =>
                w.Actor(country).Text($" ({country.Code})"))),
        ];
    }

    private static void Items<T>(HtmlWriter w, IReadOnlyList<T> items, int start, int count, Action<T> item)
    {
        w.Open("ul", ("class", "columns")).Line();
        for (int i = start; i < start + count; i++)
        {
            w.Open("li");
            item(items[i]);
            w.Close("li").Line();
        }
        w.Close("ul").Line();
    }

    private static void Count(HtmlWriter w, int count, string noun, string href) =>
        w.Open("li").Open("a", ("href", href)).Element("strong", Wording.Number(count)).Text(" " + Wording.Plural(count, noun)).Close("a").Close("li").Line();
}
