using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Checks;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>
/// Stage 4: the checks that need the whole corpus — duplicate IDs and member names (found by the
/// index), seeds claimed twice or never, entities nothing refers to — and the corpus-wide sets
/// the emitters need: the countries, and the statements that did not link. Each from the
/// articles' summaries, never their data, so an edit that keeps a summary equal stops here.
/// </summary>
internal static class CorpusChecks
{
    /// <param name="declarations">Every file's declarations, unplaced (<see cref="DeclarationLocations.Unplace"/>): the index is built
    /// from them here, for the messages, whose locations <see cref="DeclarationLocations.Place"/> then puts in place.</param>
    public static EquatableArray<DiagnosticInfo> Diagnostics(
        IReadOnlyList<FileDeclarations> declarations, IReadOnlyList<SeedFile> seeds, RegistryLink registries, IReadOnlyList<ArticleLink> articles) =>
        Diagnostics(declarations, DeclarationIndex.Build(declarations), seeds, registries, articles);

    /// <summary>The checks, with the index of <paramref name="declarations"/> already built (<see cref="DeclarationIndex.Build"/>): <see cref="OfDeclarations"/>, then <see cref="OfReferences"/>.</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(
        IReadOnlyList<FileDeclarations> declarations, DeclarationIndex index, IReadOnlyList<SeedFile> seeds, RegistryLink registries, IReadOnlyList<ArticleLink> articles) =>
        Join(OfDeclarations(declarations, index, seeds), OfReferences(index, registries, articles));

    /// <summary>The diagnostics of both parts of the checks, in the one order every caller reports them in.</summary>
    public static EquatableArray<DiagnosticInfo> Join(EquatableArray<DiagnosticInfo> ofDeclarations, EquatableArray<DiagnosticInfo> ofReferences) =>
        ofDeclarations.Concat(ofReferences).ToEquatableArray();

    /// <summary>
    /// The checks that need only the declarations and the seeds — duplicates and name collisions, seeds, reference cycles,
    /// the same utterance reported twice, attested roles, seeds claimed twice or never — so a caller can run them beside the linking.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> OfDeclarations(IReadOnlyList<FileDeclarations> declarations, DeclarationIndex index, IReadOnlyList<SeedFile> seeds)
    {
        var diagnostics = new List<DiagnosticInfo>(index.Diagnostics);
        var orderedSeeds = seeds.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
        foreach (var seed in orderedSeeds) diagnostics.AddRange(seed.Diagnostics);
        diagnostics.AddRange(Seeds.SeedNames.Clashes(orderedSeeds));
        // Organizations that are their own ancestors, events part of themselves, statements that answer themselves: reported at the reference that closes the way round.
        diagnostics.AddRange(ReferenceCycles.Report("organization", "parent",
            index.Organizations.Where(o => o.Parent is not null).Select(o => (o.Id.Value, (IReadOnlyList<Located<string>>)new[] { o.Parent!.Value }))));
        diagnostics.AddRange(ReferenceCycles.Report("event", "part-of",
            index.Events.Where(e => e.PartOf is not null).Select(e => (e.Id.Value, (IReadOnlyList<Located<string>>)new[] { e.PartOf!.Value }))));
        // Only a statement that responds to something can be on a way round.
        diagnostics.AddRange(ReferenceCycles.Report("statement", "responds-to",
            declarations.SelectMany(f => f.Statements).Where(s => s.RespondsTo.Count > 0).Select(s => (s.Id.Value, (IReadOnlyList<Located<string>>)s.RespondsTo))));
        // Codebook, "The same utterance reported twice" (CORP053): the statements that link or are linked to, with what their speakers speak for.
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in declarations.SelectMany(f => f.Statements).Where(s => s.SameUtteranceAs.Count > 0))
        {
            linked.Add(s.Id.Value);
            foreach (var link in s.SameUtteranceAs) linked.Add(link.Value);
        }
        diagnostics.AddRange(SameUtterance.Check(declarations.SelectMany(f => f.Statements).Where(s => s.Speaker is not null && linked.Contains(s.Id.Value))
            .Select(s => new UtteranceStatement(s.Id, SameUtterance.KeyOf(s.Speaker!, index.OfficialsById),
                SameUtterance.SpeaksFor(s.Speaker!, index.OfficialsById, index.OrganizationsById), s.Date, s.SameUtteranceAs)).ToList(),
            index.StatementIds));
        // Roles attested by articles name articles that exist.
        foreach (var official in index.Officials)
        {
            foreach (var attestation in official.Roles.SelectMany(r => r.Attested))
            {
                if (attestation.Date is null && !index.HasArticle(attestation.Value.Value))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, attestation.Value.Location, attestation.Value.Value, "an article ID or a date",
                        Parsing.Suggestions.DidYouMean(attestation.Value.Value, index.ArticleIds)));
                }
            }
        }
        var seedNames = new HashSet<string>(seeds.Select(s => s.Name), StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in index.Articles)
        {
            string source = DeclarationIndex.SourceName(article);
            if (!seedNames.Contains(source)) continue;
            claimed.Add(source);
            if (index.ClaimantOf(source) is { Article: var first } && first != article)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedClaimedTwice, article.Source.Location, new[] { first.Source.Location },
                    source, first.Id.Value, first.Source.Location.Display));
            }
        }
        // An article file whose YAML could not be read still names its seed: one error, not two.
        var unread = new HashSet<string>(declarations.Where(f => f.UnreadSource is not null).Select(f => f.UnreadSource!.Replace('\\', '/')), StringComparer.Ordinal);
        foreach (var seed in orderedSeeds)
        {
            if (claimed.Contains(seed.Name) || unread.Contains(seed.Name)) continue;
            string stem = seed.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? seed.Name.Substring(0, seed.Name.Length - 4) : seed.Name;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedWithoutAnnotation, new LocationInfo(seed.Path, default), seed.Name, stem));
            if (UnclaimedSeeds.Warning(seed) is { } loud) diagnostics.Add(loud);
        }
        return diagnostics.ToEquatableArray();
    }

    /// <summary>The check that needs what the registries and the articles refer to: registry entities nothing refers to.</summary>
    public static EquatableArray<DiagnosticInfo> OfReferences(DeclarationIndex index, RegistryLink registries, IReadOnlyList<ArticleLink> articles)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var referenced = ReferencedRegistryIds(registries, articles);
        void Unreferenced(EntityKind kind, Located<string> id)
        {
            if (!referenced[(int)kind].Contains(id.Value)) diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Unreferenced, id.Location, DeclarationIndex.Spelling(kind), id.Value));
        }
        foreach (var o in index.Officials) Unreferenced(EntityKind.Official, o.Id);
        foreach (var o in index.Organizations) Unreferenced(EntityKind.Organization, o.Id);
        foreach (var t in index.Topics) Unreferenced(EntityKind.Topic, t.Id);
        foreach (var e in index.Events) Unreferenced(EntityKind.Event, e.Id);
        return diagnostics.ToEquatableArray();
    }

    /// <summary>
    /// The IDs of registry entities (officials, organizations, topics, events) that something refers to, by kind (indexed by
    /// <see cref="EntityKind"/>; empty for articles and statements, which the check does not need): keyed by the ID alone, so
    /// lookups take the fast path for string keys.
    /// </summary>
    private static HashSet<string>[] ReferencedRegistryIds(RegistryLink registries, IReadOnlyList<ArticleLink> articles)
    {
        var byKind = new HashSet<string>[(int)EntityKind.Statement + 1];
        for (int kind = 0; kind < byKind.Length; kind++) byKind[kind] = new HashSet<string>(StringComparer.Ordinal);
        void Add(EquatableArray<EntityRef> references)
        {
            foreach (var reference in references)
            {
                if (reference.Kind is not (EntityKind.Article or EntityKind.Statement)) byKind[(int)reference.Kind].Add(reference.Id);
            }
        }
        Add(registries.References);
        foreach (var article in articles) Add(article.References);
        return byKind;
    }

    /// <summary>Every country the corpus mentions, by code: the runtime's Countries list, in the same order.</summary>
    public static EquatableArray<CountryData> Countries(RegistryLink registries, IReadOnlyList<ArticleLink> articles)
    {
        var codes = new SortedSet<string>(registries.Countries.Concat(articles.SelectMany(a => a.Countries)), StringComparer.Ordinal);
        return codes.Select(code => new CountryData(code, IsoCountries.TryGetName(code, out var name) ? name : code)).ToEquatableArray();
    }

    /// <summary>The statements, article events and articles declared but not linked (each reported where it failed): references to them are left out of the data.</summary>
    public static EquatableArray<EntityRef> Unlinked(IReadOnlyList<ArticleLink> articles) =>
        articles.SelectMany(a => a.Unlinked).OrderBy(r => r.Kind).ThenBy(r => r.Id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>An article's data without references to what did not link; the same instance when it has none.</summary>
    public static ArticleData WithoutDanglingReferences(ArticleData article, EquatableArray<EntityRef> unlinked)
    {
        if (unlinked.Count == 0) return article;
        var missing = new HashSet<EntityRef>(unlinked);
        bool Missing(ResponseKey r) => missing.Contains(new EntityRef(r.IsStatement ? EntityKind.Statement : EntityKind.Event, r.Id));
        bool MissingEvent(string? id) => id is not null && missing.Contains(new EntityRef(EntityKind.Event, id));
        bool MissingStatement(string id) => missing.Contains(new EntityRef(EntityKind.Statement, id));
        StatementData[]? changed = null;
        for (int i = 0; i < article.Statements.Count; i++)
        {
            var s = article.Statements[i];
            if (!MissingEvent(s.Event) && !s.RespondsTo.Any(Missing) && !s.SameUtteranceAs.Any(MissingStatement) && !s.Concerns.Any(MissingEvent)) continue;
            changed ??= article.Statements.ToArray();
            changed[i] = s with
            {
                Event = MissingEvent(s.Event) ? null : s.Event, RespondsTo = s.RespondsTo.Where(r => !Missing(r)).ToEquatableArray(),
                SameUtteranceAs = s.SameUtteranceAs.Where(id => !MissingStatement(id)).ToEquatableArray(), Concerns = s.Concerns.Where(id => !MissingEvent(id)).ToEquatableArray(),
            };
        }
        var events = article.Events.Any(e => MissingEvent(e.PartOf)) ? article.Events.Select(e => MissingEvent(e.PartOf) ? e with { PartOf = null } : e).ToEquatableArray() : article.Events;
        return changed is null && events == article.Events ? article : article with { Statements = changed is null ? article.Statements : new EquatableArray<StatementData>(changed), Events = events };
    }

    /// <summary>The registries' data without references to what did not link (events a registry event is part of, articles that attest roles); the same instance when it has none.</summary>
    public static RegistryData WithoutDanglingReferences(RegistryData registries, EquatableArray<EntityRef> unlinked)
    {
        if (unlinked.Count == 0) return registries;
        var missing = new HashSet<EntityRef>(unlinked);
        bool MissingEvent(string? id) => id is not null && missing.Contains(new EntityRef(EntityKind.Event, id));
        bool MissingArticle(AttestationKey a) => a.IsArticle && missing.Contains(new EntityRef(EntityKind.Article, a.Value));
        bool Dangles(OfficialData o) => o.Roles.Any(r => r.Attested.Any(MissingArticle));
        if (!registries.Events.Any(e => MissingEvent(e.PartOf)) && !registries.Officials.Any(Dangles)) return registries;
        return registries with
        {
            Events = registries.Events.Select(e => MissingEvent(e.PartOf) ? e with { PartOf = null } : e).ToEquatableArray(),
            Officials = registries.Officials.Select(o => !Dangles(o) ? o : o with
            {
                Roles = o.Roles.Select(r => r with { Attested = r.Attested.Where(a => !MissingArticle(a)).ToEquatableArray() }).ToEquatableArray(),
            }).ToEquatableArray(),
        };
    }
}
