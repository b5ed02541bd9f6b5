using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using static Corpus.CorpusDataFormat;

namespace Corpus;

/// <summary>
/// One loaded corpus: what the load reads (the registries; each article's seed path, events and
/// statements; each statement's kind and act) and what is read from the data or resolved on first
/// use: an article's ID, metadata, text, shared texts, unnamed actors and passages; an event's
/// fields; a statement's speaker, position and other details; the articles and statements by ID;
/// and the reverse navigation lists (an actor's statements, an event's, a topic's, targets and
/// responses), which are built for the whole corpus the first time any of them is read.
/// </summary>
internal sealed class CorpusIndex
{
    private static readonly int s_kindCount = Vocabulary.Spellings<StatementKind>().Count;
    private static readonly int s_actCount = Vocabulary.Spellings<SpeechAct>().Count;

    private readonly object _gate = new();
    // Whether the corpus order comes with the data (generated code's), so loading needs no seed paths to sort by.
    private readonly bool _ordered;
    // Where each article source's articles start in _articles, in the order the sources are read.
    private readonly List<int> _sourceStarts = new();
    private readonly List<Topic> _topics = new();
    private readonly List<Organization> _organizations = new();
    private readonly List<Official> _officials = new();
    private readonly List<Article> _articles = new();
    private readonly List<Event> _registryEvents = new();
    private CorpusStatements _statements = new(Array.Empty<Article>());
    // Unnamed actors are numbered per chunk and the same actor may appear in several: one instance each.
    // Keyed "<country>:<description>" (a country code holds no colon): a key of two strings would make the runtime compile a dictionary for it.
    private readonly Dictionary<string, UnnamedActor> _unnamedActors = new(StringComparer.Ordinal);
    private readonly List<Country> _countryList = new();
    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> _topicById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organization> _organizationById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Official> _officialById = new(StringComparer.Ordinal);
    // Built when the load is done, at their final size, or on first use.
    private Dictionary<string, Event> _eventById = new(StringComparer.Ordinal);
    private Dictionary<string, Article>? _articleById;
    private int _eventCount;
    private Dictionary<string, Statement>? _statementById;
    private Dictionary<string, Country>? _countriesLoaded;
    private volatile bool _navigationBuilt;

    // Registry references resolved once every record is read, so records may refer forward.
    private readonly List<PendingParent> _parents = new();
    private readonly List<PendingRole> _roles = new();
    private UnnamedActor[] _registryUnnamed = Array.Empty<UnnamedActor>();
    private readonly List<UnnamedActor> _registryUnnamedList = new();

    // The source being read, the article whose contents were read last in it, and how many articles it has so far.
    private ChunkSource? _source;
    private Official? _lastOfficial;
    private Article? _lastArticle;
    private int _sourceArticles;
    private bool _sawHeader;

    /// <param name="ordered">Whether <see cref="Link"/> is given the corpus order; otherwise it sorts the articles by seed path.</param>
    public CorpusIndex(bool ordered) => _ordered = ordered;

    /// <summary>Starts a source; the first one read must start with the format header.</summary>
    public void BeginSource(ChunkSource source, bool isFirst)
    {
        _source = source;
        _sawHeader = !isFirst;
        _lastArticle = null;
        _sourceArticles = 0;
        if (!isFirst) _sourceStarts.Add(_articles.Count);
    }

    /// <summary>How many contents records the source being read has had so far.</summary>
    public int SourceArticles => _sourceArticles;

    /// <summary>Ends the part of a source that loading reads: its article chunks start at <paramref name="chunksStart"/>.</summary>
    public void EndSource(int chunksStart)
    {
        _source!.ChunksStart = chunksStart;
        _source.ArticleCount = _sourceArticles;
    }

