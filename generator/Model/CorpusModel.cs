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

internal sealed record TopicData(string Id, string Name, string? Description);

internal sealed record OrganizationData(string Id, string Name, string? ShortName, string Kind, string? Country, string? Parent);

internal sealed record RoleData(string Title, string Organization, string OrganizationName, string? From, string? To);

internal sealed record OfficialData(string Id, string Name, string? NativeName, string? Country, EquatableArray<RoleData> Roles);

internal sealed record EventData(
    string Id, string Name, string Kind, string? Start, string? End, string? Basis, string? Evidence,
    string? Location, ActorKey? Organizer, EquatableArray<ActorKey> Actors, string? Note);

internal sealed record PassageData(int Start, int Length, string? Kind, string? Reason);

internal sealed record StatementData(
    string Id, ActorKey Speaker, string SpeakerName, string Kind, int Start, int Length, int Line, int Column,
    string? Date, string? Basis, string? Evidence, string? Event, string Act, EquatableArray<ActorKey> Targets, ActorKey? Addressee,
    EquatableArray<string> Topics, ActorKey? ReportedBy, EquatableArray<ResponseKey> RespondsTo, string? Note, string Excerpt);

/// <summary>One linked article: its metadata, passages, own events and statements (in text order).</summary>
/// <remarks><see cref="Resource"/>: the manifest resource holding the text, or null to write the text into the data.</remarks>
internal sealed record ArticleData(
    string Id, string SourcePath, string? Headline, string? Subheadline, string? Outlet, string? Byline,
    string? Published, string? Basis, string? Evidence, string? Url, string? Note, string Text, string? Resource,
    EquatableArray<PassageData> Boilerplate, EquatableArray<PassageData> NotSpeech,
    EquatableArray<EventData> Events, EquatableArray<StatementData> Statements);

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
