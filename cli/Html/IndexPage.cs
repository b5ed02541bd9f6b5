using System;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>The corpus at a glance: counts, the two plots, and a list of every page.</summary>
internal static class IndexPage
{
    public static ReportFile Render(ReportCorpus corpus)
    {
        var w = PageLayout.Begin("Corpus report", "index-page", 64 * 1024 + corpus.Articles.Count * 400);
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

        Section(w, "articles", "Articles");
        w.Open("table").Open("thead").Open("tr").Element("th", "Published").Element("th", "Headline").Element("th", "Outlet").Element("th", "Statements").Close("tr").Close("thead").Open("tbody").Line();
        foreach (var article in corpus.Articles.OrderBy(a => a.Published is null).ThenBy(a => a.Published))
        {
            w.Open("tr").Element("td", Wording.Date(article.Published), ("class", "date")).Open("td").Article(article).Close("td")
                .Open("td");
            if (article.Outlet is { } outlet) w.Actor(outlet);
            w.Close("td").Element("td", Wording.Number(article.Statements.Count), ("class", "number")).Close("tr").Line();
        }
        w.Close("tbody").Close("table").Line();

        Section(w, "officials", "Officials");
        w.Open("ul", ("class", "columns")).Line();
        foreach (var official in corpus.Officials.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            w.Open("li").Actor(official).Text(official.Country is { } c ? $" ({c.Code})" : "").Element("span", " · " + Wording.Count(official.Statements.Count, "statement"), ("class", "muted")).Close("li").Line();
        }
        w.Close("ul").Line();

        Section(w, "organizations", "Organizations");
        w.Open("ul", ("class", "columns")).Line();
        foreach (var organization in corpus.Organizations.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            w.Open("li").Actor(organization).Element("span", " · " + Wording.Of(organization.Kind), ("class", "muted")).Close("li").Line();
        }
        w.Close("ul").Line();

        Section(w, "events", "Events");
        w.Open("ul", ("class", "columns")).Line();
        foreach (var @event in corpus.Events.OrderBy(e => e.Start is null).ThenBy(e => e.Start))
        {
            w.Open("li").Element("span", Wording.Date(@event.Start), ("class", "date")).Text(" ").Event(@event).Close("li").Line();
        }
        w.Close("ul").Line();

        Section(w, "topics", "Topics");
        w.Open("ul", ("class", "columns")).Line();
        foreach (var topic in corpus.Topics)
        {
            w.Open("li").Topic(topic).Element("span", " · " + Wording.Count(topic.Statements.Count, "statement"), ("class", "muted")).Close("li").Line();
        }
        w.Close("ul").Line();

        Section(w, "countries", "Countries");
        w.Open("ul", ("class", "columns")).Line();
        foreach (var country in corpus.Countries) w.Open("li").Actor(country).Text($" ({country.Code})").Close("li").Line();
        w.Close("ul").Line();
        return new ReportFile(ReportPaths.Index, PageLayout.End(w));
    }

    private static void Count(HtmlWriter w, int count, string noun, string href) =>
        w.Open("li").Open("a", ("href", href)).Element("strong", Wording.Number(count)).Text(" " + Wording.Plural(count, noun)).Close("a").Close("li").Line();

    private static void Section(HtmlWriter w, string id, string title) => w.Element("h2", title, ("id", id)).Line();
}
