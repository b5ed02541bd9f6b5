using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>An article's page: its full text with every statement highlighted, and each statement's details.</summary>
internal static class ArticlePage
{
    // Boilerplate outside statements, not-speech passages inside them, when they share characters.
    private const int BoilerplateLayer = 0, StatementLayer = 1, NotSpeechLayer = 2;

    public static ReportFile Render(Article article)
    {
        var statements = article.Statements;
        var styles = new SpeakerStyles(statements.Select(s => s.Speaker));
        var w = PageLayout.Begin(article.Headline ?? article.Id, "article-page", article.Text.Length * 3 + statements.Count * 2048);

        w.Open("p", ("class", "meta"));
        if (article.Outlet is { } outlet)
        {
            w.Link(ReportPaths.Of(outlet), outlet.Name);
            // An outlet the page does not print is marked as such, with why it is thought to be this one.
            if (article.OutletBasis is { } basis && basis != DateBasis.Printed) w.Text($" ({Wording.Of(basis)})");
            if (article.OutletEvidence is { } why) w.Element("span", " — " + why, ("class", "evidence"));
            w.Text(" · ");
        }
        if (article.HeadlineBasis is { } headlineBasis && headlineBasis != DateBasis.Printed)
        {
            w.Text($"headline {Wording.Of(headlineBasis)}");
            if (article.HeadlineEvidence is { } why) w.Element("span", " — " + why, ("class", "evidence"));
            w.Text(" · ");
        }
        if (article.Byline is { } byline) w.Text(byline + " · ");
        w.Text(article.Published is { } published ? "published " + Wording.Date(published, article.PublishedBasis) : "publication date unknown");
        if (article.PublishedEvidence is { } evidence) w.Element("span", " — " + evidence, ("class", "evidence"));
        w.Text(" · ").Element("code", article.SourcePath);
        if (article.Url is { } url) w.Text(" · ").Element("span", url, ("class", "url"));
        w.Close("p").Line();
        if (article.Note is { } note) w.Element("p", note, ("class", "note")).Line();

        WriteLegend(w, styles);

        w.Open("div", ("class", "reader")).Line();
        w.Open("div", ("class", "article-text"), ("id", "text")).Line();
        TextMarkup.Write(w, article.Text, Marks(article, styles));
        w.Close("div").Line();
        w.Open("aside", ("id", "details"), ("class", "details-panel"), ("aria-live", "polite"), ("aria-label", "Statement details"));
        w.Element("p", "Point at or focus (Tab) a highlighted statement to see its details here; Enter moves to its card.", ("class", "muted"));
        w.Close("aside").Line();
        w.Close("div").Line();

        w.Element("h2", $"Statements ({Wording.Number(statements.Count)})", ("id", "statements")).Line();
        w.Open("div", ("class", "cards")).Line();
        foreach (var statement in statements) StatementCard.Write(w, statement, styles);
        w.Close("div").Line();
        return new ReportFile(ReportPaths.Of(article), PageLayout.End(w));
    }

    private static void WriteLegend(HtmlWriter w, SpeakerStyles styles)
    {
        w.Open("section", ("class", "legend"), ("aria-label", "Legend")).Line();
        w.Open("ul").Line();
        foreach (var speaker in styles.Speakers)
        {
            w.Open("li");
            w.Element("span", styles.TagOf(speaker), ("class", "swatch " + styles.ClassOf(speaker)), ("aria-hidden", "true"));
            w.Text(" ").Actor(speaker);
            w.Close("li").Line();
        }
        w.Open("li").Element("span", "boilerplate", ("class", "swatch bp-sample")).Text(" set apart from the body").Close("li").Line();
        w.Open("li").Element("span", "not speech", ("class", "swatch ns-sample")).Text(" quoted, but not a statement").Close("li").Line();
        w.Close("ul").Close("section").Line();
    }

    private static List<TextMark> Marks(Article article, SpeakerStyles styles)
    {
        var marks = new List<TextMark>(article.Statements.Count + article.Boilerplate.Count + article.NotSpeech.Count);
        foreach (var passage in article.Boilerplate)
        {
            string kind = passage.Kind is { } k ? Wording.Of(k) : "boilerplate";
            var attributes = new HtmlWriter.Attribute[] { ("class", "bp"), ("data-kind", kind), ("title", "boilerplate: " + kind + (passage.Reason is { } r ? " — " + r : "")) };
            marks.Add(new TextMark(passage.Start, passage.Length, BoilerplateLayer, attributes, attributes));
        }
        foreach (var statement in article.Statements)
        {
            string classes = "st " + styles.ClassOf(statement.Speaker);
            string tag = styles.TagOf(statement.Speaker);
            marks.Add(new TextMark(statement.Start, statement.Length, StatementLayer,
                [
                    ("class", classes), ("id", ReportPaths.SpanId(statement)), ("data-statement", statement.Id),
                    ("data-tag", tag), ("tabindex", "0"), ("aria-describedby", ReportPaths.CardId(statement)),
                ],
                [("class", classes + " st-part"), ("data-statement", statement.Id), ("data-tag", tag)]));
        }
        foreach (var passage in article.NotSpeech)
        {
            string reason = passage.Reason ?? "not speech";
            var attributes = new HtmlWriter.Attribute[] { ("class", "ns"), ("data-reason", reason), ("title", "not speech: " + reason) };
            marks.Add(new TextMark(passage.Start, passage.Length, NotSpeechLayer, attributes, attributes));
        }
        return marks;
    }
}
