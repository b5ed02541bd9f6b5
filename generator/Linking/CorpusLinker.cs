using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generator.Checks;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Linking;

/// <summary>The linked corpus and every diagnostic found on the way, parse diagnostics included.</summary>
internal sealed record LinkResult(CorpusModel Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Stage 2: all parsed files and seeds → one checked <see cref="CorpusModel"/>. Resolves every
/// reference, grounds every passage in its article, and runs the checks that need more than
/// one file. Whatever is wrong is reported and left out; the rest still links.
/// </summary>
internal sealed class CorpusLinker
{
    private static readonly string[] s_classNames = { "Statements", "Officials", "Organizations", "Events", "Articles", "Topics" };

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly string _namespace;

    private readonly Dictionary<string, OfficialModel> _officials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganizationModel> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventModel> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TopicModel> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (StatementModel Statement, PartialDate? Date)> _statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventModel> _eventsOfArticles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartialDate?> _articlePublished = new(StringComparer.Ordinal);
    // IDs something refers to, per kind, for the "never referenced" check.
    private readonly HashSet<string> _referencedOfficials = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referencedOrganizations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referencedEvents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referencedTopics = new(StringComparer.Ordinal);
    private readonly List<UnnamedData> _unnamed = new();
    private readonly Dictionary<UnnamedData, int> _unnamedIndex = new();

    private CorpusLinker(string @namespace) => _namespace = @namespace;

    /// <summary>Shared by the articles' text locators, which link one after another.</summary>
    internal TextLocator.Buffers FoldBuffers { get; } = new();

    public static LinkResult Link(ImmutableArray<AnnotationFile> files, ImmutableArray<SeedFile> seeds, string @namespace)
    {
        var linker = new CorpusLinker(@namespace);
        // Sorted so the output does not depend on the order the build passes the files in.
        var orderedFiles = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var orderedSeeds = seeds.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        foreach (var file in orderedFiles) linker._diagnostics.AddRange(file.Diagnostics);
        CorpusModel model;
        try
        {
            model = linker.LinkCore(orderedFiles, orderedSeeds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var at = new LocationInfo(orderedFiles.FirstOrDefault()?.Path ?? "", default);
            linker._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, at, e.GetType().Name + ": " + e.Message));
            model = new CorpusModel(@namespace, default, default, default, default, default, default, default);
        }
        return new LinkResult(model, linker._diagnostics.ToEquatableArray());
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    private CorpusModel LinkCore(List<AnnotationFile> files, List<SeedFile> seeds)
    {
        var members = new MemberNames(this);
        // Registries first: every later reference is resolved against them.
        foreach (var file in files)
        {
            foreach (var o in file.Officials) Declare(_officials, o.Id, o, "official", members);
            foreach (var o in file.Organizations) Declare(_organizations, o.Id, o, "organization", members);
            foreach (var t in file.Topics) Declare(_topics, t.Id, t, "topic", members);
            foreach (var e in file.Events) Declare(_events, e.Id, e, "event", members);
        }
        var articleIds = new Dictionary<string, ArticleModel>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Article is { } article) Declare(articleIds, article.Id, article, "article", members);
            foreach (var s in file.Statements) Declare(_statements, s.Id, (s, s.Date?.Value), "statement", members);
        }
        foreach (var article in articleIds.Values) _articlePublished[article.Id.Value] = article.Published?.Value;
        CheckFormatReferences();

        var topics = _topics.Values.OrderBy(t => t.Id.Location.FilePath, StringComparer.Ordinal).ToList();
        var organizations = _organizations.Values.ToList();
        var officials = _officials.Values.ToList();

        var organizationData = organizations.Select(o => new OrganizationData(
            o.Id.Value, members.Of("organization", o.Id.Value), o.Name, o.ShortName, Vocabulary.Spelling(o.Kind), o.Country?.Value,
            ResolveOrganization(o.Parent, "an organization ID"))).ToEquatableArray();
        var officialData = officials.Select(o => new OfficialData(
            o.Id.Value, members.Of("official", o.Id.Value), o.Name, o.NativeName, o.Country?.Value,
            // A role at an unknown organization is reported and left out: the data names only organizations it holds.
            o.Roles.Select(r => (Role: r, Organization: ResolveOrganization(r.Organization, "an organization ID")))
                .Where(r => r.Organization is not null)
                .Select(r => new RoleData(r.Role.Title, r.Organization!, _organizations[r.Organization!].Name,
                    r.Role.From?.Value.ToString(), r.Role.To?.Value.ToString())).ToEquatableArray())).ToEquatableArray();
        var registryEvents = _events.Values.Where(e => !e.IsArticleEvent).Select(e => EventData(e, members)).ToEquatableArray();

        var articles = WithoutDanglingReferences(LinkArticles(files, seeds, members), registryEvents);
        // Codebook, "The same utterance reported twice" (CORP053).
        var utterances = _statements.Values.Select(s => new UtteranceStatement(s.Statement.Id, SameUtterance.KeyOf(s.Statement.Speaker, _officials),
            SameUtterance.SpeaksFor(s.Statement.Speaker, _officials, _organizations), s.Date, s.Statement.SameUtteranceAs)).ToList();
        _diagnostics.AddRange(SameUtterance.Check(utterances));

        ReportUnreferenced();
        return new CorpusModel(
            _namespace,
            CountriesOf(organizationData, officialData, registryEvents, articles),
            topics.Select(t => new TopicData(t.Id.Value, members.Of("topic", t.Id.Value), t.Name, t.Description)).ToEquatableArray(),
            organizationData,
            officialData,
            _unnamed.ToEquatableArray(),
            registryEvents,
            articles);
    }

    /// <summary>
    /// Statements and article events that did not link (reported) are not in the data; references
    /// to them are dropped too, so the data never names an entity it does not hold.
    /// </summary>
    private static EquatableArray<ArticleData> WithoutDanglingReferences(EquatableArray<ArticleData> articles, EquatableArray<EventData> registryEvents)
    {
        var statements = new HashSet<string>(articles.SelectMany(a => a.Statements).Select(s => s.Id), StringComparer.Ordinal);
        var events = new HashSet<string>(registryEvents.Concat(articles.SelectMany(a => a.Events)).Select(e => e.Id), StringComparer.Ordinal);
        bool Exists(string reference) => reference.StartsWith("s:", StringComparison.Ordinal)
            ? statements.Contains(reference.Substring(2))
            : events.Contains(reference.Substring(2));
        // Nearly every reference resolves: copy only the statements (and articles) that lose one.
        ArticleData[]? changedArticles = null;
        for (int i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            StatementData[]? changed = null;
            for (int j = 0; j < article.Statements.Count; j++)
            {
                var s = article.Statements[j];
                string? @event = s.Event is not null && events.Contains(s.Event) ? s.Event : null;
                string? respondsTo = s.RespondsTo is null || s.RespondsTo.Split(' ').All(Exists) ? s.RespondsTo : Join(s.RespondsTo.Split(' ').Where(Exists).ToList());
                if (ReferenceEquals(@event, s.Event) && ReferenceEquals(respondsTo, s.RespondsTo)) continue;
                changed ??= article.Statements.ToArray();
                changed[j] = s with { Event = @event, RespondsTo = respondsTo };
            }
            if (changed is null) continue;
            changedArticles ??= articles.ToArray();
            changedArticles[i] = article with { Statements = new EquatableArray<StatementData>(changed) };
        }
        return changedArticles is null ? articles : new EquatableArray<ArticleData>(changedArticles);
    }

    /// <summary>Every country the corpus mentions, by code: the runtime's Countries list, in the same order.</summary>
    private EquatableArray<CountryData> CountriesOf(
        EquatableArray<OrganizationData> organizations, EquatableArray<OfficialData> officials, EquatableArray<EventData> events, EquatableArray<ArticleData> articles)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void AddRefs(string? references)
        {
            // "c:" starts a country reference and nothing else: IDs hold no ':'.
            if (references is null || references.IndexOf("c:", StringComparison.Ordinal) < 0) return;
            // Space-separated references; only "c:CODE" ones name a country.
            for (int start = 0; start <= references.Length; )
            {
                int end = references.IndexOf(' ', start);
                if (end < 0) end = references.Length;
                if (end - start >= 2 && references[start] == 'c' && references[start + 1] == ':') codes.Add(references.Substring(start + 2, end - start - 2));
                start = end + 1;
            }
        }
        foreach (var o in organizations) if (o.Country is not null) codes.Add(o.Country);
        foreach (var o in officials) if (o.Country is not null) codes.Add(o.Country);
        foreach (var u in _unnamed) if (u.Country is not null) codes.Add(u.Country);
        foreach (var e in events.Concat(articles.SelectMany(a => a.Events)))
        {
            AddRefs(e.Organizer);
            AddRefs(e.Actors);
        }
        foreach (var s in articles.SelectMany(a => a.Statements))
        {
            AddRefs(s.Speaker);
            AddRefs(s.Targets);
            AddRefs(s.Addressee);
            AddRefs(s.ReportedBy);
        }
        var sorted = codes.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted.Select(code => new CountryData(code, IsoCountries.TryGetName(code, out var name) ? name : code)).ToEquatableArray();
    }

    private void Declare<T>(Dictionary<string, T> map, Located<string> id, T value, string kind, MemberNames members)
    {
        if (map.TryGetValue(id.Value, out var existing))
        {
            var first = LocationOf(existing);
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id.Location, new[] { first }, kind, id.Value, first.Display));
            return;
        }
        if (!members.Claim(kind, id)) return;
        map.Add(id.Value, value);
        if (value is EventModel { IsArticleEvent: true } articleEvent) _eventsOfArticles.Add(id.Value, articleEvent);
    }

    private static LocationInfo LocationOf<T>(T value) => value switch
    {
        OfficialModel o => o.Id.Location,
        OrganizationModel o => o.Id.Location,
        TopicModel t => t.Id.Location,
        EventModel e => e.Id.Location,
        ArticleModel a => a.Id.Location,
        ValueTuple<StatementModel, PartialDate?> s => s.Item1.Id.Location,
        _ => default,
    };

    private EventData EventData(EventModel e, MemberNames members)
    {
        string? evidence = e.Start?.Evidence ?? e.End?.Evidence;
        return new EventData(
            e.Id.Value, members.Of("event", e.Id.Value), e.Name, Vocabulary.Spelling(e.Kind), e.Start?.Value.ToString(), e.End?.Value.ToString(),
            ArticleLinker.BasisOf(e.Start ?? e.End), evidence, e.Location, e.Organizer is null ? null : ResolveActor(e.Organizer),
            JoinActors(e.Actors), e.Note);
    }

    private EquatableArray<ArticleData> LinkArticles(List<AnnotationFile> files, List<SeedFile> seeds, MemberNames members)
    {
        var seedsByName = new Dictionary<string, SeedFile>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            if (!seedsByName.ContainsKey(seed.Name)) seedsByName.Add(seed.Name, seed);
        }
        var claimed = new Dictionary<string, ArticleModel>(StringComparer.Ordinal);
        var results = new List<(string SourcePath, ArticleData Data)>();
        foreach (var file in files)
        {
            if (file.Article is not { } article || !members.Owns("article", article.Id)) continue;
            string source = article.Source.Value.Replace('\\', '/');
            if (!seedsByName.TryGetValue(source, out var seed))
            {
                Report(DiagnosticDescriptors.SeedMissing, article.Source.Location, source, Suggestions.DidYouMean(source, seedsByName.Keys));
                continue;
            }
            if (claimed.TryGetValue(source, out var other))
            {
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedClaimedTwice, article.Source.Location, new[] { other.Source.Location },
                    source, other.Id.Value, other.Source.Location.Display));
                continue;
            }
            claimed.Add(source, article);
            if (seed.ReadError is not null)
            {
                Report(DiagnosticDescriptors.InternalError, new LocationInfo(seed.Path, default), "the seed file could not be read: " + seed.ReadError);
                continue;
            }
            if (seed.IsTooLarge)
            {
                Report(DiagnosticDescriptors.InputLimit, article.Source.Location,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, "The seed file '{0}' is larger than the limit of {1:N0} characters; split the article", source, SeedLimits.MaxSeedLength));
                continue;
            }
            results.Add((source, new ArticleLinker(this, article, file, seed, members).Link()));
        }
        foreach (var seed in seeds)
        {
            if (!claimed.ContainsKey(seed.Name))
            {
                string stem = seed.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? seed.Name.Substring(0, seed.Name.Length - 4) : seed.Name;
                Report(DiagnosticDescriptors.SeedWithoutAnnotation, new LocationInfo(seed.Path, default), seed.Name, stem);
            }
        }
        return results.OrderBy(r => r.SourcePath, StringComparer.Ordinal).Select(r => r.Data).ToEquatableArray();
    }

    // ---- references ----------------------------------------------------------------------

    internal string? ResolveOrganization(Located<string>? id, string what)
    {
        if (id is not { } value) return null;
        if (_organizations.ContainsKey(value.Value))
        {
            _referencedOrganizations.Add(value.Value);
            return value.Value;
        }
        Report(DiagnosticDescriptors.UnresolvedReference, value.Location, value.Value, what, Suggestions.DidYouMean(value.Value, _organizations.Keys));
        return null;
    }

    /// <summary>The runtime's reference for an actor, or null (reported) when it names nothing.</summary>
    internal string? ResolveActor(ActorRef actor)
    {
        switch (actor.Kind)
        {
            case ActorRefKind.Country:
                return "c:" + actor.Value;
            case ActorRefKind.Unnamed:
            {
                var data = new UnnamedData(actor.Value, actor.Country);
                if (!_unnamedIndex.TryGetValue(data, out int index))
                {
                    index = _unnamed.Count;
                    _unnamed.Add(data);
                    _unnamedIndex.Add(data, index);
                }
                return "u:" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            default:
                if (_officials.ContainsKey(actor.Value))
                {
                    _referencedOfficials.Add(actor.Value);
                    return "o:" + actor.Value;
                }
                if (_organizations.ContainsKey(actor.Value))
                {
                    _referencedOrganizations.Add(actor.Value);
                    return "g:" + actor.Value;
                }
                Report(DiagnosticDescriptors.UnresolvedReference, actor.Location, actor.Value, "an official or organization ID",
                    Suggestions.DidYouMean(actor.Value, _officials.Keys.Concat(_organizations.Keys)));
                return null;
        }
    }

    internal string? JoinActors(EquatableArray<ActorRef> actors)
    {
        if (actors.Count == 0) return null;
        var references = new List<string?>(actors.Count);
        foreach (var actor in actors) references.Add(ResolveActor(actor));
        return Join(references);
    }

    /// <summary>The references, nulls left out and repeats dropped (first kept), joined by spaces; null when none is left.</summary>
    internal static string? Join(IEnumerable<string?> references)
    {
        // Lists are short (a few targets or topics): a linear check beats building a set.
        var list = references as IReadOnlyList<string?> ?? references.ToList();
        string? single = null;
        List<string>? kept = null;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } reference) continue;
            if (single is null)
            {
                single = reference;
                continue;
            }
            if (string.Equals(single, reference, StringComparison.Ordinal) || (kept is not null && kept.Contains(reference))) continue;
            kept ??= new List<string> { single };
            kept.Add(reference);
        }
        return kept is not null ? string.Join(" ", kept) : single;
    }

    internal string? ResolveEvent(Located<string>? id)
    {
        if (id is not { } value) return null;
        if (_events.ContainsKey(value.Value))
        {
            _referencedEvents.Add(value.Value);
            return value.Value;
        }
        Report(DiagnosticDescriptors.UnresolvedReference, value.Location, value.Value, "an event ID", Suggestions.DidYouMean(value.Value, _events.Keys));
        return null;
    }

    internal EventModel? EventById(string? id) => id is not null && _events.TryGetValue(id, out var e) ? e : null;

    internal OfficialModel? OfficialById(string id) => _officials.TryGetValue(id, out var o) ? o : null;

    /// <summary>The display name of an actor, for doc comments.</summary>
    internal string NameOf(ActorRef actor) => actor.Kind switch
    {
        ActorRefKind.Country => IsoCountries.TryGetName(actor.Value, out var name) ? name : actor.Value,
        ActorRefKind.Unnamed => actor.Value,
        _ => _officials.TryGetValue(actor.Value, out var official) ? official.Name
            : _organizations.TryGetValue(actor.Value, out var organization) ? organization.Name : actor.Value,
    };

    internal string? ResolveTopic(Located<string> id)
    {
        if (_topics.ContainsKey(id.Value))
        {
            _referencedTopics.Add(id.Value);
            return id.Value;
        }
        Report(DiagnosticDescriptors.UnresolvedReference, id.Location, id.Value, "a topic ID", Suggestions.DidYouMean(id.Value, _topics.Keys));
        return null;
    }

    /// <summary>"s:id" or "e:id" for what a statement responds to, with that thing's date for the time check.</summary>
    internal (string Reference, PartialDate? Date)? ResolveRespondsTo(Located<string> id)
    {
        if (_statements.TryGetValue(id.Value, out var statement)) return ("s:" + id.Value, statement.Date);
        if (_events.TryGetValue(id.Value, out var e))
        {
            _referencedEvents.Add(id.Value);
            return ("e:" + id.Value, e.Start?.Value);
        }
        Report(DiagnosticDescriptors.UnresolvedReference, id.Location, id.Value, "a statement or event ID",
            Suggestions.DidYouMean(id.Value, _statements.Keys.Concat(_events.Keys)));
        return null;
    }

    internal void Add(DiagnosticInfo diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>The publication date of an article, by ID: what a role's attestation by that article dates it to.</summary>
    /// <summary>Roles already reported by CORP055.</summary>
    internal HashSet<string> UnknownRolesReported { get; } = new(StringComparer.Ordinal);

    internal PartialDate? ArticlePublished(string id) => _articlePublished.TryGetValue(id, out var date) ? date : null;

    /// <summary>References of the format's newer keys that the data does not carry yet: checked (CORP006) and marked referenced.</summary>
    private void CheckFormatReferences()
    {
        foreach (var e in _events.Values) ResolveEvent(e.PartOf);
        foreach (var official in _officials.Values)
        {
            foreach (var attestation in official.Roles.SelectMany(r => r.Attested))
            {
                if (attestation.Date is null && !_articlePublished.ContainsKey(attestation.Value.Value))
                {
                    Report(DiagnosticDescriptors.UnresolvedReference, attestation.Value.Location, attestation.Value.Value, "an article ID or a date",
                        Suggestions.DidYouMean(attestation.Value.Value, _articlePublished.Keys));
                }
            }
        }
    }

    internal void MarkArticleOutlet(string id) => _referencedOrganizations.Add(id);

    private void ReportUnreferenced()
    {
        foreach (var o in _officials.Values)
        {
            if (!_referencedOfficials.Contains(o.Id.Value)) Report(DiagnosticDescriptors.Unreferenced, o.Id.Location, "official", o.Id.Value);
        }
        foreach (var o in _organizations.Values)
        {
            if (!_referencedOrganizations.Contains(o.Id.Value)) Report(DiagnosticDescriptors.Unreferenced, o.Id.Location, "organization", o.Id.Value);
        }
        foreach (var t in _topics.Values)
        {
            if (!_referencedTopics.Contains(t.Id.Value)) Report(DiagnosticDescriptors.Unreferenced, t.Id.Location, "topic", t.Id.Value);
        }
        foreach (var e in _events.Values)
        {
            if (!_referencedEvents.Contains(e.Id.Value)) Report(DiagnosticDescriptors.Unreferenced, e.Id.Location, "event", e.Id.Value);
        }
    }

    /// <summary>The C# member names of each entity kind, checked for collisions.</summary>
    internal sealed class MemberNames
    {
        private readonly CorpusLinker _linker;
        private readonly Dictionary<string, Dictionary<string, Located<string>>> _byKind = new(StringComparer.Ordinal);
        // The declaration (ID, file, offset) that holds each claimed ID, per kind.
        private readonly Dictionary<string, HashSet<(string Id, string FilePath, int Start)>> _owners = new(StringComparer.Ordinal);

        public MemberNames(CorpusLinker linker) => _linker = linker;

        /// <summary>Claims the member name for an ID; false (reported) when another ID of the kind has it.</summary>
        public bool Claim(string kind, Located<string> id)
        {
            string member = Identifiers.ToMemberName(id.Value);
            if (!_byKind.TryGetValue(kind, out var names)) _byKind[kind] = names = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
            if (member == "All" || s_classNames.Contains(member))
            {
                _linker.Report(DiagnosticDescriptors.NameCollision, id.Location, kind, id.Value, member, "which the generated class already uses");
                return false;
            }
            if (names.TryGetValue(member, out var other))
            {
                _linker._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, id.Location, new[] { other.Location },
                    kind, id.Value, member, $"like '{other.Value}' at {other.Location.Display}"));
                return false;
            }
            names.Add(member, id);
            if (!_owners.TryGetValue(kind, out var owners)) _owners[kind] = owners = new HashSet<(string, string, int)>();
            owners.Add((id.Value, id.Location.FilePath, id.Location.Range.Start));
            return true;
        }

        /// <summary>Whether this exact declaration (not a duplicate of it) holds the ID.</summary>
        public bool Owns(string kind, Located<string> id) =>
            _owners.TryGetValue(kind, out var owners) &&
            owners.Contains((id.Value, id.Location.FilePath, id.Location.Range.Start));

        public string Of(string kind, string id) => Identifiers.ToMemberName(id);
    }
}

internal static class SeedLimits
{
    /// <summary>Seeds above this size are refused with CORP015.</summary>
    public const int MaxSeedLength = 4 * 1024 * 1024;
}
