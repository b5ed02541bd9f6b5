namespace Corpus.Generator.Model;

// The linked, checked corpus: everything the emitter needs and nothing it does not, as
// value-equal data, so a change that leaves the corpus the same regenerates nothing.
// References are encoded as the runtime reads them: o:official, g:organization, c:CC, u:index,
// s:statement, e:event.

internal sealed record TopicData(string Id, string Member, string Name, string? Description);

internal sealed record OrganizationData(string Id, string Member, string Name, string? ShortName, string Kind, string? Country, string? Parent);

internal sealed record RoleData(string Title, string Organization, string OrganizationName, string? From, string? To);

internal sealed record OfficialData(string Id, string Member, string Name, string? NativeName, string? Country, EquatableArray<RoleData> Roles);

internal sealed record UnnamedData(string Description, string? Country);

internal sealed record EventData(
    string Id, string Member, string Name, string Kind, string? Start, string? End, string? Basis, string? Evidence,
    string? Location, string? Organizer, string? Actors, string? Note);

internal sealed record PassageData(int Start, int Length, string? Kind, string? Reason);

internal sealed record StatementData(
    string Id, string Member, string Speaker, string SpeakerName, string Kind, int Start, int Length, int Line, int Column,
    string? Date, string? Basis, string? Evidence, string? Event, string Act, string? Targets, string? Addressee,
    string? Topics, string? ReportedBy, string? RespondsTo, string? Note, string Excerpt);

internal sealed record ArticleData(
    string Id, string Member, string SourcePath, string? Headline, string? Subheadline, string? Outlet, string? Byline,
    string? Published, string? Basis, string? Evidence, string? Url, string? Note, string Text, string? Resource,
    EquatableArray<PassageData> Boilerplate, EquatableArray<PassageData> NotSpeech,
    EquatableArray<EventData> Events, EquatableArray<StatementData> Statements);

internal sealed record CountryData(string Code, string Name);

internal sealed record CorpusModel(
    string Namespace,
    EquatableArray<CountryData> Countries,
    EquatableArray<TopicData> Topics,
    EquatableArray<OrganizationData> Organizations,
    EquatableArray<OfficialData> Officials,
    EquatableArray<UnnamedData> Unnamed,
    EquatableArray<EventData> Events,
    EquatableArray<ArticleData> Articles)
{
    public bool IsEmpty => Topics.Count == 0 && Organizations.Count == 0 && Officials.Count == 0 && Events.Count == 0 && Articles.Count == 0;
}