    /// <summary>A record other than a statement, read whole.</summary>
    public void Add(Record record, int recordStart)
    {
        if (!_sawHeader)
        {
            if (!record.IsTag(Encoding.UTF8.GetBytes(Header)) || record.Count < 2 || record.Field(1) != CorpusDataFormat.Version.ToString(CultureInfo.InvariantCulture))
            {
                throw new FormatException($"Corpus data: expected '{Header}\t{CorpusDataFormat.Version}' on line 1; the generator and the Corpus runtime are of different versions.");
            }
            _sawHeader = true;
            return;
        }
        string tag = TagOf(record);
        if (_lastArticle is not null && tag != ContentsTag && tag != ContentsEventTag && tag != UnnamedTag) throw record.Error($"a {tag} record among the contents");
        switch (tag)
        {
            case ContentsTag:
                _lastArticle = ReadContents(record, recordStart);
                _articles.Add(_lastArticle);
                break;
            case ContentsEventTag:
            {
                var article = _lastArticle ?? throw record.Error("an article's event before any contents record");
                var events = article.EventList ??= new List<Event>();
                events.Add(new Event(this, article, events.Count, record.Required(ContentsEventId)) { PartOfId = record.Field(ContentsEventPartOf) });
                _eventCount++;
                break;
            }
            case SharedTag:
            case BoilerplateTag:
            case NotSpeechTag:
            case StatementTag:
                throw record.Error($"a {tag} record outside an article's chunk");
            case CountryTag:
                CountryOf(record.Required(1));
                break;
            case TopicTag:
            {
                var topic = new Topic(record.Required(1), record.Required(2), record.Field(3)) { Index = this };
                _topics.Add(topic);
                _topicById.Add(topic.Id, topic);
                break;
            }
            case OrganizationTag:
            {
                var organization = new Organization(record.Required(1), record.Required(2), record.Field(3), record.Enum<OrganizationKind>(4), CountryOf(record.Field(5))) { Index = this };
                _organizations.Add(organization);
                _organizationById.Add(organization.Id, organization);
                if (record.Field(6) is { } parent) _parents.Add(new PendingParent(organization, parent));
                break;
            }
            case OfficialTag:
            {
                var official = new Official(record.Required(1), record.Required(2), record.Field(3), CountryOf(record.Field(4))) { Index = this };
                _officials.Add(official);
                _officialById.Add(official.Id, official);
                _lastOfficial = official;
                break;
            }
            case RoleTag:
            {
                var official = _lastOfficial ?? throw record.Error("a role before any official");
                _roles.Add(new PendingRole(official, record.Required(RoleTitle), record.Required(RoleOrganization), record.Date(RoleFrom), record.Date(RoleTo), record.Field(RoleAttested)));
                break;
            }
            case UnnamedTag:
                // The registries' own; an article's, after its contents record, are read on first use.
                if (_lastArticle is null) _registryUnnamedList.Add(UnnamedActorOf(record));
                break;
            case EventTag:
            {
                // A registry event: the ID now, the rest of the record on first use. An article's own are in its contents.
                if (record.Field(EventMarker) == ArticleEventMarker) throw record.Error("an article's event outside its chunk");
                _registryEvents.Add(new Event(this, _source!, recordStart, record.Required(EventId)) { PartOfId = record.Field(EventPartOf) });
                _eventCount++;
                break;
            }
            default:
                throw record.Error($"unknown record '{tag}'");
        }
    }

    private static readonly string[] s_tags =
        { ContentsTag, ContentsEventTag, EventTag, CountryTag, TopicTag, OrganizationTag, OfficialTag, RoleTag, UnnamedTag, SharedTag, BoilerplateTag, NotSpeechTag, StatementTag, ArticleTag };
    private static readonly byte[][] s_tagBytes = Utf8(s_tags);

    private static byte[][] Utf8(string[] values)
    {
        var bytes = new byte[values.Length][];
        for (int i = 0; i < values.Length; i++) bytes[i] = Encoding.UTF8.GetBytes(values[i]);
        return bytes;
    }

    /// <summary>The record's tag as the format's own string, so reading a record allocates none.</summary>
    private static string TagOf(Record record)
    {
        var raw = record.Raw(0);
        for (int i = 0; i < s_tagBytes.Length; i++)
        {
            if (raw.SequenceEqual(s_tagBytes[i])) return s_tags[i];
        }
        return Encoding.UTF8.GetString(raw);
    }

