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

/// <summary>
/// What attests that a role was held: an article that prints the title (its ID), or a date.
/// <see cref="Date"/> is set for a date and null for an article ID.
/// </summary>
internal sealed record RoleAttestation(Located<string> Value, PartialDate? Date);

/// <remarks><see cref="Attested"/>: the articles or dates that attest the role, besides (or instead of) <see cref="From"/>/<see cref="To"/>.</remarks>
internal sealed record RoleModel(string Title, Located<string> Organization, DateValue? From, DateValue? To, EquatableArray<RoleAttestation> Attested = default);

internal sealed record OfficialModel(Located<string> Id, string Name, string? NativeName, Located<string>? Country, EquatableArray<RoleModel> Roles);

internal sealed record OrganizationModel(Located<string> Id, string Name, string? ShortName, OrganizationKind Kind, Located<string>? Country, Located<string>? Parent);

internal sealed record EventModel(
    Located<string> Id, string Name, EventKind Kind, DateValue? Start, DateValue? End, string? Location,
    ActorRef? Organizer, EquatableArray<ActorRef> Actors, string? Note, bool IsArticleEvent, Located<string>? PartOf = null);

internal sealed record TopicModel(Located<string> Id, string Name, string? Description);

/// <summary>A passage to locate in the article: boilerplate (with its kind) or not-speech.</summary>
internal sealed record PassageModel(Located<string> Text, int? Occurrence, BoilerplateKind? Kind, string? Reason);

/// <summary>
/// A value of the article's metadata as annotated: the value, how it was established (printed on
/// the page, stated in other words, inferred) and the evidence, like a <see cref="DateValue"/>.
/// </summary>
internal sealed record SourcedValue(Located<string> Value, DateBasis Basis, string? Evidence);

/// <remarks>
/// <see cref="Outlet"/> and <see cref="Headline"/> hold printed values only (the headline is located
/// in the text); <see cref="OutletSource"/> and <see cref="HeadlineSource"/> hold every annotated
/// value with its basis, inferred ones included. <see cref="Updated"/>: a page's "Updated:" time.
/// </remarks>
internal sealed record ArticleModel(
    Located<string> Id, Located<string> Source, Located<string>? Outlet, Located<string>? Headline, Located<string>? Subheadline,
    string? Byline, DateValue? Published, string? Url, string? Note,
    EquatableArray<PassageModel> Boilerplate, EquatableArray<PassageModel> NotSpeech,
    SourcedValue? OutletSource = null, SourcedValue? HeadlineSource = null, DateValue? Updated = null);

/// <remarks>
/// <see cref="Targets"/>: the actors the act is directed at (the accused, the one appealed to);
/// <see cref="About"/>: actors the statement is about without being its target;
/// <see cref="NoTarget"/>: why an act that needs a target has none.
/// <see cref="Addressee"/> is the first of <see cref="Addressees"/>; <see cref="ReportedBy"/> the first of
/// <see cref="ReportedByChain"/> (the nearest intermediary, then whoever reported that one).
/// <see cref="SameUtteranceAs"/>: statements that report the same utterance; <see cref="Concerns"/>: events the
/// statement is about, apart from the <see cref="Event"/> where it was made; <see cref="Cameo"/>: an exact CAMEO code.
/// </remarks>
internal sealed record StatementModel(
    Located<string> Id, ActorRef Speaker, StatementKind Kind, Located<string> Text, int? Occurrence,
    DateValue? Date, Located<string>? Event, SpeechAct Act, EquatableArray<ActorRef> Targets, ActorRef? Addressee,
    EquatableArray<Located<string>> Topics, ActorRef? ReportedBy, EquatableArray<Located<string>> RespondsTo, string? Note,
    EquatableArray<ActorRef> About = default, string? NoTarget = null, EquatableArray<Located<string>> SameUtteranceAs = default,
    EquatableArray<Located<string>> Concerns = default, EquatableArray<ActorRef> Addressees = default,
    EquatableArray<ActorRef> ReportedByChain = default, Located<string>? Cameo = null);

/// <summary>Everything one annotation file declares, and what was wrong with it.</summary>
/// <remarks><see cref="UnreadSource"/>: the seed named by an article file whose YAML could not be read at all, so its seed is not reported as unannotated.</remarks>
internal sealed record AnnotationFile(
    string Path,
    EquatableArray<OfficialModel> Officials,
    EquatableArray<OrganizationModel> Organizations,
    EquatableArray<EventModel> Events,
    EquatableArray<TopicModel> Topics,
    ArticleModel? Article,
    EquatableArray<StatementModel> Statements,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? UnreadSource = null);

/// <summary>A seed file: its path, the name articles refer to it by, and its text.</summary>
/// <remarks><see cref="Resource"/>: the manifest resource the build embeds the file as, or null to compile the text in;
/// <see cref="Diagnostics"/>: what makes the seed unusable (such as an encoding the compiler does not read faithfully); its article is then not linked.</remarks>
internal sealed record SeedFile(string Path, string Name, string Text, bool IsTooLarge, string? ReadError, string? Resource = null)
{
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}
