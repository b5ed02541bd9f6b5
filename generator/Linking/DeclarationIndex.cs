using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Linking;

/// <summary>
/// Stage 2b: every file's declarations → one immutable index: which declaration holds each ID and
/// C# member name (duplicates and collisions are reported and hold nothing), and the registry
/// entries, statement dates and seed claims that articles are checked against.
/// </summary>
/// <remarks>
/// A pure function of the declarations, and equal exactly when they are, so the articles linked
/// against it stay cached while no declaration changes. The pipeline links against an index of
/// declarations without positions (<see cref="Declare.WithoutPositions"/>), so an edit that only
/// moves text does not re-link other articles; the corpus checks build one with positions, for
/// their messages.
/// </remarks>
internal sealed class DeclarationIndex : IEquatable<DeclarationIndex>
{
    private readonly Dictionary<string, OfficialModel> _officials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganizationModel> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TopicModel> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventModel> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StatementDeclaration> _statements;
    private readonly Dictionary<string, ArticleDeclaration> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Path, ArticleDeclaration Article)> _seedClaims = new(StringComparer.Ordinal);
    // The declaration that holds each ID, by kind (indexed by EntityKind): its file and position among the
    // file's declarations of the kind. Not the offset: an edit above a declaration moves it but leaves the holder the same.
    // Keyed by the ID alone, so lookups take the fast path for string keys.
    private readonly Dictionary<string, (string FilePath, int Ordinal)>[] _owners;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private DeclarationIndex(EquatableArray<FileDeclarations> files, int statements)
    {
        Files = files;
        _statements = new(statements, StringComparer.Ordinal);
        _owners = new Dictionary<string, (string, int)>[KindCount];
        for (int kind = 0; kind < KindCount; kind++) _owners[kind] = new((EntityKind)kind == EntityKind.Statement ? statements : 0, StringComparer.Ordinal);
    }

    private const int KindCount = (int)EntityKind.Statement + 1;

    /// <summary>The declarations, in path order.</summary>
    public EquatableArray<FileDeclarations> Files { get; }

    /// <summary>Duplicate IDs and C# name collisions.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; private set; }

    public IReadOnlyCollection<OfficialModel> Officials => _officials.Values;
    public IReadOnlyCollection<OrganizationModel> Organizations => _organizations.Values;
    public IReadOnlyCollection<TopicModel> Topics => _topics.Values;
    /// <summary>Registry and article events, in declaration order.</summary>
    public IReadOnlyCollection<EventModel> Events => _events.Values;
    /// <summary>The articles that hold their IDs, in path order.</summary>
    public IReadOnlyCollection<ArticleDeclaration> Articles => _articles.Values;

    public IReadOnlyDictionary<string, OfficialModel> OfficialsById => _officials;
    public IReadOnlyDictionary<string, OrganizationModel> OrganizationsById => _organizations;

    /// <summary>An article's publication date by its ID; null when the article is unknown or undated.</summary>
    public PartialDate? ArticlePublished(string id) => _articles.TryGetValue(id, out var article) ? article.Published : null;

    public bool HasArticle(string id) => _articles.ContainsKey(id);
    public IEnumerable<string> ArticleIds => _articles.Keys;

    public static DeclarationIndex Build(IEnumerable<FileDeclarations> declarations)
    {
        // Sorted so the first declaration of an ID is the same whatever order the build passes files in.
        var files = declarations.OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
        int statements = 0;
        foreach (var file in files) statements += file.Statements.Count;
        var index = new DeclarationIndex(files, statements);
        // The ID holding each member name, by kind (indexed by EntityKind).
        var members = new Dictionary<string, Located<string>>[KindCount];
        for (int kind = 0; kind < KindCount; kind++) members[kind] = new((EntityKind)kind == EntityKind.Statement ? statements : 0, StringComparer.Ordinal);
        // Registries first: they hold IDs and member names before any article's events and statements.
        foreach (var file in files)
        {
            for (int i = 0; i < file.Officials.Count; i++) index.Declare(index._officials, EntityKind.Official, file.Path, i, file.Officials[i].Id, file.Officials[i], members, out _);
            for (int i = 0; i < file.Organizations.Count; i++) index.Declare(index._organizations, EntityKind.Organization, file.Path, i, file.Organizations[i].Id, file.Organizations[i], members, out _);
            for (int i = 0; i < file.Topics.Count; i++) index.Declare(index._topics, EntityKind.Topic, file.Path, i, file.Topics[i].Id, file.Topics[i], members, out _);
            for (int i = 0; i < file.Events.Count; i++) index.Declare(index._events, EntityKind.Event, file.Path, i, file.Events[i].Id, file.Events[i], members, out _);
        }
        foreach (var file in files)
        {
            string? articleMember = null;
            if (file.Article is { } article && index.Declare(index._articles, EntityKind.Article, file.Path, 0, article.Id, article, members, out articleMember))
            {
                string source = SourceName(article);
                if (!index._seedClaims.ContainsKey(source)) index._seedClaims.Add(source, (file.Path, article));
            }
            else if (file.Article is { } a)
            {
                articleMember = CSharpNames.Member(a.Id.Value);
            }
            for (int i = 0; i < file.Statements.Count; i++)
            {
                var s = file.Statements[i];
                if (!index.Declare(index._statements, EntityKind.Statement, file.Path, i, s.Id, s, members, out var member)) continue;
                // A statement's member lives in its article's class, and a member may not be named like its class (CS0542).
                if (file.Article is { } own && member == articleMember)
                {
                    index._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, s.Id.Location, new[] { own.Id.Location },
                        Spelling(EntityKind.Statement), s.Id.Value, member!, $"like its article '{own.Id.Value}', whose class holds it"));
                    index._statements.Remove(s.Id.Value);
                    index._owners[(int)EntityKind.Statement].Remove(s.Id.Value);
                }
            }
        }
        index.Diagnostics = index._diagnostics.ToEquatableArray();
        return index;
    }

    /// <summary>The seed name an article's <c>source</c> refers to.</summary>
    public static string SourceName(ArticleDeclaration article) => article.Source.Value.Replace('\\', '/');

    /// <summary>Declares <paramref name="id"/> if it is free and its member name too; <paramref name="member"/> is that name when it is declared.</summary>
    private bool Declare<T>(Dictionary<string, T> map, EntityKind kind, string path, int ordinal, Located<string> id, T value, Dictionary<string, Located<string>>[] members, out string? member)
    {
        member = null;
        if (map.TryGetValue(id.Value, out var existing))
        {
            var first = LocationOf(existing);
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id.Location, new[] { first }, Spelling(kind), id.Value, first.Display));
            return false;
        }
        string name = CSharpNames.Member(id.Value);
        if (CSharpNames.IsReserved(name))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, id.Location, Spelling(kind), id.Value, name, "which the generated class already uses"));
            return false;
        }
        if (members[(int)kind].TryGetValue(name, out var other))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, id.Location, new[] { other.Location },
                Spelling(kind), id.Value, name, $"like '{other.Value}' at {other.Location.Display}"));
            return false;
        }
        members[(int)kind].Add(name, id);
        map.Add(id.Value, value);
        _owners[(int)kind].Add(id.Value, (path, ordinal));
        member = name;
        return true;
    }

    private static LocationInfo LocationOf<T>(T value) => value switch
    {
        OfficialModel o => o.Id.Location,
        OrganizationModel o => o.Id.Location,
        TopicModel t => t.Id.Location,
        EventModel e => e.Id.Location,
        ArticleDeclaration a => a.Id.Location,
        StatementDeclaration s => s.Id.Location,
        _ => default,
    };

    public static string Spelling(EntityKind kind) => kind switch
    {
        EntityKind.Official => "official",
        EntityKind.Organization => "organization",
        EntityKind.Topic => "topic",
        EntityKind.Event => "event",
        EntityKind.Article => "article",
        _ => "statement",
    };

    /// <summary>Whether this declaration (the <paramref name="ordinal"/>-th of its kind in its file), not a duplicate of it, holds the ID.</summary>
    public bool Owns(EntityKind kind, string id, string path, int ordinal) =>
        _owners[(int)kind].TryGetValue(id, out var owner) && owner.Ordinal == ordinal && string.Equals(owner.FilePath, path, StringComparison.Ordinal);

    /// <summary>The file of the article that first claims a seed, among those that hold their IDs, and its declaration.</summary>
    public (string Path, ArticleDeclaration Article)? ClaimantOf(string source) => _seedClaims.TryGetValue(source, out var claim) ? claim : null;

    public OfficialModel? Official(string id) => _officials.TryGetValue(id, out var o) ? o : null;
    public OrganizationModel? Organization(string id) => _organizations.TryGetValue(id, out var o) ? o : null;
    public bool HasTopic(string id) => _topics.ContainsKey(id);
    public EventModel? Event(string id) => _events.TryGetValue(id, out var e) ? e : null;
    public StatementDeclaration? Statement(string id) => _statements.TryGetValue(id, out var s) ? s : null;

    public IEnumerable<string> OfficialIds => _officials.Keys;
    public IEnumerable<string> OrganizationIds => _organizations.Keys;
    public IEnumerable<string> TopicIds => _topics.Keys;
    public IEnumerable<string> EventIds => _events.Keys;
    public IEnumerable<string> StatementIds => _statements.Keys;

    public bool Equals(DeclarationIndex? other) => other is not null && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as DeclarationIndex);

    public override int GetHashCode() => Files.GetHashCode();
}