    /// <summary>
    /// An article's contents record: the article and its statements, each with its kind, act and where its speaker
    /// reference is; the rest of the article and of its statements is read from its chunk on first use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Article ReadContents(Record record, int recordStart)
    {
        if (record.Raw(ContentsId).IsEmpty) throw record.Error($"field {ContentsId} is empty");
        var speakers = record.Raw(ContentsSpeakers);
        int speakersAt = record.Offset(ContentsSpeakers);
        if (record.Raw(ContentsSource).IsEmpty) throw record.Error($"field {ContentsSource} is empty");
        var article = new Article(this, _source!, _sourceArticles++, recordStart, speakersAt, _ordered ? null : record.Required(ContentsSource));
        var codes = record.Raw(ContentsCodes);
        if (codes.Length % 2 != 0) throw record.Error("a contents record with a statement's kind and no act");
        var statements = codes.Length == 0 ? Array.Empty<Statement>() : new Statement[codes.Length / 2];
        int at = 0;
        for (int i = 0; i < statements.Length; i++)
        {
            int kind = Position(codes[2 * i]), act = Position(codes[2 * i + 1]);
            if ((uint)kind >= (uint)s_kindCount || (uint)act >= (uint)s_actCount) throw record.Error($"unknown codes '{(char)codes[2 * i]}{(char)codes[2 * i + 1]}' of statement {i}");
            int space = at < speakers.Length ? speakers.Slice(at).IndexOf((byte)' ') : -1;
            int end = space < 0 ? speakers.Length : at + space;
            if (end <= at || (space < 0) != (i == statements.Length - 1)) throw record.Error($"a contents record with {statements.Length} statements and another number of speakers");
            statements[i] = new Statement(article, speakersAt + at, (StatementKind)kind, (SpeechAct)act);
            at = end + 1;
        }
        if (statements.Length == 0 && !speakers.IsEmpty) throw record.Error("a contents record with speakers and no statements");
        article.StatementArray = statements;
        return article;
    }

    // Linking is split into small methods, each loop in its own. The loops that only hand each item to the
    // framework's compiled code (a dictionary, an array copy) are not optimized: the runtime would otherwise
    // compile them again, optimized, while they run (on-stack replacement), for more than the loop costs.
    /// <param name="order">For each article in corpus order, its source and its place among the source's articles; empty unless the index is ordered.</param>
    public CorpusGraph Link(ReadOnlySpan<int> order)
    {
        _registryUnnamed = _registryUnnamedList.ToArray();
        LinkParents();
        LinkRoles();
        var articles = _ordered ? InOrder(order) : InCorpusOrder(_articles);
        var events = AllEvents(_registryEvents, articles, _eventCount);
        _eventById = EventsById(events);
        LinkParts(events);
        _statements = new CorpusStatements(articles);
        _countriesLoaded = new Dictionary<string, Country>(_countries, StringComparer.Ordinal);
        return new CorpusGraph(new ReadOnlyCollection<Statement>(_statements), _officials.AsReadOnly(), _organizations.AsReadOnly(), events.AsReadOnly(),
            Array.AsReadOnly(articles), _topics.AsReadOnly(), _countryList.AsReadOnly(), this);
    }

    /// <summary>The articles by ID, built the first time an article is looked up by its ID (which reads every article's ID).</summary>
    public Dictionary<string, Article> ArticlesById()
    {
        var byId = Volatile.Read(ref _articleById);
        if (byId is not null) return byId;
        lock (_gate)
        {
            if (_articleById is null)
            {
                var map = new Dictionary<string, Article>(_articles.Count, StringComparer.Ordinal);
                foreach (var article in _articles) map.Add(article.Id, article);
                _articleById = map;
            }
            return _articleById;
        }
    }

    private void LinkParents()
    {
        foreach (var pending in _parents)
        {
            var parent = Lookup(_organizationById, pending.ParentId);
            pending.Organization.Parent = parent;
            parent.ChildList.Add(pending.Organization);
        }
    }

    private void LinkRoles()
    {
        foreach (var pending in _roles)
        {
            var organization = Lookup(_organizationById, pending.OrganizationId);
            var role = new Role(pending.Official, pending.Title, organization, pending.From, pending.To, Attestations(pending.Attested));
            pending.Official.RoleList.Add(role);
            organization.RoleList.Add(role);
        }
    }

