using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus;

/// <summary>
/// Reads the data a generator compiles a corpus into (see docs/data-format.md): UTF-8 lines,
/// one record each, tab-separated fields with backslash escapes. Registries, articles and
/// events are read whole; a statement is read only as far as its kind, act and position, the
/// rest on first use (<see cref="CorpusIndex"/>), so a large corpus loads in one quick pass.
/// </summary>
internal static class CorpusDataReader
{
    internal const string FormatHeader = "corpus-data";
    internal const int FormatVersion = 1;

    public static CorpusGraph Read(CorpusDataSource source)
    {
        var data = source();
        var index = new CorpusIndex(source);
        var fields = new List<Range>(24);
        int position = 0;
        int lineNumber = 0;
        while (position < data.Length)
        {
            int end = data.Slice(position).IndexOf((byte)'\n');
            int lineEnd = end < 0 ? data.Length : position + end;
            lineNumber++;
            var record = data.Slice(position, lineEnd - position);
            if (record.StartsWith("statement\t"u8))
            {
                // Most records are statements: read the few fields a statement keeps without splitting the line.
                index.AddStatement(data, position, lineEnd - position, lineNumber);
            }
            else if (lineEnd > position)
            {
                Split(data, position, lineEnd, fields);
                index.Add(data, fields, position, lineEnd - position, lineNumber);
            }
            position = lineEnd + 1;
        }
        return index.Link();
    }

    internal static void Split(ReadOnlySpan<byte> data, int start, int end, List<Range> fields)
    {
        fields.Clear();
        int fieldStart = start;
        while (true)
        {
            int tab = data.Slice(fieldStart, end - fieldStart).IndexOf((byte)'\t');
            if (tab < 0)
            {
                fields.Add(new Range(fieldStart, end));
                return;
            }
            fields.Add(new Range(fieldStart, fieldStart + tab));
            fieldStart += tab + 1;
        }
    }

    internal static string Unescape(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'\\') < 0) return Encoding.UTF8.GetString(raw);
        string text = Encoding.UTF8.GetString(raw);
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 == text.Length)
            {
                builder.Append(c);
                continue;
            }
            char next = text[++i];
            switch (next)
            {
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case '\\': builder.Append('\\'); break;
                case 'u' when i + 4 < text.Length:
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new FormatException($"Corpus data: unknown escape '\\{next}'.");
            }
        }
        return builder.ToString();
    }
}

/// <summary>
/// One loaded corpus's lookups, and what is resolved on demand: statement details, the
/// statements by ID, and the reverse navigation lists (an actor's statements, an event's, a
/// topic's, targets and responses), which are built for the whole corpus the first time any of
/// them is read.
/// </summary>
internal sealed class CorpusIndex
{
    // Statement record fields, as CorpusDataWriter writes them.
    private const int StatementId = 1, StatementSpeaker = 2, StatementKindField = 3, StatementStart = 4, StatementLength = 5, StatementLine = 6,
        StatementColumn = 7, StatementDate = 8, StatementBasis = 9, StatementEvidence = 10, StatementEvent = 11, StatementAct = 12,
        StatementTargets = 13, StatementAddressee = 14, StatementTopics = 15, StatementReportedBy = 16, StatementRespondsTo = 17, StatementNote = 18;

    private static readonly byte[][] s_kindSpellings = Utf8Spellings<StatementKind>();
    private static readonly byte[][] s_actSpellings = Utf8Spellings<SpeechAct>();

    private readonly CorpusDataSource _source;
    private readonly object _gate = new();
    private readonly List<Topic> _topics = new();
    private readonly List<Organization> _organizations = new();
    private readonly List<Official> _officials = new();
    private readonly List<Article> _articles = new();
    private readonly List<Event> _events = new();
    private readonly List<Statement> _statements = new();
    private readonly List<UnnamedActor> _unnamed = new();
    private readonly List<string> _shared = new();
    private readonly List<Country> _countryList = new();
    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> _topicById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Organization> _organizationById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Official> _officialById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _eventById = new(StringComparer.Ordinal);
    private Dictionary<string, Statement>? _statementById;
    private volatile bool _navigationBuilt;

    // Registry references resolved once every record is read, so records may refer forward.
    private readonly List<(Organization Organization, string ParentId)> _parents = new();
    private readonly List<(Official Official, string Title, string OrganizationId, PartialDate? From, PartialDate? To)> _roles = new();
    private readonly List<(Event Event, string? Organizer, string? Actors)> _eventRefs = new();

    private Official? _lastOfficial;
    private Article? _lastArticle;
    private bool _sawHeader;

