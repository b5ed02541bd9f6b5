namespace Corpus.Generator.Model;

// The linked, checked corpus, as value-equal data: what the emitter needs and nothing it does
// not, so a change that leaves an article's data the same regenerates nothing. References are
// typed (an actor's kind and key, a statement or an event); only the data writer spells them.
// Member names are not here: the emitter asks CSharpNames, the one owner of C# naming.

internal enum ActorKind
{
    Official,
    Organization,
    Country,
    Unnamed,
}

/// <summary>An actor: an official's or organization's ID, a country code, or an unnamed actor's description (and country).</summary>
internal readonly record struct ActorKey(ActorKind Kind, string Value, string? Country = null);

/// <summary>What a statement responds to: another statement or an event, by ID.</summary>
internal readonly record struct ResponseKey(bool IsStatement, string Id);

/// <summary>What attests a role: an article, by ID, or a date (its ISO/EDTF spelling).</summary>
internal readonly record struct AttestationKey(bool IsArticle, string Value);

internal sealed record TopicData(string Id, string Name, string? Description);

internal sealed record OrganizationData(string Id, string Name, string? ShortName, string Kind, string? Country, string? Parent);

/// <remarks><see cref="Attested"/>: the articles and dates that attest the role, as annotated.</remarks>
internal sealed record RoleData(string Title, string Organization, string OrganizationName, string? From, string? To, EquatableArray<AttestationKey> Attested = default);

internal sealed record OfficialData(string Id, string Name, string? NativeName, string? Country, EquatableArray<RoleData> Roles);

/// <remarks><see cref="PartOf"/>: the ID of the event this one is part of.</remarks>
internal sealed record EventData(
    string Id, string Name, string Kind, string? Start, string? End, string? Basis, string? Evidence,
    string? Location, ActorKey? Organizer, EquatableArray<ActorKey> Actors, string? Note, string? PartOf = null);

internal sealed record PassageData(int Start, int Length, string? Kind, string? Reason);

/// <remarks>
/// <see cref="Addressees"/>: everyone the statement was made to, the first being its addressee;
/// <see cref="ReportedBy"/>: the intermediaries, nearest first; <see cref="About"/>: actors the statement is about
/// without being its targets; <see cref="NoTarget"/>: why a directed act names no target;
/// <see cref="SameUtteranceAs"/>: statement IDs; <see cref="Concerns"/>: event IDs; <see cref="Cameo"/>: an exact CAMEO code.
/// </remarks>
internal sealed record StatementData(
    string Id, ActorKey Speaker, string SpeakerName, string Kind, int Start, int Length, int Line, int Column,
    string? Date, string? Basis, string? Evidence, string? Event, string Act, EquatableArray<ActorKey> Targets, EquatableArray<ActorKey> Addressees,
    EquatableArray<string> Topics, EquatableArray<ActorKey> ReportedBy, EquatableArray<ResponseKey> RespondsTo, string? Note, string Excerpt,
    EquatableArray<ActorKey> About = default, string? NoTarget = null, EquatableArray<string> SameUtteranceAs = default,
    EquatableArray<string> Concerns = default, string? Cameo = null);

/// <summary>One linked article: its metadata, passages, own events and statements (in text order).</summary>
/// <remarks>
/// <see cref="Resource"/>: the manifest resource holding the text, or null to write the text into the data.
/// <see cref="Outlet"/> and <see cref="Headline"/> are the annotated values whatever their basis (a printed headline
/// is located in the text); <see cref="OutletBasis"/>, <see cref="HeadlineBasis"/> and their evidence say how each
/// was established. <see cref="Updated"/>: when the page says it was last updated.
/// </remarks>
internal sealed record ArticleData(
    string Id, string SourcePath, string? Headline, string? Subheadline, string? Outlet, string? Byline,
    string? Published, string? Basis, string? Evidence, string? Url, string? Note, string Text, string? Resource,
    EquatableArray<PassageData> Boilerplate, EquatableArray<PassageData> NotSpeech,
    EquatableArray<EventData> Events, EquatableArray<StatementData> Statements,
    string? OutletBasis = null, string? OutletEvidence = null, string? HeadlineBasis = null, string? HeadlineEvidence = null, string? Updated = null);

internal sealed record CountryData(string Code, string Name);

/// <summary>The linked registries: what every article may refer to.</summary>
internal sealed record RegistryData(
    EquatableArray<TopicData> Topics,
    EquatableArray<OrganizationData> Organizations,
    EquatableArray<OfficialData> Officials,
    EquatableArray<EventData> Events)
{
    public bool IsEmpty => Topics.Count == 0 && Organizations.Count == 0 && Officials.Count == 0 && Events.Count == 0;
}

/// <summary>An article as the manifest lists it: its ID (the name of its generated unit) and seed, which orders the corpus.</summary>
internal readonly record struct ManifestEntry(string Id, string SourcePath);