    /// <summary>The articles in the corpus order generated code gives: pairs of a source and an article's place in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Article[] InOrder(ReadOnlySpan<int> order)
    {
        if (order.Length != 2 * _articles.Count) throw CorpusDataReader.Error(0, $"the corpus order names {order.Length / 2} articles, and the data holds {_articles.Count}");
        var articles = new Article[_articles.Count];
        var placed = new bool[_articles.Count];
        for (int i = 0; i < articles.Length; i++)
        {
            int source = order[2 * i], place = order[2 * i + 1];
            int count = (uint)source < (uint)_sourceStarts.Count ? (source + 1 < _sourceStarts.Count ? _sourceStarts[source + 1] : _articles.Count) - _sourceStarts[source] : 0;
            if ((uint)place >= (uint)count || placed[_sourceStarts[source] + place]) throw CorpusDataReader.Error(0, $"the corpus order names article {place} of source {source} wrongly or twice");
            placed[_sourceStarts[source] + place] = true;
            articles[i] = _articles[_sourceStarts[source] + place];
        }
        return articles;
    }

    /// <summary>The articles by seed path, the corpus order of data that does not give it (a whole corpus as tools write it).</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static Article[] InCorpusOrder(List<Article> read)
    {
        var articles = read.ToArray();
        var paths = new string[articles.Length];
        bool sorted = true;
        for (int i = 0; i < paths.Length; i++)
        {
            paths[i] = articles[i].SourcePath;
            if (i > 0 && string.CompareOrdinal(paths[i - 1], paths[i]) > 0) sorted = false;
        }
        // Seed paths are unique (a seed annotated twice is a build error, CORP019); sorting string keys runs the framework's compiled code.
        if (!sorted) Array.Sort(paths, articles, StringComparer.Ordinal);
        return articles;
    }

