namespace Corpus.Generator.Model;

// The parsed form of one annotation file. Records with structural equality throughout, so
// the incremental pipeline caches a file's model until its text changes.

/// <summary>A date as annotated: the parsed value, how it was established, and where it is written.</summary>
internal sealed record DateValue(PartialDate Value, DateBasis Basis, string? Evidence, LocationInfo Location);

internal enum ActorRefKind
{
    /// <summary>An official's or organization's ID.</summary>
    Id,
    /// <summary>An ISO country code.</summary>
    Country,
    /// <summary>An unnamed actor described in words.</summary>
    Unnamed,
}

/// <summary>A reference to an actor: an ID, a country code, or an unnamed actor's description.</summary>
internal sealed record ActorRef(ActorRefKind Kind, string Value, string? Country, LocationInfo Location);

internal sealed record RoleModel(string Title, Located<string> Organization, DateValue? From, DateValue? To);

internal sealed record OfficialModel(Located<string> Id, string Name, string? NativeName, Located<string>? Country, EquatableArray<RoleModel> Roles);

internal sealed record OrganizationModel(Located<string> Id, string Name, string? ShortName, OrganizationKind Kind, Located<string>? Country, Located<string>? Parent);

internal sealed record EventModel(
    Located<string> Id, string Name, EventKind Kind, DateValue? Start, DateValue? End, string? Location,
    ActorRef? Organizer, EquatableArray<ActorRef> Actors, string? Note, bool IsArticleEvent);

internal sealed record TopicModel(Located<string> Id, string Name, string? Description);

/// <summary>A passage to locate in the article: boilerplate (with its kind) or not-speech.</summary>
internal sealed record PassageModel(Located<string> Text, int? Occurrence, BoilerplateKind? Kind, string? Reason);

internal sealed record ArticleModel(
    Located<string> Id, Located<string> Source, Located<string>? Outlet, Located<string>? Headline, Located<string>? Subheadline,
    string? Byline, DateValue? Published, string? Url, string? Note,
    EquatableArray<PassageModel> Boilerplate, EquatableArray<PassageModel> NotSpeech);

internal sealed record StatementModel(
    Located<string> Id, ActorRef Speaker, StatementKind Kind, Located<string> Text, int? Occurrence,
    DateValue? Date, Located<string>? Event, SpeechAct Act, EquatableArray<ActorRef> Targets, ActorRef? Addressee,
    EquatableArray<Located<string>> Topics, ActorRef? ReportedBy, EquatableArray<Located<string>> RespondsTo, string? Note);

/// <summary>Everything one annotation file declares, and what was wrong with it.</summary>
internal sealed record AnnotationFile(
    string Path,
    EquatableArray<OfficialModel> Officials,
    EquatableArray<OrganizationModel> Organizations,
    EquatableArray<EventModel> Events,
    EquatableArray<TopicModel> Topics,
    ArticleModel? Article,
    EquatableArray<StatementModel> Statements,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A seed file: its path, the name articles refer to it by, and its text.</summary>
/// <remarks><see cref="Resource"/>: the manifest resource the build embeds the file as, or null to compile the text in;
/// <see cref="Diagnostics"/>: what makes the seed unusable (such as an encoding the compiler does not read faithfully); its article is then not linked.</remarks>
internal sealed record SeedFile(string Path, string Name, string Text, bool IsTooLarge, string? ReadError, string? Resource = null)
{
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}