    public CorpusIndex(CorpusDataSource source) => _source = source;

    public void Add(ReadOnlySpan<byte> data, List<Range> fields, int recordStart, int recordLength, int line)
    {
        string tag = Field(data, fields, 0) ?? "";
        if (!_sawHeader)
        {
            if (tag != CorpusDataReader.FormatHeader || Int(data, fields, 1, line) != CorpusDataReader.FormatVersion)
            {
                throw new FormatException($"Corpus data: expected '{CorpusDataReader.FormatHeader}\t{CorpusDataReader.FormatVersion}' on line 1; the generator and the Corpus runtime are of different versions.");
            }
            _sawHeader = true;
            return;
        }
        switch (tag)
        {
            case "shared":
                _shared.Add(Required(data, fields, 1, line));
                break;
            case "country":
                CountryOf(Required(data, fields, 1, line));
                break;
            case "topic":
            {
                var topic = new Topic(Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3)) { Index = this };
                _topics.Add(topic);
                _topicById.Add(topic.Id, topic);
                break;
            }
            case "organization":
            {
                var organization = new Organization(
                    Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3),
                    Enum<OrganizationKind>(data, fields, 4, line), CountryOf(Field(data, fields, 5))) { Index = this };
                _organizations.Add(organization);
                _organizationById.Add(organization.Id, organization);
                if (Field(data, fields, 6) is { } parent) _parents.Add((organization, parent));
                break;
            }
            case "official":
            {
                var official = new Official(Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3), CountryOf(Field(data, fields, 4)), new List<Role>()) { Index = this };
                _officials.Add(official);
                _officialById.Add(official.Id, official);
                _lastOfficial = official;
                break;
            }
            case "role":
            {
                var official = _lastOfficial ?? throw Error(line, "a role before any official");
                _roles.Add((official, Required(data, fields, 1, line), Required(data, fields, 2, line), Date(data, fields, 3), Date(data, fields, 4)));
                break;
            }
            case "unnamed":
                _unnamed.Add(new UnnamedActor(Required(data, fields, 1, line), CountryOf(Field(data, fields, 2))) { Index = this });
                break;
            case "article":
                _lastArticle = ReadArticle(data, fields, line);
                _articles.Add(_lastArticle);
                break;
            case "boilerplate":
            {
                var article = _lastArticle ?? throw Error(line, "boilerplate before any article");
                article.BoilerplateList.Add(new Passage(article, Int(data, fields, 1, line), Int(data, fields, 2, line), Field(data, fields, 4))
                {
                    Kind = Enum<BoilerplateKind>(data, fields, 3, line),
                });
                break;
            }
            case "not-speech":
            {
                var article = _lastArticle ?? throw Error(line, "a not-speech passage before any article");
                article.NotSpeechList.Add(new Passage(article, Int(data, fields, 1, line), Int(data, fields, 2, line), Field(data, fields, 3)));
                break;
            }
            case "event":
            {
                var @event = new Event(Required(data, fields, 1, line), Required(data, fields, 2, line), Enum<EventKind>(data, fields, 3, line))
                {
                    Start = Date(data, fields, 4),
                    End = Date(data, fields, 5),
                    DateBasis = OptionalEnum<DateBasis>(data, fields, 6, line),
                    DateEvidence = Field(data, fields, 7),
                    Location = Field(data, fields, 8),
                    Note = Field(data, fields, 11),
                    Index = this,
                };
                if (Field(data, fields, 12) == "article")
                {
                    var article = _lastArticle ?? throw Error(line, "an article event before any article");
                    @event.Article = article;
                    article.EventList.Add(@event);
                }
                _events.Add(@event);
                _eventById.Add(@event.Id, @event);
                _eventRefs.Add((@event, Field(data, fields, 9), Field(data, fields, 10)));
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
        var source = _source;
        Func<string> loadText = data.Slice(offset, length).StartsWith("\\@"u8)
            ? ResourceText.Loader(source.Method.DeclaringType?.Assembly, Encoding.UTF8.GetString(data.Slice(offset + 2, length - 2)), line)
            : () => CorpusDataReader.Unescape(source().Slice(offset, length));
        return new Article(Required(data, fields, 1, line), Required(data, fields, 2, line), loadText)
        {
            Headline = Field(data, fields, 3),
            Subheadline = Field(data, fields, 4),
            Outlet = Field(data, fields, 5) is { } outlet ? Lookup(_organizationById, outlet, line) : null,
            Byline = Field(data, fields, 6),
            Published = Date(data, fields, 7),
            PublishedBasis = OptionalEnum<DateBasis>(data, fields, 8, line),
            PublishedEvidence = Field(data, fields, 9),
            Url = Field(data, fields, 10),
            Note = Field(data, fields, 11),
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
        foreach (var (official, title, organizationId, from, to) in _roles)
        {
            var organization = Lookup(_organizationById, organizationId, 0);
            var role = new Role(title, organization, from, to) { Official = official };
            ((List<Role>)official.Roles).Add(role);
            organization.RoleList.Add(role);
        }
        foreach (var (@event, organizer, actors) in _eventRefs)
        {
            if (organizer is not null) @event.Organizer = Actor(organizer, 0);
            @event.Actors = Actors(actors);
        }
        return new CorpusGraph(_statements, _officials, _organizations, _events, _articles, _topics, _countryList);
    }

    /// <summary>Reads the rest of one statement record.</summary>
    public StatementDetails ReadDetails(int recordStart, int recordLength)
    {
        var data = _source().Slice(0, recordStart + recordLength);
        var fields = new List<Range>(20);
        CorpusDataReader.Split(data, recordStart, recordStart + recordLength, fields);
        string? topics = Field(data, fields, StatementTopics);
        List<Topic>? topicList = null;
        if (topics is not null)
        {
            topicList = new List<Topic>();
            foreach (var id in topics.Split(' ')) topicList.Add(Lookup(_topicById, id, 0));
        }
        return new StatementDetails(Required(data, fields, StatementId, 0), Actor(Required(data, fields, StatementSpeaker, 0), 0))
        {
            Date = Date(data, fields, StatementDate),
            DateBasis = OptionalEnum<DateBasis>(data, fields, StatementBasis, 0),
            DateEvidence = SharedField(data, fields, StatementEvidence),
            Event = Field(data, fields, StatementEvent) is { } eventId ? Lookup(_eventById, eventId, 0) : null,
            Targets = Actors(Field(data, fields, StatementTargets)),
            Addressee = Field(data, fields, StatementAddressee) is { } addressee ? Actor(addressee, 0) : null,
            Topics = (IReadOnlyList<Topic>?)topicList ?? Array.Empty<Topic>(),
            ReportedBy = Field(data, fields, StatementReportedBy) is { } reportedBy ? Actor(reportedBy, 0) : null,
            RespondsTo = Field(data, fields, StatementRespondsTo),
            Note = SharedField(data, fields, StatementNote),
        };
    }

    /// <summary>The statements and events "s:id e:id …" names.</summary>
    public IReadOnlyList<IRespondable> ResolveResponses(string? references)
    {
        if (references is null) return Array.Empty<IRespondable>();
        var list = new List<IRespondable>();
        foreach (var reference in references.Split(' '))
        {
            string id = reference.Substring(2);
            list.Add(reference.StartsWith("s:", StringComparison.Ordinal) ? Lookup(StatementsById(), id, 0) : Lookup(_eventById, id, 0));
        }
        return list;
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

    private IReadOnlyList<Actor> Actors(string? references)
    {
        if (references is null) return Array.Empty<Actor>();
        var list = new List<Actor>();
        foreach (var reference in references.Split(' ')) list.Add(Actor(reference, 0));
        return list;
    }

    // o:official-id, g:organization-id, c:CC, u:index-of-unnamed-record
    private Actor Actor(string reference, int line)
    {
        if (reference.Length < 3 || reference[1] != ':') throw Error(line, $"bad actor reference '{reference}'");
        string id = reference.Substring(2);
        return reference[0] switch
        {
            'o' => Lookup(_officialById, id, line),
            'g' => Lookup(_organizationById, id, line),
            'c' => CountryOf(id)!,
            'u' => _unnamed[int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)],
            _ => throw Error(line, $"bad actor reference '{reference}'"),
        };
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
        return length == 0 ? null : CorpusDataReader.Unescape(data.Slice(offset, length));
    }

    /// <summary>A field that may hold "\~n", a reference to the n-th shared text.</summary>
    private string? SharedField(ReadOnlySpan<byte> data, List<Range> fields, int index)
    {
        if (index >= fields.Count) return null;
        var (offset, length) = fields[index].GetOffsetAndLength(data.Length);
        var value = data.Slice(offset, length);
        if (!value.StartsWith("\\~"u8)) return Field(data, fields, index);
        return int.TryParse(value.Slice(2), NumberStyles.None, CultureInfo.InvariantCulture, out int shared) && shared < _shared.Count
            ? _shared[shared]
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