    /// <summary>The registries' events, then each article's own.</summary>
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static List<Event> AllEvents(List<Event> registryEvents, Article[] articles, int count)
    {
        var events = new List<Event>(count);
        events.AddRange(registryEvents);
        foreach (var article in articles)
        {
            if (article.EventList is { } own) events.AddRange(own);
        }
        return events;
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static Dictionary<string, Event> EventsById(List<Event> events)
    {
        var byId = new Dictionary<string, Event>(events.Count, StringComparer.Ordinal);
        foreach (var @event in events) byId.Add(@event.Id, @event);
        return byId;
    }

    /// <summary>Each event's whole, and each whole's parts, in corpus order.</summary>
    private void LinkParts(List<Event> events)
    {
        foreach (var @event in events)
        {
            if (@event.PartOfId is not { } partOf) continue;
            var whole = Lookup(_eventById, partOf);
            @event.PartOf = whole;
            (whole.PartList ??= new List<Event>()).Add(@event);
        }
    }

    /// <summary>An organization whose parent is resolved once every record is read.</summary>
    private sealed record PendingParent(Organization Organization, string ParentId);

    /// <summary>A role whose organization and attestations are resolved once every record is read.</summary>
    private sealed record PendingRole(Official Official, string Title, string OrganizationId, PartialDate? From, PartialDate? To, string? Attested);

    /// <summary>The record of a statement or article that starts at <paramref name="recordStart"/> in <paramref name="data"/>, split.</summary>
    private static Record RecordAt(ReadOnlySpan<byte> data, int recordStart, Span<Range> buffer) =>
        Record.Split(data, recordStart, CorpusDataReader.RecordEnd(data, recordStart), buffer);

    /// <summary>Reads the rest of one statement record, from its article's chunk; its speaker too unless already read.</summary>
    public StatementDetails ReadDetails(Statement statement, Actor? speaker)
    {
        var article = statement.Article;
        var data = article.Source.Read();
        Span<Range> buffer = stackalloc Range[CorpusDataReader.MaxFields];
        var record = RecordAt(data, statement.RecordStart, buffer);
        return new StatementDetails(record.Required(StatementId), speaker ?? Actor(record.Raw(StatementSpeaker), article))
        {
            Date = record.Date(StatementDate),
            DateBasis = record.OptionalEnum<DateBasis>(StatementBasis),
            DateEvidence = record.Shared(StatementEvidence, article),
            Event = record.Field(StatementEvent) is { } eventId ? Lookup(_eventById, eventId) : null,
            Targets = Actors(record.Raw(StatementTargets), article),
            About = Actors(record.Raw(StatementAbout), article),
            NoTargetReason = record.Field(StatementNoTarget),
            Addressees = Actors(record.Raw(StatementAddressees), article),
            Topics = Topics(record.Raw(StatementTopics)),
            ReportedByChain = Actors(record.Raw(StatementReportedBy), article),
            RespondsTo = record.Field(StatementRespondsTo),
            SameUtteranceAs = record.Field(StatementSameUtterance),
            Concerns = record.Field(StatementConcerns),
            CameoCode = record.Field(StatementCameo),
            Note = record.Shared(StatementNote, article),
        };
    }

    /// <summary>
    /// A statement's speaker, read from its record alone: the field most queries ask for, resolved
    /// without reading the statement's other details.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Actor ReadSpeaker(Statement statement)
    {
        // In the article's contents record: a space ends it, or the tab or line break after the last one.
        var reference = statement.Article.Source.Read().Slice(statement.SpeakerAt);
        int end = reference.IndexOfAny((byte)' ', (byte)'\t', (byte)'\n');
        return Actor(end < 0 ? reference : reference.Slice(0, end), statement.Article);
    }

    /// <summary>A statement's position in its article's text, from its record.</summary>
    public (int Start, int Length) ReadPosition(Statement statement)
    {
        var data = statement.Article.Source.Read();
        // Split only as far as the length: the last range holds the rest of the record.
        Span<Range> buffer = stackalloc Range[StatementLength + 2];
        var record = RecordAt(data, statement.RecordStart, buffer);
        return (record.Int(StatementStart), record.Int(StatementLength));
    }

    /// <summary>A number field of a statement record that the statement does not keep (its line, its column).</summary>
    public int ReadStatementNumber(Statement statement, int field)
    {
        var data = statement.Article.Source.Read();
        Span<Range> buffer = stackalloc Range[field + 2];
        return RecordAt(data, statement.RecordStart, buffer).Int(field);
    }

    /// <summary>An article's seed path, from its contents record.</summary>
    public string ReadSourcePath(Article article)
    {
        var data = article.Source.Read();
        Span<Range> buffer = stackalloc Range[ContentsSource + 2];
        return RecordAt(data, article.ContentsStart, buffer).Required(ContentsSource);
    }

    /// <summary>An article's ID, from its contents record.</summary>
    public string ReadId(Article article)
    {
        var data = article.Source.Read();
        Span<Range> buffer = stackalloc Range[ContentsId + 2];
        return RecordAt(data, article.ContentsStart, buffer).Required(ContentsId);
    }

    /// <summary>A statement's place among its article's: how many speaker references come before its own in the contents record.</summary>
    public int Ordinal(Statement statement)
    {
        var article = statement.Article;
        return article.Source.Read().Slice(article.SpeakersStart, statement.SpeakerAt - article.SpeakersStart).Count((byte)' ');
    }

    /// <summary>Where an article's statement and event records start in its chunk, in order; as many as its contents name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ChunkRecords ReadChunkRecords(Article article)
    {
        var data = article.Source.Read();
        var statements = new int[article.StatementArray.Length];
        var events = new int[article.EventList?.Count ?? 0];
        int statementCount = 0, eventCount = 0;
        int position = CorpusDataReader.RecordEnd(data, article.RecordStart) + 1;
        while (position < article.ChunkEnd)
        {
            int end = CorpusDataReader.RecordEnd(data, position);
            var record = data.Slice(position, end - position);
            if (record.StartsWith(s_statementLine))
            {
                if (statementCount == statements.Length) throw ChunkMismatch(data, article, "statements");
                statements[statementCount++] = position;
            }
            else if (record.StartsWith(s_eventLine))
            {
                if (eventCount == events.Length) throw ChunkMismatch(data, article, "events");
                events[eventCount++] = position;
            }
            position = end + 1;
        }
        if (statementCount != statements.Length) throw ChunkMismatch(data, article, "statements");
        if (eventCount != events.Length) throw ChunkMismatch(data, article, "events");
        return new ChunkRecords(statements, events);
    }

    private static FormatException ChunkMismatch(ReadOnlySpan<byte> data, Article article, string what) =>
        CorpusDataReader.Error(CorpusDataReader.LineOf(data, article.RecordStart), $"an article chunk whose {what} are not those its contents record names");

    /// <summary>An article's metadata: the fields of its record but the ID, the seed path and the text.</summary>
    public ArticleMetadata ReadMetadata(Article article)
    {
        var data = article.Source.Read();
        Span<Range> buffer = stackalloc Range[CorpusDataReader.MaxFields];
        var record = RecordAt(data, article.RecordStart, buffer);
        return new ArticleMetadata
        {
            Headline = record.Field(ArticleHeadline),
            HeadlineBasis = record.OptionalEnum<DateBasis>(ArticleHeadlineBasis),
            HeadlineEvidence = record.Field(ArticleHeadlineEvidence),
            Subheadline = record.Field(ArticleSubheadline),
            Outlet = record.Field(ArticleOutlet) is { } outlet ? Lookup(_organizationById, outlet) : null,
            OutletBasis = record.OptionalEnum<DateBasis>(ArticleOutletBasis),
            OutletEvidence = record.Field(ArticleOutletEvidence),
            Byline = record.Field(ArticleByline),
            Published = record.Date(ArticlePublished),
            PublishedBasis = record.OptionalEnum<DateBasis>(ArticleBasis),
            PublishedEvidence = record.Field(ArticleEvidence),
            Updated = record.Date(ArticleUpdated),
            Url = record.Field(ArticleUrl),
            Note = record.Field(ArticleNote),
        };
    }

    /// <summary>
    /// An article's text: the last field of its record, kept in the data and decoded now, or the name
    /// of the manifest resource the build embedded the seed file as.
    /// </summary>
    public string ReadText(Article article)
    {
        var data = article.Source.Read();
        Span<Range> buffer = stackalloc Range[CorpusDataReader.MaxFields];
        var record = RecordAt(data, article.RecordStart, buffer);
        // The text is the last field, after the updated date.
        if (record.Count <= ArticleUpdated + 1) throw record.Error("an article record with too few fields");
        var text = record.Raw(record.Count - 1);
        if (!text.StartsWith(s_resourceEscape)) return Unescape(text);
        var assembly = article.Source.Assembly;
        if (assembly is null || !ResourceText.TryParseReference(text.Slice(s_resourceEscape.Length), out int length, out string name))
        {
            throw record.Error($"bad article text reference '{Encoding.UTF8.GetString(text)}'");
        }
        return ResourceText.Read(assembly, name, length);
    }

    /// <summary>The records of one kind in an article's chunk, in order (wherever they are in the chunk).</summary>
    private static void ForEachRecord(Article article, byte[] tag, RecordReader read)
    {
        var data = article.Source.Read();
        Span<Range> buffer = stackalloc Range[CorpusDataReader.MaxFields];
        int position = CorpusDataReader.RecordEnd(data, article.RecordStart) + 1;
        while (position < article.ChunkEnd)
        {
            int end = CorpusDataReader.RecordEnd(data, position);
            if (data.Slice(position, end - position).StartsWith(tag)) read(Record.Split(data, position, end, buffer));
            position = end + 1;
        }
    }

    private delegate void RecordReader(Record record);

    private static readonly byte[] s_statementLine = CorpusDataReader.TagBytes(StatementTag), s_eventLine = CorpusDataReader.TagBytes(EventTag),
        s_contentsEventLine = CorpusDataReader.TagBytes(ContentsEventTag),
        s_sharedLine = CorpusDataReader.TagBytes(SharedTag), s_unnamedLine = CorpusDataReader.TagBytes(UnnamedTag),
        s_boilerplateLine = CorpusDataReader.TagBytes(BoilerplateTag), s_notSpeechLine = CorpusDataReader.TagBytes(NotSpeechTag);
    private static readonly byte[] s_resourceEscape = Encoding.UTF8.GetBytes(ResourceEscape);

    /// <summary>The texts an article's chunk shares among its statements (its "\~n" fields).</summary>
    public string[] ReadSharedTexts(Article article)
    {
        var texts = new List<string>();
        ForEachRecord(article, s_sharedLine, record => texts.Add(record.Required(1)));
        return texts.ToArray();
    }

    /// <summary>The unnamed actors an article's references number ("u:n"): the unnamed records after its contents record.</summary>
    public UnnamedActor[] ReadUnnamedActors(Article article)
    {
        var data = article.Source.Read();
        var actors = new List<UnnamedActor>();
        Span<Range> buffer = stackalloc Range[CorpusDataReader.MaxFields];
        int position = CorpusDataReader.RecordEnd(data, article.ContentsStart) + 1;
        while (position < data.Length)
        {
            int end = CorpusDataReader.RecordEnd(data, position);
            var record = data.Slice(position, end - position);
            if (record.StartsWith(s_unnamedLine)) actors.Add(UnnamedActorOf(Record.Split(data, position, end, buffer)));
            else if (!record.StartsWith(s_contentsEventLine)) break;
            position = end + 1;
        }
        return actors.ToArray();
    }

    /// <summary>An article's boilerplate and not-speech passages.</summary>
    public ArticlePassages ReadPassages(Article article)
    {
        var boilerplate = new List<Passage>();
        var notSpeech = new List<Passage>();
        ForEachRecord(article, s_boilerplateLine, record => boilerplate.Add(
            new Passage(article, record.Int(1), record.Int(2), record.Field(4)) { Kind = record.Enum<BoilerplateKind>(3) }));
        ForEachRecord(article, s_notSpeechLine, record => notSpeech.Add(new Passage(article, record.Int(1), record.Int(2), record.Field(3))));
        return new ArticlePassages(boilerplate.AsReadOnly(), notSpeech.AsReadOnly());
    }

    private UnnamedActor UnnamedActorOf(Record record)
    {
        string description = record.Required(1);
        string? country = record.Field(2);
        string key = country + ":" + description;
        lock (_unnamedActors)
        {
            if (!_unnamedActors.TryGetValue(key, out var actor))
            {
                actor = new UnnamedActor(description, CountryOf(country)) { Index = this };
                _unnamedActors.Add(key, actor);
            }
            return actor;
        }
    }

    /// <summary>An event's fields, read from its record on first use; its organizer and actors may be its article chunk's unnamed actors.</summary>
    public EventMetadata ReadMetadata(Event @event)
    {
        var data = @event.Source.Read();
        Span<Range> buffer = stackalloc Range[CorpusDataReader.MaxFields];
        var record = RecordAt(data, @event.RecordStart, buffer);
        var organizer = record.Raw(EventOrganizer);
        return new EventMetadata(record.Required(EventName), record.Enum<EventKind>(EventKindField))
        {
            Start = record.Date(EventStart),
            End = record.Date(EventEnd),
            DateBasis = record.OptionalEnum<DateBasis>(EventBasis),
            DateEvidence = record.Field(EventEvidence),
            Location = record.Field(EventLocation),
            Organizer = organizer.IsEmpty ? null : Actor(organizer, @event.Article),
            Actors = Actors(record.Raw(EventActors), @event.Article),
            Note = record.Field(EventNote),
        };
    }

    /// <summary>A role's attestations, "a:id" (an article, dated by its publication) or a date each.</summary>
    private IReadOnlyList<RoleAttestation> Attestations(string? references)
    {
        if (references is null) return Array.Empty<RoleAttestation>();
        var list = new List<RoleAttestation>();
        foreach (var reference in references.Split(' '))
        {
            if (reference.Length > 2 && reference[0] == ArticlePrefix && reference[1] == ':')
            {
                var article = Lookup(ArticlesById(), reference.Substring(2));
                list.Add(new RoleAttestation(article, article.Published));
            }
            else
            {
                list.Add(new RoleAttestation(null, PartialDate.TryParse(reference, out var date) ? date : throw CorpusDataReader.Error(0, $"bad role attestation '{reference}'")));
            }
        }
        return list.AsReadOnly();
    }

    /// <summary>The statements and events "s:id e:id …" names.</summary>
    public IReadOnlyList<IRespondable> ResolveResponses(string? references)
    {
        if (references is null) return Array.Empty<IRespondable>();
        var list = new List<IRespondable>();
        foreach (var reference in references.Split(' '))
        {
            string id = reference.Substring(2);
            list.Add(reference[0] == StatementPrefix ? Lookup(StatementsById(), id) : Lookup(_eventById, id));
        }
        return list.AsReadOnly();
    }

    private Dictionary<string, Statement> StatementsById()
    {
        var byId = _statementById;
        if (byId is not null) return byId;
        lock (_gate)
        {
            if (_statementById is null)
            {
                var map = new Dictionary<string, Statement>(_statements.Count, StringComparer.Ordinal);
                foreach (var statement in _statements) map.Add(statement.Id, statement);
                _statementById = map;
            }
            return _statementById;
        }
    }

    /// <summary>Fills every reverse navigation list, once, the first time any of them is read.</summary>
    public void EnsureNavigation()
    {
        if (_navigationBuilt) return;
        lock (_gate)
        {
            if (_navigationBuilt) return;
            foreach (var statement in _statements)
            {
                var details = statement.Details;
                statement.Speaker.SpokenStatements.Add(statement);
                if (details.Event is { } @event) (@event.StatementList ??= new List<Statement>()).Add(statement);
                foreach (var target in details.Targets) target.TargetingStatements.Add(statement);
                foreach (var topic in details.Topics) topic.StatementList.Add(statement);
            }
            foreach (var statement in _statements)
            {
                foreach (var answered in statement.RespondsTo)
                {
                    if (answered is Statement answeredStatement) (answeredStatement.Details.ResponseList ??= new List<Statement>()).Add(statement);
                    else (((Event)answered).ResponseList ??= new List<Statement>()).Add(statement);
                }
                foreach (var concerned in statement.Concerns) (concerned.ConcernList ??= new List<Statement>()).Add(statement);
            }
            _navigationBuilt = true;
        }
    }

    /// <summary>A space-separated list of actor references, resolved.</summary>
    private IReadOnlyList<Actor> Actors(ReadOnlySpan<byte> references, Article? article)
    {
        if (references.IsEmpty) return Array.Empty<Actor>();
        var actors = new Actor[references.Count((byte)' ') + 1];
        for (int i = 0; i < actors.Length; i++)
        {
            int space = references.IndexOf((byte)' ');
            actors[i] = Actor(space < 0 ? references : references.Slice(0, space), article);
            references = space < 0 ? default : references.Slice(space + 1);
        }
        return Array.AsReadOnly(actors);
    }

    /// <summary>A space-separated list of topic IDs, resolved.</summary>
    private IReadOnlyList<Topic> Topics(ReadOnlySpan<byte> ids)
    {
        if (ids.IsEmpty) return Array.Empty<Topic>();
        var topics = new Topic[ids.Count((byte)' ') + 1];
        for (int i = 0; i < topics.Length; i++)
        {
            int space = ids.IndexOf((byte)' ');
            topics[i] = Lookup(_topicById, Encoding.UTF8.GetString(space < 0 ? ids : ids.Slice(0, space)));
            ids = space < 0 ? default : ids.Slice(space + 1);
        }
        return Array.AsReadOnly(topics);
    }

    /// <summary>
    /// An actor reference; "u:n" is the n-th unnamed record of the chunk the reference is in (an article's,
    /// or the registries'). References are written unescaped: IDs, country codes and numbers need no escape.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Actor Actor(ReadOnlySpan<byte> reference, Article? article)
    {
        if (reference.Length < 3 || reference[1] != (byte)':') throw CorpusDataReader.Error(0, $"bad actor reference '{Encoding.UTF8.GetString(reference)}'");
        var id = reference.Slice(2);
        switch ((char)reference[0])
        {
            case OfficialPrefix: return Lookup(_officialById, Encoding.UTF8.GetString(id));
            case OrganizationPrefix: return Lookup(_organizationById, Encoding.UTF8.GetString(id));
            case CountryPrefix: return CountryOf(Encoding.UTF8.GetString(id))!;
            case UnnamedPrefix:
                var unnamed = article is null ? _registryUnnamed : article.UnnamedActors;
                return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < unnamed.Length
                    ? unnamed[n]
                    : throw CorpusDataReader.Error(0, $"bad unnamed actor reference '{Encoding.UTF8.GetString(reference)}'");
            default: throw CorpusDataReader.Error(0, $"bad actor reference '{Encoding.UTF8.GetString(reference)}'");
        }
    }

    private Country? CountryOf(string? code)
    {
        if (code is null) return null;
        // After the load, read without the lock: the registries list every country the corpus names.
        if (_countriesLoaded is { } loaded && loaded.TryGetValue(code, out var known)) return known;
        lock (_countries)
        {
            if (!_countries.TryGetValue(code, out var country))
            {
                country = new Country(code) { Index = this };
                _countries.Add(code, country);
                _countryList.Add(country);
            }
            return country;
        }
    }

    private static T Lookup<T>(Dictionary<string, T> map, string id) =>
        map.TryGetValue(id, out var value) ? value : throw CorpusDataReader.Error(0, $"unknown ID '{id}'");
}

/// <summary>Where an article's statement and event records start in its source's data, in chunk order.</summary>
internal sealed class ChunkRecords
{
    public ChunkRecords(int[] statements, int[] events)
    {
        Statements = statements;
        Events = events;
    }

    public int[] Statements { get; }

    public int[] Events { get; }
}
