using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus;

/// <summary>
/// Reads the data a generator compiles a corpus into (see docs/data-format.md): UTF-8 lines,
/// one record each, tab-separated fields with backslash escapes. References are by ID and are
/// resolved after all records are read, so records may refer forward.
/// </summary>
internal static class CorpusDataReader
{
    internal const string FormatHeader = "corpus-data";
    internal const int FormatVersion = 1;

    public static CorpusGraph Read(CorpusDataSource source)
    {
        var data = source();
        var state = new State(source);
        var fields = new List<Range>(24);
        int position = 0;
        int lineNumber = 0;
        while (position < data.Length)
        {
            int end = data.Slice(position).IndexOf((byte)'\n');
            int lineEnd = end < 0 ? data.Length : position + end;
            lineNumber++;
            if (lineEnd > position)
            {
                Split(data, position, lineEnd, fields);
                state.Add(data, fields, lineNumber);
            }
            position = lineEnd + 1;
        }
        return state.Link();
    }

    private static void Split(ReadOnlySpan<byte> data, int start, int end, List<Range> fields)
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

    private sealed class State
    {
        private readonly CorpusDataSource _source;
        private readonly List<Topic> _topics = new();
        private readonly List<Organization> _organizations = new();
        private readonly List<Official> _officials = new();
        private readonly List<Article> _articles = new();
        private readonly List<Event> _events = new();
        private readonly List<Statement> _statements = new();
        private readonly List<UnnamedActor> _unnamed = new();
        private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Topic> _topicById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Organization> _organizationById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Official> _officialById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Event> _eventById = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Statement> _statementById = new(StringComparer.Ordinal);

        // References resolved after every record is read.
        private readonly List<(Organization Organization, string ParentId)> _parents = new();
        private readonly List<(Official Official, string Title, string OrganizationId, PartialDate? From, PartialDate? To)> _roles = new();
        private readonly List<(Event Event, string? Organizer, string? Actors)> _eventRefs = new();
        private readonly List<(Statement Statement, string? Event, string? Targets, string? Addressee, string? Topics, string? ReportedBy, string? RespondsTo)> _statementRefs = new();

        private Official? _lastOfficial;
        private Article? _lastArticle;
        private bool _sawHeader;

        public State(CorpusDataSource source) => _source = source;

