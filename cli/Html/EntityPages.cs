using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Html;

/// <summary>A page per official, organization, event, topic and country.</summary>
internal static class EntityPages
{
    public static ReportFile Official(Official official)
    {
        var w = PageLayout.Begin(official.Name, "official-page");
        Facts(w, [
            ("Native name", official.NativeName is { } native ? w2 => w2.Text(native) : null),
            ("Country", official.Country is { } country ? w2 => w2.Actor(country) : null),
            ("ID", w2 => w2.Element("code", official.Id)),
        ]);
        w.Element("h2", "Roles over time").Line();
        var roles = official.Roles.OrderBy(r => r.From is null).ThenBy(r => r.From).ToList();
        if (roles.Count == 0) w.Element("p", "No annotated role.", ("class", "muted")).Line();
        else
        {
            w.Open("table", ("class", "roles")).Open("thead").Open("tr").Element("th", "From").Element("th", "To").Element("th", "Title").Element("th", "Organization").Element("th", "Statements in the role").Close("tr").Close("thead").Line();
            w.Open("tbody").Line();
            foreach (var role in roles)
            {
                int made = official.Statements.Count(s => s.Date is { } d && ReferenceEquals(official.RoleAt(d), role));
                w.Open("tr").Element("td", role.From?.ToString() ?? "—").Element("td", role.To?.ToString() ?? "—").Element("td", role.Title)
                    .Open("td").Link(ReportPaths.Of(role.Organization), role.Organization.Name).Close("td")
                    .Element("td", Wording.Number(made)).Close("tr").Line();
            }
            w.Close("tbody").Close("table").Line();
        }
        StatementList.Write(w, "Statements", official.Statements, ("speaker", ReportPaths.Key(official)!));
        StatementList.Write(w, "Statements aimed at or about them", official.TargetedBy, ("target", ReportPaths.Key(official)!));
        return new ReportFile(ReportPaths.Of(official), PageLayout.End(w));
    }

    public static ReportFile Organization(Organization organization)
    {
        var w = PageLayout.Begin(organization.Name, "organization-page");
        Facts(w, [
            ("Short name", organization.ShortName is { } shortName ? w2 => w2.Text(shortName) : null),
            ("Kind", w2 => w2.Text(Wording.Of(organization.Kind))),
            ("Country", organization.Country is { } country ? w2 => w2.Actor(country) : null),
            ("Part of", organization.Parent is { } parent ? w2 => w2.Actor(parent) : null),
            ("Includes", organization.Children.Count > 0 ? w2 => w2.Actors(organization.Children.ToList<Actor>()) : null),
            ("ID", w2 => w2.Element("code", organization.Id)),
        ]);
        if (organization.Roles.Count > 0)
        {
            w.Element("h2", "Officials").Line();
            w.Open("ul").Line();
            foreach (var role in organization.Roles)
            {
                w.Open("li").Actor(role.Official).Text(", " + role.Title);
                if (role.From is not null || role.To is not null) w.Text($" ({role.From?.ToString() ?? "…"} – {role.To?.ToString() ?? "…"})");
                w.Close("li").Line();
            }
            w.Close("ul").Line();
        }
        StatementList.Write(w, "Statements", organization.Statements, ("speaker", ReportPaths.Key(organization)!));
        StatementList.Write(w, "Statements aimed at or about it", organization.TargetedBy, ("target", ReportPaths.Key(organization)!));
        return new ReportFile(ReportPaths.Of(organization), PageLayout.End(w));
    }

