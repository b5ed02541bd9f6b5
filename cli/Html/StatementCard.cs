namespace Corpus.Cli.Html;

/// <summary>A statement's details, as its article page shows them beside the text and in its list.</summary>
internal static class StatementCard
{
    public static void Write(HtmlWriter w, Statement statement, SpeakerStyles styles)
    {
        var speaker = statement.Speaker;
        w.Open("article", ("class", "card"), ("id", ReportPaths.CardId(statement)), ("tabindex", "-1"),
            ("data-statement", statement.Id));
        w.Open("h3");
        w.Element("span", styles.TagOf(speaker), ("class", "tag " + styles.ClassOf(speaker)), ("aria-hidden", "true"));
        w.Text(" ").Actor(speaker);
        if (speaker is Official official)
        {
            w.Text(" — ");
            if (statement.Date is { } date && official.RoleAt(date) is { } role)
                w.Text(role.Title + ", ").Link(ReportPaths.Of(role.Organization), role.Organization.Name);
            else
                w.Element("span", statement.Date is null ? "role not determined (undated)" : "no annotated role on this date", ("class", "muted"));
        }
        w.Close("h3").Line();

        w.Open("blockquote").Text(statement.Text).Close("blockquote").Line();
        w.Open("dl");
        Term(w, "Kind").Text(Wording.Of(statement.Kind)).Close("dd");
        Term(w, "Date").Text(Wording.Date(statement.Date, statement.DateBasis));
        if (statement.DateEvidence is { } evidence) w.Element("span", " — " + evidence, ("class", "evidence"));
        w.Close("dd");
        Term(w, "Act").Text(Wording.Act(statement.Act)).Close("dd");
        if (statement.Targets.Count > 0) Term(w, "Targets").Actors(statement.Targets).Close("dd");
        if (statement.Addressee is { } addressee) Term(w, "Addressee").Actor(addressee).Close("dd");
        if (statement.Event is { } @event) Term(w, "Event").Event(@event).Close("dd");
        if (statement.RespondsTo.Count > 0)
        {
            Term(w, "Responds to");
            for (int i = 0; i < statement.RespondsTo.Count; i++)
            {
                if (i > 0) w.Text("; ");
                w.Respondable(statement.RespondsTo[i]);
            }
            w.Close("dd");
        }
        if (statement.Responses.Count > 0)
        {
            Term(w, "Answered by");
            for (int i = 0; i < statement.Responses.Count; i++)
            {
                if (i > 0) w.Text("; ");
                w.StatementReference(statement.Responses[i]);
            }
            w.Close("dd");
        }
        if (statement.ReportedBy is { } reporter) Term(w, "Reported by").Actor(reporter).Close("dd");
        if (statement.Topics.Count > 0) Term(w, "Topics").Topics(statement.Topics).Close("dd");
        if (statement.Note is { } note) Term(w, "Note").Text(note).Close("dd");
        Term(w, "Source").Text(statement.Article.SourcePath + ":" + Wording.Number(statement.Line) + ", ")
            .Link("#" + ReportPaths.SpanId(statement), "in the text").Text(" · ").Element("code", statement.Id).Close("dd");
        w.Close("dl").Close("article").Line();
    }

    private static HtmlWriter Term(HtmlWriter w, string term) => w.Element("dt", term).Open("dd");
}
