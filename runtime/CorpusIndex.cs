using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using static Corpus.CorpusDataFormat;

namespace Corpus;

/// <summary>
/// One loaded corpus's lookups, and what is resolved on demand: statement details, the
/// statements by ID, and the reverse navigation lists (an actor's statements, an event's, a
/// topic's, targets and responses), which are built for the whole corpus the first time any of
/// them is read.
/// </summary>
internal sealed class CorpusIndex
{
    private static readonly byte[][] s_kindSpellings = Utf8Spellings<StatementKind>();
    private static readonly byte[][] s_actSpellings = Utf8Spellings<SpeechAct>();

    private readonly object _gate = new();
    private readonly List<Topic> _topics = new();
    private readonly List<Organization> _organizations = new();
    private readonly List<Official> _officials = new();
    private readonly List<Article> _articles = new();
    private readonly List<Event> _events = new();
    private readonly List<Statement> _statements = new();
    // Unnamed actors are numbered per chunk and the same actor may appear in several: one instance each.
    private readonly Dictionary<(string Description, string? Country), UnnamedActor> _unnamedActors = new();
    private readonly List<Country> _countryList = new();
    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> _topicById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organization> _organizationById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Official> _officialById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _eventById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articleById = new(StringComparer.Ordinal);
    private Dictionary<string, Statement>? _statementById;
    private volatile bool _navigationBuilt;

    // Registry references resolved once every record is read, so records may refer forward.
    private readonly List<(Organization Organization, string ParentId)> _parents = new();
    private readonly List<(Official Official, string Title, string OrganizationId, PartialDate? From, PartialDate? To, string? Attested)> _roles = new();
    private readonly List<(Event Event, string? Organizer, string? Actors, string? PartOf, List<UnnamedActor> Unnamed)> _eventRefs = new();

    // The chunk being read: its source, and the unnamed actors and shared texts it numbers.
    private CorpusDataSource? _chunkSource;
    private List<UnnamedActor> _chunkUnnamed = new();
    private List<string> _chunkShared = new();
    private Official? _lastOfficial;
    private Article? _lastArticle;
    private bool _sawHeader;

    /// <summary>Starts a chunk; the first one read must start with the format header.</summary>
    public void BeginChunk(CorpusDataSource source, bool isFirst)
    {
        _chunkSource = source;
        _sawHeader = !isFirst;
        _chunkUnnamed = new List<UnnamedActor>();
        _chunkShared = new List<string>();
        _lastArticle = null;
    }