    public static ReportFile Event(Event @event)
    {
        var w = PageLayout.Begin(@event.Name, "event-page");
        string when = @event.Start is null ? "undated"
            : @event.End is { } end && end != @event.Start ? $"{@event.Start} – {end}" : @event.Start.ToString()!;
        Facts(w, [
            ("Kind", w2 => w2.Text(Wording.Of(@event.Kind))),
            ("Date", w2 => w2.Text(when + (@event.DateBasis is { } basis ? " (" + Wording.Of(basis) + ")" : "") + (@event.DateEvidence is { } evidence ? " — " + evidence : ""))),
            ("Location", @event.Location is { } location ? w2 => w2.Text(location) : null),
            ("Organizer", @event.Organizer is { } organizer ? w2 => w2.Actor(organizer) : null),
            ("Involved", @event.Actors.Count > 0 ? w2 => w2.Actors(@event.Actors) : null),
            ("Annotated in", @event.Article is { } article ? w2 => w2.Article(article) : null),
            ("Note", @event.Note is { } note ? w2 => w2.Text(note) : null),
            ("ID", w2 => w2.Element("code", @event.Id)),
        ]);
        // One thread: what was said at the event, then what answered the event, each with its answers below;
        // at most a page of statements in all, as on other entity pages.
        var shown = new HashSet<Statement>();
        var budget = new ThreadBudget(PageSizes.EntityStatements);
        int said = @event.Statements.Count;
        w.Element("h2", $"Said at the event ({Wording.Number(said)})").Line();
        if (said == 0) w.Element("p", "None.", ("class", "muted")).Line();
        if (said > PageSizes.EntityStatements)
        {
            w.Open("p", ("class", "more")).Text($"The first ones by date, with their answers, up to {Wording.Number(PageSizes.EntityStatements)} statements; ")
                .Link(ReportPaths.StatementTableFilteredBy("event", @event.Id), $"all {Wording.Number(said)} in the statement table")
                .Text(", filtered by event.").Close("p").Line();
        }
        StatementList.WriteThread(w, @event.Statements, shown, budget);
        w.Element("h2", $"Responses to the event ({Wording.Number(@event.Responses.Count)})").Line();
        if (@event.Responses.Count == 0) w.Element("p", "None.", ("class", "muted")).Line();
        StatementList.WriteThread(w, @event.Responses, shown, budget);
        if (budget.Cut)
        {
            w.Element("p", $"This page shows the first {Wording.Number(PageSizes.EntityStatements)} statements of these threads; each of the others is on its article's page.",
                ("class", "more")).Line();
        }
        return new ReportFile(ReportPaths.Of(@event), PageLayout.End(w));
    }

    public static ReportFile Topic(Topic topic)
    {
        var w = PageLayout.Begin(topic.Name, "topic-page");
        Facts(w, [
            ("About", topic.Description is { } description ? w2 => w2.Text(description) : null),
            ("ID", w2 => w2.Element("code", topic.Id)),
        ]);
        StatementList.Write(w, "Statements", topic.Statements, ("topic", topic.Id));
        return new ReportFile(ReportPaths.Of(topic), PageLayout.End(w));
    }

    public static ReportFile Country(Country country, ReportCorpus corpus)
    {
        var w = PageLayout.Begin(country.Name, "country-page");
        var officials = corpus.Officials.Where(o => o.Country == country).ToList<Actor>();
        var organizations = corpus.Organizations.Where(o => o.Country == country).ToList<Actor>();
        Facts(w, [
            ("Code", w2 => w2.Element("code", country.Code)),
            ("Officials", officials.Count > 0 ? w2 => w2.Actors(officials) : null),
            ("Organizations", organizations.Count > 0 ? w2 => w2.Actors(organizations) : null),
        ]);
        StatementList.Write(w, "Statements in the country's name", country.Statements, ("speaker", ReportPaths.Key(country)!));
        StatementList.Write(w, "Statements aimed at or about it", country.TargetedBy, ("target", ReportPaths.Key(country)!));
        return new ReportFile(ReportPaths.Of(country), PageLayout.End(w));
    }

    // A definition list of the facts that are known; an absent fact (null) is left out.
    private static void Facts(HtmlWriter w, (string Term, System.Action<HtmlWriter>? Write)[] facts)
    {
        w.Open("dl", ("class", "facts")).Line();
        foreach (var (term, write) in facts)
        {
            if (write is null) continue;
            w.Element("dt", term).Open("dd");
            write(w);
            w.Close("dd").Line();
        }
        w.Close("dl").Line();
    }
}
