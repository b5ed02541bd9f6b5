namespace Corpus.Generator.Model;

// The values passed between the pipeline's per-article stages. All value-equal, so a stage
// whose input did not change is cached, and one whose output did not change stops the edit there.

/// <summary>The kinds of annotated entity that have IDs and C# members.</summary>
internal enum EntityKind
{
    Official,
    Organization,
    Topic,
    Event,
    Article,
    Statement,
}

/// <summary>A reference to an entity by kind and ID: what a link found referenced, for the "never referenced" check.</summary>
internal readonly record struct EntityRef(EntityKind Kind, string Id);

/// <summary>An article as other articles' checks need it: its ID, the seed it claims, and its publication date (what a role attested by it dates to).</summary>
internal sealed record ArticleDeclaration(Located<string> Id, Located<string> Source, PartialDate? Published);

/// <summary>
/// A statement as other articles' checks need it: its ID and date (for "responds to" dates); and, for the
/// corpus-wide checks only, what it responds to (cycles), its speaker and its same-utterance links.
/// </summary>
internal sealed record StatementDeclaration(
    Located<string> Id, PartialDate? Date, EquatableArray<Located<string>> RespondsTo, ActorRef? Speaker, EquatableArray<Located<string>> SameUtteranceAs);

/// <summary>
/// What one annotation file declares, apart from the article's body: IDs, registries, and what
/// cross-article checks need. Editing a statement's text, speaker or note leaves it equal.
/// </summary>
internal sealed record FileDeclarations(
    string Path,
    EquatableArray<OfficialModel> Officials,
    EquatableArray<OrganizationModel> Organizations,
    EquatableArray<TopicModel> Topics,
    EquatableArray<EventModel> Events,
    ArticleDeclaration? Article,
    EquatableArray<StatementDeclaration> Statements,
    string? UnreadSource = null);

/// <summary>The part of an annotation file that links as one article: its metadata, own events and statements.</summary>
internal sealed record ArticleUnit(
    string Path,
    ArticleModel? Article,
    EquatableArray<EventModel> Events,
    EquatableArray<StatementModel> Statements,
    bool ParsedWithoutErrors = true);

/// <summary>An article unit with the seed its <c>source</c> names, or why there is none.</summary>
/// <param name="DidYouMean">When no seed matched: the "did you mean" part of the message, possibly empty.</param>
internal sealed record SeedMatch(ArticleUnit Unit, SeedFile? Seed, string DidYouMean);

/// <summary>
/// One article, linked: its data (null when it could not link), its diagnostics, the entities
/// and countries it refers to, and its statements and events that did not link, and the article itself when it did not
/// (references to them are dropped).
/// </summary>
internal sealed record ArticleLink(
    string Path,
    ArticleData? Data,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<EntityRef> References,
    EquatableArray<string> Countries,
    EquatableArray<EntityRef> Unlinked)
{
    /// <summary>What the corpus-wide checks need of the article: everything but its data.</summary>
    public ArticleLink Summary => this with { Data = null, Diagnostics = EquatableArray<DiagnosticInfo>.Empty };

    public ManifestEntry? Entry => Data is null ? null : new ManifestEntry(Data.Id, Data.SourcePath);
}

/// <summary>The linked registries, their diagnostics, and what they refer to.</summary>
internal sealed record RegistryLink(
    RegistryData Data,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<EntityRef> References,
    EquatableArray<string> Countries);
