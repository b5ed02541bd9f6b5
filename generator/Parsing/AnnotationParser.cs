using System;
using System.Collections.Generic;
using Corpus.Generator.Checks;
using Corpus.Generator.Model;
using Corpus.Generator.Yaml;

namespace Corpus.Generator.Parsing;

/// <summary>Stage 1: one annotation file's text → its <see cref="AnnotationFile"/> model, with its own diagnostics.</summary>
internal static class AnnotationParser
{
    /// <summary>Files above this size are refused with CORP015 rather than parsed.</summary>
    public const int MaxFileLength = 4 * 1024 * 1024;

    public static readonly string[] TopLevelKeys = { "officials", "organizations", "events", "topics", "article", "statements", "not-speech" };
    public static readonly string[] OfficialKeys = { "id", "name", "native-name", "country", "roles" };
    public static readonly string[] RoleKeys = { "title", "organization", "from", "to", "attested" };
    public static readonly string[] OrganizationKeys = { "id", "name", "short-name", "country", "kind", "parent" };
    public static readonly string[] EventKeys = { "id", "name", "kind", "date", "start", "end", "location", "organizer", "actors", "note", "part-of" };
    public static readonly string[] TopicKeys = { "id", "name", "description" };
    public static readonly string[] ArticleKeys = { "id", "source", "outlet", "headline", "subheadline", "byline", "published", "updated", "url", "note", "boilerplate" };
    public static readonly string[] BoilerplateKeys = { "text", "kind", "occurrence", "reason" };
    public static readonly string[] NotSpeechKeys = { "text", "reason", "occurrence" };
    public static readonly string[] StatementKeys =
    {
        "id", "speaker", "kind", "text", "occurrence", "date", "event", "act", "targets", "addressee", "topics", "reported-by", "responds-to", "note",
        "about", "no-target", "same-utterance-as", "concerns", "addressees", "cameo",
    };