    public void Add(ReadOnlySpan<byte> data, List<Range> fields, int line)
    {
        string tag = Field(data, fields, 0) ?? "";
        if (!_sawHeader)
        {
            if (tag != Header || Int(data, fields, 1, line) != CorpusDataFormat.Version)
            {
                throw new FormatException($"Corpus data: expected '{Header}\t{CorpusDataFormat.Version}' on line 1; the generator and the Corpus runtime are of different versions.");
            }
            _sawHeader = true;
            return;
        }
        switch (tag)
        {
            case SharedTag:
                _chunkShared.Add(Required(data, fields, 1, line));
                break;
            case CountryTag:
                CountryOf(Required(data, fields, 1, line));
                break;
            case TopicTag:
            {
                var topic = new Topic(Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3)) { Index = this };
                _topics.Add(topic);
                _topicById.Add(topic.Id, topic);
                break;
            }
            case OrganizationTag:
            {
                var organization = new Organization(
                    Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3),
                    Enum<OrganizationKind>(data, fields, 4, line), CountryOf(Field(data, fields, 5))) { Index = this };
                _organizations.Add(organization);
                _organizationById.Add(organization.Id, organization);
                if (Field(data, fields, 6) is { } parent) _parents.Add((organization, parent));
                break;
            }
            case OfficialTag:
            {
                var official = new Official(Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3), CountryOf(Field(data, fields, 4))) { Index = this };
                _officials.Add(official);
                _officialById.Add(official.Id, official);
                _lastOfficial = official;
                break;
            }
            case RoleTag:
            {
                var official = _lastOfficial ?? throw Error(line, "a role before any official");
                _roles.Add((official, Required(data, fields, RoleTitle, line), Required(data, fields, RoleOrganization, line),
                    Date(data, fields, RoleFrom), Date(data, fields, RoleTo), Field(data, fields, RoleAttested)));
                break;
            }
            case UnnamedTag:
            {
                var key = (Required(data, fields, 1, line), Field(data, fields, 2));
                if (!_unnamedActors.TryGetValue(key, out var actor))
                {
                    actor = new UnnamedActor(key.Item1, CountryOf(key.Item2)) { Index = this };
                    _unnamedActors.Add(key, actor);
                }
                _chunkUnnamed.Add(actor);
                break;
            }
            case ArticleTag:
                // An article starts its own chunk's numbering of unnamed actors and shared texts.
                _chunkUnnamed = new List<UnnamedActor>();
                _chunkShared = new List<string>();
                _lastArticle = ReadArticle(data, fields, line);
                _articles.Add(_lastArticle);
                _articleById.Add(_lastArticle.Id, _lastArticle);
                break;
            case BoilerplateTag:
            {
                var article = _lastArticle ?? throw Error(line, "boilerplate before any article");
                article.BoilerplateList.Add(new Passage(article, Int(data, fields, 1, line), Int(data, fields, 2, line), Field(data, fields, 4))
                {
                    Kind = Enum<BoilerplateKind>(data, fields, 3, line),
                });
                break;
            }
            case NotSpeechTag:
            {
                var article = _lastArticle ?? throw Error(line, "a not-speech passage before any article");
                article.NotSpeechList.Add(new Passage(article, Int(data, fields, 1, line), Int(data, fields, 2, line), Field(data, fields, 3)));
                break;
            }
            case EventTag:
            {
                var @event = new Event(Required(data, fields, EventId, line), Required(data, fields, EventName, line), Enum<EventKind>(data, fields, EventKindField, line))
                {
                    Start = Date(data, fields, EventStart),
                    End = Date(data, fields, EventEnd),
                    DateBasis = OptionalEnum<DateBasis>(data, fields, EventBasis, line),
                    DateEvidence = Field(data, fields, EventEvidence),
                    Location = Field(data, fields, EventLocation),
                    Note = Field(data, fields, EventNote),
                    Index = this,
                };
                if (Field(data, fields, EventMarker) == ArticleEventMarker)
                {
                    var article = _lastArticle ?? throw Error(line, "an article event before any article");
                    @event.Article = article;
                    article.EventList.Add(@event);
                }
                _events.Add(@event);
                _eventById.Add(@event.Id, @event);
                _eventRefs.Add((@event, Field(data, fields, EventOrganizer), Field(data, fields, EventActors), Field(data, fields, EventPartOf), _chunkUnnamed));
                break;
            }
            default:
                throw Error(line, $"unknown record '{tag}'");
        }
    }

    /// <summary>A statement record: its kind, act and position now, the rest when first used.</summary>
    public void AddStatement(ReadOnlySpan<byte> data, int recordStart, int recordLength, int line)
    {
        var article = _lastArticle ?? throw Error(line, "a statement before any article");
        var record = data.Slice(recordStart, recordLength);
        StatementKind kind = default;
        SpeechAct act = default;
        int start = 0, length = 0, textLine = 0, column = 0, field = 0, fieldStart = 0;
        while (field <= StatementAct)
        {
            int tab = record.Slice(fieldStart).IndexOf((byte)'\t');
            var value = tab < 0 ? record.Slice(fieldStart) : record.Slice(fieldStart, tab);
            switch (field)
            {
                case StatementKindField: kind = Spelled<StatementKind>(value, s_kindSpellings, line); break;
                case StatementStart: start = Int(value, line); break;
                case StatementLength: length = Int(value, line); break;
                case StatementLine: textLine = Int(value, line); break;
                case StatementColumn: column = Int(value, line); break;
                case StatementAct: act = Spelled<SpeechAct>(value, s_actSpellings, line); break;
            }
            if (tab < 0 && field < StatementAct) throw Error(line, "a statement record with too few fields");
            fieldStart += tab + 1;
            field++;
        }
        var statement = new Statement(this, article, recordStart, recordLength, kind, act, start, length, textLine, column);
        article.StatementList.Add(statement);
        _statements.Add(statement);
    }

    private static int Int(ReadOnlySpan<byte> value, int line) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int result) ? result : throw Error(line, "a number was expected");

    private Article ReadArticle(ReadOnlySpan<byte> data, List<Range> fields, int line)
    {
        // The text is the last field: kept as a byte range and decoded on first read, or the
        // name of the resource the build embedded the seed file as.
        var textRange = fields[fields.Count - 1];
        int offset = textRange.Start.Value, length = textRange.End.Value - offset;
        var source = _chunkSource!;
        Func<string> loadText = data.Slice(offset, length).StartsWith("\\@"u8)
            ? ResourceText.Loader(source.Method.DeclaringType?.Assembly, Encoding.UTF8.GetString(data.Slice(offset + 2, length - 2)), line)
            : () => Unescape(source().Slice(offset, length));
        if (fields.Count <= ArticleUpdated + 1) throw Error(line, "an article record with too few fields");
        return new Article(Required(data, fields, ArticleId, line), Required(data, fields, ArticleSource, line), loadText, source, _chunkUnnamed, _chunkShared)
        {
            Headline = Field(data, fields, ArticleHeadline),
            HeadlineBasis = OptionalEnum<DateBasis>(data, fields, ArticleHeadlineBasis, line),
            HeadlineEvidence = Field(data, fields, ArticleHeadlineEvidence),
            Subheadline = Field(data, fields, ArticleSubheadline),
            Outlet = Field(data, fields, ArticleOutlet) is { } outlet ? Lookup(_organizationById, outlet, line) : null,
            OutletBasis = OptionalEnum<DateBasis>(data, fields, ArticleOutletBasis, line),
            OutletEvidence = Field(data, fields, ArticleOutletEvidence),
            Byline = Field(data, fields, ArticleByline),
            Published = Date(data, fields, ArticlePublished),
            PublishedBasis = OptionalEnum<DateBasis>(data, fields, ArticleBasis, line),
            PublishedEvidence = Field(data, fields, ArticleEvidence),
            Updated = Date(data, fields, ArticleUpdated),
            Url = Field(data, fields, ArticleUrl),
            Note = Field(data, fields, ArticleNote),
        };
    }

    public CorpusGraph Link()
    {
        foreach (var (organization, parentId) in _parents)
        {
            var parent = Lookup(_organizationById, parentId, 0);
            organization.Parent = parent;
            parent.ChildList.Add(organization);
        }
        foreach (var (official, title, organizationId, from, to, attested) in _roles)
        {
            var organization = Lookup(_organizationById, organizationId, 0);
            var role = new Role(official, title, organization, from, to, Attestations(attested));
            official.RoleList.Add(role);
            organization.RoleList.Add(role);
        }
        foreach (var (@event, organizer, actors, partOf, unnamed) in _eventRefs)
        {
            if (organizer is not null) @event.Organizer = Actor(organizer, unnamed, 0);
            @event.Actors = Actors(actors, unnamed);
            if (partOf is not null)
            {
                var whole = Lookup(_eventById, partOf, 0);
                @event.PartOf = whole;
                whole.PartList.Add(@event);
            }
        }
        return new CorpusGraph(_statements.AsReadOnly(), _officials.AsReadOnly(), _organizations.AsReadOnly(), _events.AsReadOnly(),
            _articles.AsReadOnly(), _topics.AsReadOnly(), _countryList.AsReadOnly(), _articleById);
    }

    /// <summary>Reads the rest of one statement record, from its article's chunk.</summary>
    public StatementDetails ReadDetails(Article article, int recordStart, int recordLength)
    {
        var data = article.DataSource().Slice(0, recordStart + recordLength);
        var fields = new List<Range>(20);
        CorpusDataReader.Split(data, recordStart, recordStart + recordLength, fields);
        string? topics = Field(data, fields, StatementTopics);
        List<Topic>? topicList = null;
        if (topics is not null)
        {
            topicList = new List<Topic>();
            foreach (var id in topics.Split(' ')) topicList.Add(Lookup(_topicById, id, 0));
        }
        var unnamed = article.UnnamedActors;
        return new StatementDetails(Required(data, fields, StatementId, 0), Actor(Required(data, fields, StatementSpeaker, 0), unnamed, 0))
        {
            Date = Date(data, fields, StatementDate),
            DateBasis = OptionalEnum<DateBasis>(data, fields, StatementBasis, 0),
            DateEvidence = SharedField(data, fields, StatementEvidence, article.SharedTexts),
            Event = Field(data, fields, StatementEvent) is { } eventId ? Lookup(_eventById, eventId, 0) : null,
            Targets = Actors(Field(data, fields, StatementTargets), unnamed),
            About = Actors(Field(data, fields, StatementAbout), unnamed),
            NoTargetReason = Field(data, fields, StatementNoTarget),
            Addressees = Actors(Field(data, fields, StatementAddressees), unnamed),
            Topics = topicList is null ? Array.Empty<Topic>() : topicList.AsReadOnly(),
            ReportedByChain = Actors(Field(data, fields, StatementReportedBy), unnamed),
            RespondsTo = Field(data, fields, StatementRespondsTo),
            SameUtteranceAs = Field(data, fields, StatementSameUtterance),
            Concerns = Field(data, fields, StatementConcerns),
            CameoCode = Field(data, fields, StatementCameo),
            Note = SharedField(data, fields, StatementNote, article.SharedTexts),
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
                var article = Lookup(_articleById, reference.Substring(2), 0);
                list.Add(new RoleAttestation(article, article.Published));
            }
            else
            {
                list.Add(new RoleAttestation(null, PartialDate.TryParse(reference, out var date) ? date : throw Error(0, $"bad role attestation '{reference}'")));
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
            list.Add(reference[0] == StatementPrefix ? Lookup(StatementsById(), id, 0) : Lookup(_eventById, id, 0));
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
                details.Speaker.SpokenStatements.Add(statement);
                details.Event?.StatementList.Add(statement);
                foreach (var target in details.Targets) target.TargetingStatements.Add(statement);
                foreach (var topic in details.Topics) topic.StatementList.Add(statement);
            }
            foreach (var statement in _statements)
            {
                foreach (var answered in statement.RespondsTo)
                {
                    if (answered is Statement answeredStatement) (answeredStatement.ResponseList ??= new List<Statement>()).Add(statement);
                    else ((Event)answered).ResponseList.Add(statement);
                }
                foreach (var concerned in statement.Concerns) concerned.ConcernList.Add(statement);
            }
            _navigationBuilt = true;
        }
    }

    private IReadOnlyList<Actor> Actors(string? references, List<UnnamedActor> unnamed)
    {
        if (references is null) return Array.Empty<Actor>();
        var list = new List<Actor>();
        foreach (var reference in references.Split(' ')) list.Add(Actor(reference, unnamed, 0));
        return list.AsReadOnly();
    }

    /// <summary>An actor reference; "u:n" is the n-th unnamed record of the chunk the reference is in.</summary>
    private Actor Actor(string reference, List<UnnamedActor> unnamed, int line)
    {
        if (reference.Length < 3 || reference[1] != ':') throw Error(line, $"bad actor reference '{reference}'");
        string id = reference.Substring(2);
        switch (reference[0])
        {
            case OfficialPrefix: return Lookup(_officialById, id, line);
            case OrganizationPrefix: return Lookup(_organizationById, id, line);
            case CountryPrefix: return CountryOf(id)!;
            case UnnamedPrefix:
                return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < unnamed.Count
                    ? unnamed[n]
                    : throw Error(line, $"bad unnamed actor reference '{reference}'");
            default: throw Error(line, $"bad actor reference '{reference}'");
        }
    }

    private Country? CountryOf(string? code)
    {
        if (code is null) return null;
        lock (_countries)
        {
            if (!_countries.TryGetValue(code, out var country))
            {
                country = new Country(code, IsoCountries.TryGetName(code, out var name) ? name : code) { Index = this };
                _countries.Add(code, country);
                _countryList.Add(country);
            }
            return country;
        }
    }

    private static T Lookup<T>(Dictionary<string, T> map, string id, int line) =>
        map.TryGetValue(id, out var value) ? value : throw Error(line, $"unknown ID '{id}'");

    private static string? Field(ReadOnlySpan<byte> data, List<Range> fields, int index)
    {
        if (index >= fields.Count) return null;
        var (offset, length) = fields[index].GetOffsetAndLength(data.Length);
        return length == 0 ? null : Unescape(data.Slice(offset, length));
    }

    /// <summary>A field that may hold "\~n", a reference to the n-th shared text.</summary>
    private static string? SharedField(ReadOnlySpan<byte> data, List<Range> fields, int index, IReadOnlyList<string> sharedTexts)
    {
        if (index >= fields.Count) return null;
        var (offset, length) = fields[index].GetOffsetAndLength(data.Length);
        var value = data.Slice(offset, length);
        if (!value.StartsWith("\\~"u8)) return Field(data, fields, index);
        return int.TryParse(value.Slice(2), NumberStyles.None, CultureInfo.InvariantCulture, out int shared) && shared < sharedTexts.Count
            ? sharedTexts[shared]
            : throw Error(0, $"bad shared text reference '{Encoding.UTF8.GetString(value)}'");
    }

    private static string Required(ReadOnlySpan<byte> data, List<Range> fields, int index, int line) =>
        Field(data, fields, index) ?? throw Error(line, $"field {index} is empty");

    private static int Int(ReadOnlySpan<byte> data, List<Range> fields, int index, int line)
    {
        if (index >= fields.Count) throw Error(line, $"field {index} is missing");
        var (offset, length) = fields[index].GetOffsetAndLength(data.Length);
        return int.Parse(data.Slice(offset, length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static PartialDate? Date(ReadOnlySpan<byte> data, List<Range> fields, int index) =>
        Field(data, fields, index) is { } text ? PartialDate.Parse(text) : null;

    private static TEnum Enum<TEnum>(ReadOnlySpan<byte> data, List<Range> fields, int index, int line) where TEnum : struct, Enum =>
        Vocabulary.TryParse(Required(data, fields, index, line), out TEnum value) ? value : throw Error(line, $"unknown {typeof(TEnum).Name} in field {index}");

    private static TEnum? OptionalEnum<TEnum>(ReadOnlySpan<byte> data, List<Range> fields, int index, int line) where TEnum : struct, Enum =>
        Field(data, fields, index) is null ? null : Enum<TEnum>(data, fields, index, line);

    /// <summary>An enum from its UTF-8 spelling, without making a string: this runs for every statement on load.</summary>
    private static TEnum Spelled<TEnum>(ReadOnlySpan<byte> value, byte[][] spellings, int line) where TEnum : struct, Enum
    {
        for (int i = 0; i < spellings.Length; i++)
        {
            // The vocabularies declare their values in order from 0, as Spellings lists them.
            if (value.SequenceEqual(spellings[i])) return System.Runtime.CompilerServices.Unsafe.As<int, TEnum>(ref i);
        }
        throw Error(line, $"unknown {typeof(TEnum).Name} '{Encoding.UTF8.GetString(value)}'");
    }

    private static byte[][] Utf8Spellings<TEnum>() where TEnum : struct, Enum
    {
        var spellings = Vocabulary.Spellings<TEnum>();
        var bytes = new byte[spellings.Count][];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = Encoding.UTF8.GetBytes(spellings[i]);
        return bytes;
    }

    private static FormatException Error(int line, string what) =>
        new(line > 0 ? $"Corpus data, line {line}: {what}." : $"Corpus data: {what}.");
}