        public void Add(ReadOnlySpan<byte> data, List<Range> fields, int line)
        {
            string tag = Field(data, fields, 0, line) ?? "";
            if (!_sawHeader)
            {
                if (tag != FormatHeader || Int(data, fields, 1, line) != FormatVersion)
                    throw new FormatException($"Corpus data: expected '{FormatHeader}\t{FormatVersion}' on line 1; the generator and the Corpus runtime are of different versions.");
                _sawHeader = true;
                return;
            }
            switch (tag)
            {
                case "country":
                    CountryOf(Required(data, fields, 1, line));
                    break;
                case "topic":
                {
                    var topic = new Topic(Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3, line));
                    _topics.Add(topic);
                    _topicById.Add(topic.Id, topic);
                    break;
                }
                case "organization":
                {
                    var organization = new Organization(
                        Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3, line),
                        Enum<OrganizationKind>(data, fields, 4, line), CountryOf(Field(data, fields, 5, line)));
                    _organizations.Add(organization);
                    _organizationById.Add(organization.Id, organization);
                    if (Field(data, fields, 6, line) is { } parent) _parents.Add((organization, parent));
                    break;
                }
                case "official":
                {
                    var roles = new List<Role>();
                    var official = new Official(Required(data, fields, 1, line), Required(data, fields, 2, line), Field(data, fields, 3, line), CountryOf(Field(data, fields, 4, line)), roles);
                    _officials.Add(official);
                    _officialById.Add(official.Id, official);
                    _lastOfficial = official;
                    break;
                }
                case "role":
                {
                    var official = _lastOfficial ?? throw Error(line, "a role before any official");
                    _roles.Add((official, Required(data, fields, 1, line), Required(data, fields, 2, line), Date(data, fields, 3, line), Date(data, fields, 4, line)));
                    break;
                }
                case "unnamed":
                    _unnamed.Add(new UnnamedActor(Required(data, fields, 1, line), CountryOf(Field(data, fields, 2, line))));
                    break;
                case "article":
                {
                    // The text is the last field: kept as a byte range and decoded on first read, or
                    // the name of the resource the build embedded the seed file as.
                    var textRange = fields[fields.Count - 1];
                    int offset = textRange.Start.Value, length = textRange.End.Value - offset;
                    var source = _source;
                    Func<string> loadText = data.Slice(offset, length).StartsWith("\\@"u8)
                        ? ResourceText.Loader(source.Method.DeclaringType?.Assembly, Encoding.UTF8.GetString(data.Slice(offset + 2, length - 2)), line)
                        : () => Unescape(source().Slice(offset, length));
                    var article = new Article(Required(data, fields, 1, line), Required(data, fields, 2, line), loadText)
                    {
                        Headline = Field(data, fields, 3, line),
                        Subheadline = Field(data, fields, 4, line),
                        Outlet = Field(data, fields, 5, line) is { } outlet ? Lookup(_organizationById, outlet, line) : null,
                        Byline = Field(data, fields, 6, line),
                        Published = Date(data, fields, 7, line),
                        PublishedBasis = OptionalEnum<DateBasis>(data, fields, 8, line),
                        PublishedEvidence = Field(data, fields, 9, line),
                        Url = Field(data, fields, 10, line),
                        Note = Field(data, fields, 11, line),
                    };
                    _articles.Add(article);
                    _lastArticle = article;
                    break;
                }
                case "boilerplate":
                {
                    var article = _lastArticle ?? throw Error(line, "boilerplate before any article");
                    article.BoilerplateList.Add(new Passage(article, Int(data, fields, 1, line), Int(data, fields, 2, line), Field(data, fields, 4, line))
                    {
                        Kind = Enum<BoilerplateKind>(data, fields, 3, line),
                    });
                    break;
                }
                case "not-speech":
                {
                    var article = _lastArticle ?? throw Error(line, "a not-speech passage before any article");
                    article.NotSpeechList.Add(new Passage(article, Int(data, fields, 1, line), Int(data, fields, 2, line), Field(data, fields, 3, line)));
                    break;
                }
                case "event":
                {
                    var @event = new Event(Required(data, fields, 1, line), Required(data, fields, 2, line), Enum<EventKind>(data, fields, 3, line))
                    {
                        Start = Date(data, fields, 4, line),
                        End = Date(data, fields, 5, line),
                        DateBasis = OptionalEnum<DateBasis>(data, fields, 6, line),
                        DateEvidence = Field(data, fields, 7, line),
                        Location = Field(data, fields, 8, line),
                        Note = Field(data, fields, 11, line),
                    };
                    if (Field(data, fields, 12, line) == "article")
                    {
                        var article = _lastArticle ?? throw Error(line, "an article event before any article");
                        @event.Article = article;
                        article.EventList.Add(@event);
                    }
                    _events.Add(@event);
                    _eventById.Add(@event.Id, @event);
                    _eventRefs.Add((@event, Field(data, fields, 9, line), Field(data, fields, 10, line)));
                    break;
                }
                case "statement":
                {
                    var article = _lastArticle ?? throw Error(line, "a statement before any article");
                    var statement = new Statement(
                        Required(data, fields, 1, line), article, Actor(Required(data, fields, 2, line), line), Enum<StatementKind>(data, fields, 3, line),
                        Int(data, fields, 4, line), Int(data, fields, 5, line), Int(data, fields, 6, line), Int(data, fields, 7, line))
                    {
                        Date = Date(data, fields, 8, line),
                        DateBasis = OptionalEnum<DateBasis>(data, fields, 9, line),
                        DateEvidence = Field(data, fields, 10, line),
                        Act = Enum<SpeechAct>(data, fields, 12, line),
                        Note = Field(data, fields, 18, line),
                    };
                    article.StatementList.Add(statement);
                    _statements.Add(statement);
                    _statementById.Add(statement.Id, statement);
                    _statementRefs.Add((statement, Field(data, fields, 11, line), Field(data, fields, 13, line), Field(data, fields, 14, line),
                        Field(data, fields, 15, line), Field(data, fields, 16, line), Field(data, fields, 17, line)));
                    break;
                }
                default:
                    throw Error(line, $"unknown record '{tag}'");
            }
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
            foreach (var (statement, eventId, targets, addressee, topics, reportedBy, respondsTo) in _statementRefs)
            {
                statement.Speaker.SpokenStatements.Add(statement);
                if (eventId is not null)
                {
                    statement.Event = Lookup(_eventById, eventId, 0);
                    statement.Event.StatementList.Add(statement);
                }
                statement.Targets = Actors(targets);
                foreach (var target in statement.Targets) target.TargetingStatements.Add(statement);
                if (addressee is not null) statement.Addressee = Actor(addressee, 0);
                if (reportedBy is not null) statement.ReportedBy = Actor(reportedBy, 0);
                if (topics is not null)
                {
                    var list = new List<Topic>();
                    foreach (var id in topics.Split(' '))
                    {
                        var topic = Lookup(_topicById, id, 0);
                        list.Add(topic);
                        topic.StatementList.Add(statement);
                    }
                    statement.Topics = list;
                }
                if (respondsTo is not null)
                {
                    var list = new List<IRespondable>();
                    foreach (var reference in respondsTo.Split(' '))
                    {
                        string id = reference.Substring(2);
                        if (reference.StartsWith("s:", StringComparison.Ordinal))
                        {
                            var answered = Lookup(_statementById, id, 0);
                            answered.ResponseList.Add(statement);
                            list.Add(answered);
                        }
                        else
                        {
                            var answered = Lookup(_eventById, id, 0);
                            answered.ResponseList.Add(statement);
                            list.Add(answered);
                        }
                    }
                    statement.RespondsTo = list;
                }
            }
            // In the order of the country records, which the generated Countries members index.
            var countries = new List<Country>(_countries.Values);
            return new CorpusGraph(_statements, _officials, _organizations, _events, _articles, _topics, countries);
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
            if (!_countries.TryGetValue(code, out var country))
            {
                country = new Country(code, IsoCountries.TryGetName(code, out var name) ? name : code);
                _countries.Add(code, country);
            }
            return country;
        }

        private static T Lookup<T>(Dictionary<string, T> map, string id, int line) =>
            map.TryGetValue(id, out var value) ? value : throw Error(line, $"unknown ID '{id}'");

        private static string? Field(ReadOnlySpan<byte> data, List<Range> fields, int index, int line)
        {
            if (index >= fields.Count) return null;
            var (offset, length) = fields[index].GetOffsetAndLength(data.Length);
            return length == 0 ? null : Unescape(data.Slice(offset, length));
        }

        private static string Required(ReadOnlySpan<byte> data, List<Range> fields, int index, int line) =>
            Field(data, fields, index, line) ?? throw Error(line, $"field {index} is empty");

        private static int Int(ReadOnlySpan<byte> data, List<Range> fields, int index, int line)
        {
            if (index >= fields.Count) throw Error(line, $"field {index} is missing");
            var (offset, length) = fields[index].GetOffsetAndLength(data.Length);
            return int.Parse(data.Slice(offset, length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        private static PartialDate? Date(ReadOnlySpan<byte> data, List<Range> fields, int index, int line) =>
            Field(data, fields, index, line) is { } text ? PartialDate.Parse(text) : null;

        private static TEnum Enum<TEnum>(ReadOnlySpan<byte> data, List<Range> fields, int index, int line) where TEnum : struct, Enum =>
            Vocabulary.TryParse(Required(data, fields, index, line), out TEnum value) ? value : throw Error(line, $"unknown {typeof(TEnum).Name} in field {index}");

        private static TEnum? OptionalEnum<TEnum>(ReadOnlySpan<byte> data, List<Range> fields, int index, int line) where TEnum : struct, Enum =>
            Field(data, fields, index, line) is null ? null : Enum<TEnum>(data, fields, index, line);

        private static FormatException Error(int line, string what) => new($"Corpus data, line {line}: {what}.");
    }
}