    public static AnnotationFile Parse(string path, string text)
    {
        var context = new FileContext(path);
        try
        {
            return ParseCore(context, text);
        }
        catch (YamlReadException e) when (!e.IsLimit)
        {
            try
            {
                return SyntaxRecovery.Recover(path, text, e, recovered => ParseCore(new FileContext(path), recovered));
            }
            catch (Exception inner) when (inner is not OperationCanceledException)
            {
                context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(path, default), inner.GetType().Name + ": " + inner.Message));
            }
        }
        catch (YamlReadException e)
        {
            var descriptor = e.IsLimit ? DiagnosticDescriptors.InputLimit : DiagnosticDescriptors.YamlSyntax;
            context.Diagnostics.Add(DiagnosticInfo.Create(descriptor, new LocationInfo(path, e.Range), e.Message.TrimEnd('.')));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The generator never throws: anything unexpected becomes a diagnostic on this file alone.
            context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(path, default), e.GetType().Name + ": " + e.Message));
        }
        return Empty(context);
    }

    /// <summary>The model of a file that could not be read at all.</summary>
    public static AnnotationFile Unreadable(string path, Exception error)
    {
        var context = new FileContext(path);
        context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, new LocationInfo(path, default), "the file could not be read: " + error.GetType().Name + ": " + error.Message));
        return Empty(context);
    }

    private static AnnotationFile Empty(FileContext context) => new(
        context.Path, EquatableArray<OfficialModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray<EventModel>.Empty,
        EquatableArray<TopicModel>.Empty, null, EquatableArray<StatementModel>.Empty, context.Diagnostics.ToEquatableArray());

    private static AnnotationFile ParseCore(FileContext context, string text)
    {
        if (text.Length > MaxFileLength)
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InputLimit, new LocationInfo(context.Path, default),
                string.Format(System.Globalization.CultureInfo.InvariantCulture, "The annotation file has {0:N0} characters, more than the limit of {1:N0}; split it into several files", text.Length, MaxFileLength)));
            return Empty(context);
        }
        var root = YamlTree.Read(text);
        if (root is null || root.IsNull) return Empty(context);
        if (root.Kind != YamlNodeKind.Mapping)
        {
            context.Invalid(root, "file", $"an annotation file is a mapping with keys {string.Join(", ", TopLevelKeys)}; found {root.Describe()}");
            return Empty(context);
        }
        var file = new MappingReader(context, root, "an annotation file", TopLevelKeys);
        var officials = file.Mappings("officials", "official", OfficialKeys, ReadOfficial);
        var organizations = file.Mappings("organizations", "organization", OrganizationKeys, ReadOrganization);
        var topics = file.Mappings("topics", "topic", TopicKeys, ReadTopic);
        var articleNode = file.Value("article");
        bool isArticleFile = articleNode is not null;
        var events = file.Mappings("events", "event", EventKeys, r => ReadEvent(context, r, isArticleFile));
        ArticleModel? article = null;
        if (articleNode is not null)
        {
            if (articleNode.Kind == YamlNodeKind.Mapping)
            {
                var notSpeech = file.Mappings("not-speech", "not-speech passage", NotSpeechKeys, r => ReadPassage(r, boilerplate: false));
                article = ReadArticle(new MappingReader(context, articleNode, "the article", ArticleKeys), notSpeech);
            }
            else
            {
                context.Invalid(articleNode, "article", $"expected the article's keys ({string.Join(", ", ArticleKeys)}), found {articleNode.Describe()}");
            }
        }
        else
        {
            foreach (var key in new[] { "statements", "not-speech" })
            {
                if (file.Value(key) is { } orphan)
                {
                    context.Report(DiagnosticDescriptors.MissingKey, orphan, $"A file with '{key}'", "article");
                }
            }
        }
        var statements = article is null
            ? EquatableArray<StatementModel>.Empty
            : file.Mappings("statements", "statement", StatementKeys, ReadStatement);
        return new AnnotationFile(context.Path, officials, organizations, events, topics, article, statements, context.Diagnostics.ToEquatableArray());
    }

    private static OfficialModel? ReadOfficial(MappingReader r)
    {
        var id = r.Id("id", required: true);
        var name = r.String("name", required: true);
        var nativeName = r.String("native-name");
        // An international civil servant (the UN Secretary-General) has no country: the roles
        // affiliate the official through their organization. Without roles the country is required;
        // an empty 'roles:' or 'roles: []' names no role, so it is reported at its line.
        var country = r.Country("country", required: !r.Has("roles"));
        var rolesNode = r.Value("roles");
        bool namesNoRole = rolesNode is null || (rolesNode.Kind == YamlNodeKind.Sequence && rolesNode.Items.Count == 0);
        if (r.Has("roles") && namesNoRole && r.Value("country") is null)
        {
            r.ReportMissing("roles", "An official without a country");
        }
        var roles = r.Mappings("roles", "role", RoleKeys, ReadRole);
        return id is null || name is null ? null : new OfficialModel(id.Value, name, nativeName, country, roles);
    }

    private static RoleModel? ReadRole(MappingReader r)
    {
        var title = r.String("title", required: true);
        var organization = r.Id("organization", required: true);
        var from = r.Date("from");
        var to = r.Date("to");
        if (from is not null && to is not null && to.Value.IsBefore(from.Value))
        {
            r.Invalid(to.Location, "to", to.Value.ToString(), $"the role ends before it starts ({from.Value}); swap or correct the dates");
        }
        var attested = r.Attestations("attested");
        return title is null || organization is null ? null : new RoleModel(title, organization.Value, from, to, attested);
    }

    private static OrganizationModel? ReadOrganization(MappingReader r)
    {
        var id = r.Id("id", required: true);
        var name = r.String("name", required: true);
        var shortName = r.String("short-name");
        var kind = r.Enum<OrganizationKind>("kind", required: true);
        var country = r.Country("country");
        var parent = r.Id("parent");
        return id is null || name is null || kind is null ? null : new OrganizationModel(id.Value, name, shortName, kind.Value, country, parent);
    }

    private static EventModel? ReadEvent(FileContext context, MappingReader r, bool isArticleEvent)
    {
        var id = r.Id("id", required: true);
        var name = r.String("name", required: true);
        var kind = r.Enum<EventKind>("kind", required: true);
        var date = r.Date("date");
        var start = r.Date("start");
        var end = r.Date("end");
        if (date is not null && (start is not null || end is not null))
        {
            context.Invalid(r.Value("date")!, "date", "give either 'date' (one day) or 'start'/'end' (a span), not both");
        }
        if (start is not null && end is not null && end.Value.IsBefore(start.Value))
        {
            context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, end.Location, "end", end.Value.ToString(),
                $"the event ends before it starts ({start.Value}); swap or correct the dates"));
        }
        var location = r.String("location");
        var organizer = r.Actor("organizer");
        var actors = r.Actors("actors");
        var note = r.String("note");
        var partOf = r.Id("part-of");
        if (id is null || name is null || kind is null) return null;
        if (partOf is { } parent && parent.Value == id.Value.Value)
        {
            context.Invalid(r.Value("part-of")!, "part-of", "an event cannot be part of itself; name the enclosing event (the conference of a speech)");
            partOf = null;
        }
        return new EventModel(id.Value, name, kind.Value, date ?? start, date ?? end, location, organizer, actors, note, isArticleEvent, partOf);
    }

    private static TopicModel? ReadTopic(MappingReader r)
    {
        var id = r.Id("id", required: true);
        var name = r.String("name", required: true);
        var description = r.String("description");
        return id is null || name is null ? null : new TopicModel(id.Value, name, description);
    }

    private static ArticleModel? ReadArticle(MappingReader r, EquatableArray<PassageModel> notSpeech)
    {
        var id = r.Id("id", required: true);
        var source = r.LocatedString("source", required: true);
        var outletSource = r.Sourced("outlet", isId: true);
        var headlineSource = r.Sourced("headline", isId: false);
        // Only a printed outlet or headline is the article's own: an inferred headline is not in the text to locate.
        var outlet = outletSource is { Basis: DateBasis.Printed } o ? o.Value : (Located<string>?)null;
        var headline = headlineSource is { Basis: DateBasis.Printed } h ? h.Value : (Located<string>?)null;
        var subheadline = r.LocatedString("subheadline");
        var byline = r.String("byline");
        var published = r.Date("published");
        var updated = r.Date("updated");
        // The page's own "Updated:" line, printed: a date stated or worked out elsewhere has a basis and evidence
        // that the article's data has no place for, and they would be lost.
        if (updated is { Basis: not DateBasis.Printed })
        {
            r.Context.Invalid(r.Value("updated")!, "updated",
                "'updated' is the page's own printed 'Updated:' date, written as a plain value (2025-01-19); a date stated or worked out elsewhere belongs in the article's 'note'");
            updated = null;
        }
        if (published is not null && updated is not null && updated.Value.IsBefore(published.Value))
        {
            r.Context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, updated.Location, "updated", updated.Value.ToString(),
                $"the page was updated before it was published ({published.Value}); correct one of the dates"));
        }
        var url = r.String("url");
        var note = r.String("note");
        var boilerplate = r.Mappings("boilerplate", "boilerplate passage", BoilerplateKeys, b => ReadPassage(b, boilerplate: true));
        if (id is null || source is null) return null;
        return new ArticleModel(id.Value, source.Value, outlet, headline, subheadline, byline, published, url, note, boilerplate, notSpeech,
            outletSource, headlineSource, updated);
    }

    private static PassageModel? ReadPassage(MappingReader r, bool boilerplate)
    {
        var text = r.LocatedString("text", required: true);
        var occurrence = r.PositiveInt("occurrence");
        BoilerplateKind? kind = boilerplate ? r.Enum<BoilerplateKind>("kind", required: true) : null;
        var reason = r.String("reason", required: !boilerplate);
        if (text is null || (boilerplate && kind is null)) return null;
        return new PassageModel(text.Value, occurrence, kind, reason);
    }

    private static StatementModel? ReadStatement(MappingReader r)
    {
        var id = r.Id("id", required: true);
        var speaker = r.Actor("speaker", required: true);
        var kind = r.Enum<StatementKind>("kind", required: true);
        var text = r.LocatedString("text", required: true);
        var occurrence = r.PositiveInt("occurrence");
        var date = r.Date("date");
        var @event = r.Id("event");
        var act = r.Enum<SpeechAct>("act", required: true);
        var targets = r.Actors("targets");
        var addressees = r.Actors("addressees");
        if (r.Has("addressee"))
        {
            if (r.Has("addressees")) r.Context.Invalid(r.Value("addressee")!, "addressee", "give 'addressees: [...]' or 'addressee', not both");
            else addressees = r.Actors("addressee");
        }
        var topics = r.References("topics");
        // The nearest intermediary first, then whoever reported that one ("feds think ..." in a CNN headline).
        var reportedBy = r.Actors("reported-by");
        var respondsTo = r.References("responds-to");
        var note = r.String("note");
        var about = r.Actors("about");
        var noTarget = r.String("no-target");
        var sameUtterance = r.References("same-utterance-as");
        var concerns = r.References("concerns");
        var cameo = r.LocatedString("cameo");
        if (cameo is { } code && !CameoCodes.IsCode(code.Value))
        {
            r.Context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, code.Location, "cameo", FileContext.Shorten(code.Value),
                "expected an exact CAMEO event code of the statement families, three or four digits as the codebook writes them (112, 0214); see docs/codebook.md"));
            cameo = null;
        }
        if (id is null || speaker is null || kind is null || text is null || act is null) return null;
        var statement = new StatementModel(id.Value, speaker, kind.Value, text.Value, occurrence, date, @event, act.Value, targets,
            addressees.Count > 0 ? addressees[0] : null, topics, reportedBy.Count > 0 ? reportedBy[0] : null, respondsTo, note,
            about, noTarget, sameUtterance, concerns, addressees, reportedBy, cameo);
        r.Context.Diagnostics.AddRange(TargetRequired.Check(statement));
        if (CameoFamily.Check(statement) is { } outsideFamily) r.Context.Diagnostics.Add(outsideFamily);
        return statement;
    }
}
