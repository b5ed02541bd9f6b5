using System.Collections.Generic;

namespace Corpus.Cli.Html;

/// <summary>Links to the report's pages, written the same way on every page.</summary>
internal static class EntityLinks
{
    /// <summary>An actor's name, linked to its page; an unnamed actor's description is plain text.</summary>
    public static HtmlWriter Actor(this HtmlWriter w, Actor actor)
    {
        string? page = ReportPaths.Of(actor);
        return page is null
            ? w.Element("span", actor.Name, ("class", "unnamed"), ("title", "unnamed actor"))
            : w.Link(page, actor.Name);
    }

    public static HtmlWriter Actors(this HtmlWriter w, IReadOnlyList<Actor> actors)
    {
        for (int i = 0; i < actors.Count; i++)
        {
            if (i > 0) w.Text(", ");
            w.Actor(actors[i]);
        }
        return w;
    }

    public static HtmlWriter Event(this HtmlWriter w, Event @event) => w.Link(ReportPaths.Of(@event), @event.Name);

    public static HtmlWriter Topic(this HtmlWriter w, Topic topic) => w.Link(ReportPaths.Of(topic), topic.Name);

    public static HtmlWriter Topics(this HtmlWriter w, IReadOnlyList<Topic> topics)
    {
        for (int i = 0; i < topics.Count; i++)
        {
            if (i > 0) w.Text(", ");
            w.Topic(topics[i]);
        }
        return w;
    }

    public static HtmlWriter Article(this HtmlWriter w, Article article) => w.Link(ReportPaths.Of(article), article.Headline ?? article.Id);

    /// <summary>A statement as its speaker and ID, linked to its span in its article.</summary>
    public static HtmlWriter StatementReference(this HtmlWriter w, Statement statement) =>
        w.Link(ReportPaths.Of(statement), $"{statement.Speaker.Name}, {Wording.Date(statement.Date)} ({statement.Id})");

    public static HtmlWriter Respondable(this HtmlWriter w, IRespondable answered) => answered switch
    {
        Statement statement => w.StatementReference(statement),
        Event @event => w.Event(@event),
        _ => w.Text(answered.Id),
    };
}
