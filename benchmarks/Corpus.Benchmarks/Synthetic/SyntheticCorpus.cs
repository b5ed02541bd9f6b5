using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Benchmarks.Synthetic;

/// <summary>
/// A deterministic synthetic corpus in the annotation format (docs/annotation-format.md): N articles of
/// 2–8 KB with quoted passages, curly quotes and non-ASCII names; on average 20 statements per article,
/// each copied from a passage that occurs exactly once in its article; registries that grow with N
/// (N/10 officials, N/20 organizations, N/5 events, 12 + N/100 topics). The same N and seed always
/// give the same files: one seeded <see cref="Random"/>, no clock, no culture.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 20_240_917;

    public static IReadOnlyList<CorpusFile> Build(int articles, int seed = DefaultSeed)
    {
        if (articles < 1) throw new ArgumentOutOfRangeException(nameof(articles));
        return new CorpusBuilder(articles, seed).Build();
    }

    /// <summary>Writes the files under <paramref name="directory"/> (annotations/…, seeds/…), as a project would hold them.</summary>
    public static void WriteTo(IEnumerable<CorpusFile> files, string directory)
    {
        foreach (var file in files)
        {
            string path = Path.Combine(directory, file.Path.Substring(CorpusFile.Root.Length));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        }
    }
}

internal sealed class CorpusBuilder
{
    private sealed record Organization(string Id, string Name, string ShortName, string Kind, string? Country, string? Parent);

    private sealed record Role(string Title, Organization Organization, string? From);

    private sealed record Official(string Id, string Name, string? NativeName, string Country, List<Role> Roles)
    {
        public string Surname => Country == "CN" ? Name.Split(' ')[0] : Name.Split(' ')[^1];
    }

    private sealed record Event(string Id, string Name, string Kind, DateOnly Start, DateOnly? End, string Location, string? Organizer, List<string> Actors);

    private sealed record Topic(string Id, string Name, string? Description);

    private sealed record Statement(
        string Id, string Speaker, string? UnnamedCountry, string Kind, string Text, DateOnly? Date, bool DateInferred, Event? Event,
        string Act, List<string> Targets, string? Addressee, List<string> Topics, string? ReportedBy, List<string> RespondsTo, string? Note);

    private readonly Random _random;
    private readonly int _articleCount;
    private readonly List<Organization> _organizations = new();
    private readonly List<Official> _officials = new();
    private readonly List<Event> _events = new();
    private readonly List<Topic> _topics = new();
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);
    private int _nextSpeaker;
    private int _nextTopic;
    private int _nextOrganizer;

    public CorpusBuilder(int articles, int seed)
    {
        _articleCount = articles;
        _random = new Random(seed);
    }

    public IReadOnlyList<CorpusFile> Build()
    {
        int organizationCount = Math.Max(6, _articleCount / 20);
        int officialCount = Math.Max(10, _articleCount / 10);
        int eventCount = Math.Max(10, _articleCount / 5);
        int topicCount = 12 + _articleCount / 100;

        for (int i = 0; i < organizationCount; i++) _organizations.Add(NewOrganization(i));
        for (int i = 0; i < officialCount; i++) _officials.Add(NewOfficial(i));
        for (int i = 0; i < topicCount; i++) _topics.Add(NewTopic(i));
        for (int i = 0; i < eventCount; i++) _events.Add(NewEvent(i));

        var files = new List<CorpusFile>(2 * _articleCount + 4)
        {
            CorpusFile.Annotation("officials.yaml", OfficialsYaml()),
            CorpusFile.Annotation("organizations.yaml", OrganizationsYaml()),
            CorpusFile.Annotation("events.yaml", EventsYaml(_events, "events", "Events that span articles (synthetic).", 0)),
            CorpusFile.Annotation("topics.yaml", TopicsYaml()),
        };
        for (int a = 0; a < _articleCount; a++)
        {
            var (seedName, seedText, annotation) = NewArticle(a);
            files.Add(CorpusFile.Annotation("articles/" + Path.ChangeExtension(seedName, ".yaml"), annotation));
            files.Add(CorpusFile.Seed(seedName, seedText));
        }
        return files;
    }

    // ---- registries ----------------------------------------------------------------------

    private Words.CountryInfo PickCountry()
    {
        double r = _random.NextDouble();
        if (r < 0.22) return Words.Countries[0];
        if (r < 0.36) return Words.Countries[1];
        if (r < 0.44) return Words.Countries[2];
        return Words.Countries[_random.Next(3, Words.Countries.Length)];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private Organization NewOrganization(int index)
    {
        // The first ones are fixed so even the smallest corpus has ministries, an outlet and a UN body.
        string kind = index switch
        {
            0 or 1 or 2 => "ministry",
            3 => "media",
            4 => "intergovernmental",
            5 => "agency",
            _ => Pick(new[] { "ministry", "agency", "agency", "embassy", "media", "media", "intergovernmental", "company", "academic", "military", "legislature" }),
        };
        var country = index switch { 0 => Words.Countries[0], 1 => Words.Countries[1], 2 => Words.Countries[2], _ => PickCountry() };
        string number = index.ToString("D4", CultureInfo.InvariantCulture);
        string? parent = null;
        (string name, string shortName) = kind switch
        {
            "ministry" => Pick(new[]
            {
                ($"Ministry of Foreign Affairs of {Cap(country.Name)}", "MFA"),
                ($"Ministry of Digital Affairs of {Cap(country.Name)}", "MDA"),
                ($"Ministry of Public Security of {Cap(country.Name)}", "MPS"),
            }),
            "agency" => Pick(new[]
            {
                ($"{country.Adjective} National Cyber Security Centre", "NCSC"),
                ($"{country.Adjective} Cyberspace Administration", "CA"),
                ($"{country.Adjective} Computer Emergency Response Team", "CERT"),
            }),
            "embassy" => ($"Embassy of {Cap(country.Name)} in {Cap(Pick(Words.Countries).Name)}", "Embassy"),
            "media" => Pick(new[]
            {
                ($"{Pick(Words.Cities)} Daily", "Daily"),
                ($"The {Pick(Words.Cities)} Herald", "Herald"),
                ($"{country.Adjective} News Agency", "News Agency"),
            }),
            "intergovernmental" => Pick(new[]
            {
                ("United Nations Office for Disarmament Affairs", "UNODA"),
                ("Association of Southeast Asian Nations", "ASEAN"),
                ("Organization for Security and Co-operation in Europe", "OSCE"),
                ("International Telecommunication Union", "ITU"),
            }),
            "company" => ($"{Pick(Words.LastNames)} Networks", "Networks"),
            "academic" => ($"Institute for Cyberspace Studies, {Pick(Words.Cities)}", "ICS"),
            "military" => ($"{country.Adjective} Cyber Command", "Cyber Command"),
            _ => ($"{country.Adjective} Parliament Committee on Digital Affairs", "Digital Committee"),
        };
        if (kind == "embassy")
        {
            parent = _organizations.FirstOrDefault(o => o.Kind == "ministry" && o.Country == country.Code && o.ShortName == "MFA")?.Id;
        }
        if (!_usedNames.Add(name)) name = $"{name} ({Pick(Words.Cities)} office {number})";
        string code = kind == "intergovernmental" ? "int" : country.Code.ToLowerInvariant();
        return new Organization($"{code}-{kind}-{number}", name, shortName, kind, kind == "intergovernmental" ? null : country.Code, parent);
    }

    private Official NewOfficial(int index)
    {
        var country = index switch { 0 or 1 => Words.Countries[0], 2 => Words.Countries[1], 3 => Words.Countries[2], _ => PickCountry() };
        string name;
        string? native = null;
        if (country.Code == "CN")
        {
            var surname = Pick(Words.ChineseSurnames);
            var given = Pick(Words.ChineseGivenNames);
            name = surname.Latin + " " + given.Latin;
            native = surname.Native + given.Native;
        }
        else if (country.Code == "RU")
        {
            (name, native) = Pick(Words.RussianNames);
        }
        else
        {
            name = Pick(Words.FirstNames) + " " + Pick(Words.LastNames);
        }
        var employers = _organizations.Where(o => o.Country == country.Code && o.Kind != "media").ToList();
        if (employers.Count == 0) employers = _organizations.Where(o => o.Kind == "intergovernmental").ToList();
        // Dated: a role with neither dates nor attestation is of unknown validity (CORP055).
        var roles = new List<Role> { new(TitleAt(Pick(employers)), Pick(employers), "1990") };
        if (_random.NextDouble() < 0.3)
        {
            var second = Pick(employers);
            roles.Add(new Role(TitleAt(second), second, "2009"));
        }
        string id = Slug(name) + "-" + index.ToString("D4", CultureInfo.InvariantCulture);
        return new Official(id, name, native, country.Code, roles);
    }

    private string TitleAt(Organization organization) => organization.Kind switch
    {
        "ministry" => Pick(new[] { "Spokesperson", "Minister", "Deputy Minister", "Coordinator for Cyber Affairs", "Director-General of Cyber Affairs" }),
        "agency" => Pick(new[] { "Director", "Deputy Director", "Chief Executive" }),
        "embassy" => Pick(new[] { "Ambassador", "Spokesman", "Counsellor" }),
        "intergovernmental" => Pick(new[] { "Secretary-General", "Special Envoy on Technology", "High Representative" }),
        "military" => "Commander",
        "legislature" => "Committee Chair",
        _ => "Director",
    };

    private Topic NewTopic(int index)
    {
        if (index < Words.TopicBase.Length)
        {
            var parts = Words.TopicBase[index].Split('|');
            return new Topic(parts[0], parts[1], parts[2]);
        }
        string adjective = Pick(Words.TopicAdjectives), noun = Pick(Words.TopicNouns);
        string id = $"{adjective}-{noun}-{index.ToString("D4", CultureInfo.InvariantCulture)}";
        return new Topic(id, Cap(adjective.Replace('-', ' ')) + " " + noun.Replace('-', ' '), null);
    }

    private Event NewEvent(int index)
    {
        var start = new DateOnly(2015, 1, 1).AddDays(_random.Next(0, 3650));
        string kind = Pick(new[] { "conference", "press-conference", "press-conference", "speech", "interview", "meeting", "report", "cyber-incident" });
        // Organizers go round the organizations first, so every organization is referred to.
        var organizer = _organizations[_nextOrganizer++ % _organizations.Count];
        var actors = new List<string>();
        for (int i = _random.Next(1, 4); i > 0; i--)
        {
            string id = Pick(_officials).Id;
            if (!actors.Contains(id)) actors.Add(id);
        }
        var city = Pick(Words.Cities);
        string number = index.ToString("D5", CultureInfo.InvariantCulture);
        DateOnly? end = null;
        string name;
        switch (kind)
        {
            case "conference":
                end = start.AddDays(_random.Next(1, 4));
                name = $"The {Pick(Words.Ordinals)} {city} Cyber Dialogue ({start.Year.ToString(CultureInfo.InvariantCulture)})";
                break;
            case "press-conference":
                name = $"Regular press conference of the {organizer.Name} on {Long(start)}";
                break;
            case "speech":
                name = $"Speech on {Pick(_topics).Name.ToLowerInvariant()} in {city}";
                break;
            case "interview":
                name = $"Interview on {Pick(_topics).Name.ToLowerInvariant()} published in {city}";
                break;
            case "meeting":
                name = $"Bilateral meeting on cyber issues in {city}";
                break;
            case "report":
                name = $"Report on {Pick(_topics).Name.ToLowerInvariant()} by the {organizer.Name}";
                break;
            default:
                name = $"Ransomware attack on the {Pick(new[] { "port", "hospital network", "power grid", "railway", "tax office" })} of {city}";
                break;
        }
        return new Event($"{kind}-{number}", name, kind, start, end, city, kind == "cyber-incident" ? null : organizer.Id, actors);
    }

    // ---- articles ------------------------------------------------------------------------

    private (string SeedName, string SeedText, string Annotation) NewArticle(int index)
    {
        // Regenerated (with the generator state moved on) in the rare case a passage is not unique.
        for (int attempt = 0; ; attempt++)
        {
            var article = TryArticle(index);
            if (article is not null) return article.Value;
            if (attempt > 50) throw new InvalidOperationException($"could not build a grounded article {index}");
        }
    }

    private (string, string, string)? TryArticle(int index)
    {
        string number = index.ToString("D5", CultureInfo.InvariantCulture);
        string seedName = $"{number}_{_random.NextInt64(0, long.MaxValue).ToString("x16", CultureInfo.InvariantCulture)}.txt";
        int targetLength = _random.Next(2048, 8193);
        int statementCount = 10 + (targetLength - 2048) * 20 / 6144;
        bool curly = _random.NextDouble() < 0.7;
        string open = curly ? "“" : "\"", close = curly ? "”" : "\"";

        // The article's events: one from the registry in turn (so each is referred to), maybe more, maybe its own press conference.
        var events = new List<Event> { _events[index % _events.Count] };
        for (int i = _random.Next(0, 3); i > 0; i--)
        {
            var e = Pick(_events);
            if (!events.Contains(e)) events.Add(e);
        }
        var published = events.Max(e => e.End ?? e.Start).AddDays(_random.Next(0, 5));
        Event? ownEvent = null;
        var spokesperson = NextOfficial();
        if (_random.NextDouble() < 0.25)
        {
            var organization = spokesperson.Roles[0].Organization;
            ownEvent = new Event($"press-briefing-{number}", $"Press briefing of the {organization.Name} on {Long(published)}", "press-conference",
                published.AddDays(-_random.Next(0, 2)), null, Pick(Words.Cities), organization.Id, new List<string> { spokesperson.Id });
            events.Add(ownEvent);
        }
        var outlet = _random.NextDouble() < 0.8 ? Pick(_organizations.Where(o => o.Kind == "media").ToList()) : null;
        var city = Pick(Words.Cities);

        string headline = Headline(curly);
        string byline = Pick(Words.FirstNames).ToUpperInvariant() + " " + Pick(Words.LastNames).ToUpperInvariant();
        var body = new StringBuilder(targetLength + 512);
        body.Append(headline).Append("\n\n");
        body.Append("By ").Append(byline);
        if (outlet is not null) body.Append(" | ").Append(outlet.Name);
        body.Append(" | Updated: ").Append(Iso(published)).Append(' ')
            .Append(_random.Next(6, 23).ToString("D2", CultureInfo.InvariantCulture)).Append(':')
            .Append(_random.Next(0, 60).ToString("D2", CultureInfo.InvariantCulture)).Append("\n\n");
        body.Append(city.ToUpperInvariant()).Append(" — ");

        var boilerplate = new List<(string Text, string Kind)>();
        var statements = new List<Statement>();
        var notSpeech = new List<string>();
        int perStatement = Math.Max(60, targetLength * 4 / 5 / statementCount);
        int paragraphSentences = 0;
        for (int k = 0; k < statementCount; k++)
        {
            var (sentence, statement) = NewStatement(number, k, statements, events, ownEvent, spokesperson, published, open, close, perStatement);
            statements.Add(statement);
            body.Append(sentence);
            if (_random.NextDouble() < 0.45) body.Append(' ').Append(Narrative());
            paragraphSentences++;
            if (paragraphSentences >= _random.Next(1, 4))
            {
                body.Append("\n\n");
                paragraphSentences = 0;
                if (_random.NextDouble() < 0.08)
                {
                    string also = $"ALSO READ: {Headline(curly)}";
                    boilerplate.Add((also, "also-read"));
                    body.Append(also).Append("\n\n");
                }
            }
            else
            {
                body.Append(' ');
            }
        }
        if (_random.NextDouble() < 0.2)
        {
            string theme = $"{Pick(Words.ThemeWords)} {Pick(Words.ThemeWords)} {Pick(Words.ThemeNouns)}: {Pick(Words.ThemeWords)} {Pick(Words.ThemeNouns)} for All";
            notSpeech.Add(theme);
            body.Append($"The event was held under the theme {open}{theme}{close} and drew {_random.Next(200, 3000).ToString(CultureInfo.InvariantCulture)} participants. ");
        }
        while (body.Length < targetLength)
        {
            body.Append(Narrative());
            body.Append(_random.NextDouble() < 0.3 ? "\n\n" : " ");
        }
        if (_random.NextDouble() < 0.3)
        {
            string caption = $"{spokesperson.Name} speaks at a news conference in {Pick(Words.Cities)}. (PHOTO / IC)";
            boilerplate.Add((caption, "caption"));
            body.Append("\n\n").Append(caption);
        }
        string footer = $"Copyright {published.Year.ToString(CultureInfo.InvariantCulture)} {(outlet?.Name ?? "the publisher")}. All rights reserved. Ref {number}.";
        boilerplate.Add((footer, "footer"));
        body.Append("\n\n").Append(footer).Append('\n');
        string text = body.ToString();

        // Every passage the annotation quotes must occur exactly once in the article.
        string folded = Fold(text);
        foreach (var passage in statements.Select(s => s.Text).Concat(boilerplate.Select(b => b.Text)).Concat(notSpeech).Append(headline))
        {
            if (Count(folded, Fold(passage).Trim()) != 1) return null;
        }
        foreach (var s in statements)
        {
            if (Fold(headline).Contains(Fold(s.Text).Trim(), StringComparison.Ordinal)) return null;
            if (boilerplate.Any(b => Fold(b.Text).Contains(Fold(s.Text).Trim(), StringComparison.Ordinal))) return null;
        }

        string articleId = Slug(headline) is { Length: > 0 } slug ? $"{Truncate(slug, 60)}-{number}" : $"article-{number}";
        var yaml = new YamlText();
        yaml.Comment($"Synthetic article {number} ({text.Length.ToString(CultureInfo.InvariantCulture)} characters, {statements.Count.ToString(CultureInfo.InvariantCulture)} statements).");
        yaml.Key(0, "article");
        yaml.Scalar(2, "id", articleId);
        yaml.Scalar(2, "source", seedName);
        yaml.Scalar(2, "outlet", outlet?.Id);
        yaml.Scalar(2, "headline", headline);
        yaml.Scalar(2, "byline", byline);
        if (_random.NextDouble() < 0.15)
        {
            yaml.InferredDate(2, "published", Iso(published), "the page shows only 'Updated:' with this date; taken as the publication date");
        }
        else
        {
            yaml.Scalar(2, "published", Iso(published));
        }
        yaml.Scalar(2, "url", $"https://news.example.org/{published.Year.ToString(CultureInfo.InvariantCulture)}/{articleId}.html");
        if (boilerplate.Count > 0)
        {
            yaml.Key(2, "boilerplate");
            foreach (var (passage, kind) in boilerplate)
            {
                yaml.Scalar(4, "text", passage, listItem: true);
                yaml.Scalar(6, "kind", kind);
            }
        }
        if (ownEvent is not null)
        {
            yaml.Line();
            yaml.Line(EventsYaml(new List<Event> { ownEvent }, "events", null, 0).TrimEnd('\n'));
        }
        yaml.Line();
        yaml.Key(0, "statements");
        foreach (var s in statements) StatementYaml(yaml, s);
        if (notSpeech.Count > 0)
        {
            yaml.Line();
            yaml.Key(0, "not-speech");
            foreach (var passage in notSpeech)
            {
                yaml.Scalar(2, "text", passage, listItem: true);
                yaml.Scalar(4, "reason", "conference theme");
            }
        }
        return (seedName, text, yaml.ToString());
    }

    private Official NextOfficial() =>
        _nextSpeaker < _officials.Count ? _officials[_nextSpeaker++] : Pick(_officials);

    private (string Sentence, Statement Statement) NewStatement(
        string number, int k, List<Statement> earlier, List<Event> events, Event? ownEvent, Official spokesperson, DateOnly published,
        string open, string close, int lengthBudget)
    {
        // Speaker: officials mostly (each one in turn first, so all are referred to), organizations, unnamed actors.
        double who = _random.NextDouble();
        string speaker, speakerRef;
        string? unnamedCountry = null;
        string speakerSlug;
        Official? official = null;
        if (who < 0.75)
        {
            official = k == 0 && ownEvent is not null ? spokesperson : NextOfficial();
            speaker = official.Id;
            var role = official.Roles[0];
            speakerRef = _random.NextDouble() < 0.5 ? $"{role.Organization.ShortName} {role.Title.ToLowerInvariant()} {official.Name}" : official.Name;
            speakerSlug = Slug(official.Surname);
        }
        else if (who < 0.9)
        {
            var organization = Pick(_organizations);
            speaker = organization.Id;
            speakerRef = "the " + organization.Name;
            speakerSlug = Slug(organization.ShortName);
        }
        else
        {
            var country = PickCountry();
            unnamedCountry = country.Code;
            speaker = $"anonymous {country.Adjective} officials";
            speakerRef = speaker;
            speakerSlug = "anonymous";
        }

        var (act, verbs) = Words.VerbsByAct[_random.Next(Words.VerbsByAct.Length)];
        string Clause(bool quotedObject)
        {
            string subject = Pick(Words.Subjects), verb = Pick(verbs), @object = Pick(Words.Objects);
            if (quotedObject) @object = open + @object.Replace("“", "").Replace("”", "") + close;
            var clause = new StringBuilder().Append(subject).Append(' ').Append(verb).Append(' ').Append(@object);
            while (clause.Length < lengthBudget * 2 / 3)
            {
                clause.Append(' ').Append(Pick(Words.Modifiers));
                if (clause.Length < lengthBudget / 2 && _random.NextDouble() < 0.5)
                {
                    clause.Append(", and ").Append(Pick(Words.Subjects)).Append(' ').Append(Pick(verbs)).Append(' ').Append(Pick(Words.Objects));
                }
            }
            return clause.ToString();
        }
        string Inner(string s) => open == "“" ? s.Replace('“', '‘').Replace('”', '’') : s.Replace("“", "'").Replace("”", "'");

        string kind, text, sentence;
        double form = _random.NextDouble();
        if (form < 0.4)
        {
            kind = "direct-quote";
            string quote = Cap(Inner(Clause(false)));
            switch (_random.Next(4))
            {
                case 0: text = quote + ","; sentence = $"{open}{text}{close} {speakerRef} said."; break;
                case 1: text = quote + ","; sentence = $"{open}{text}{close} said {speakerRef}."; break;
                case 2: text = quote + "."; sentence = $"{Cap(speakerRef)} told reporters: {open}{text}{close}"; break;
                default:
                    text = quote + ". " + Cap(Inner(Pick(Words.Subjects) + " " + Pick(verbs) + " " + Pick(Words.Objects))) + ",";
                    sentence = $"{open}{text}{close} {speakerRef} added.";
                    break;
            }
        }
        else if (form < 0.6)
        {
            kind = "partial-quote";
            text = Clause(true);
            sentence = $"{Cap(speakerRef)} said {text}.";
        }
        else
        {
            kind = "paraphrase";
            text = Clause(false);
            sentence = _random.Next(3) switch
            {
                0 => $"{Cap(speakerRef)} said that {text}.",
                1 => $"According to {speakerRef}, {text}.",
                _ => $"{Cap(speakerRef)} stressed that {text}, calling on all parties to exercise restraint.",
            };
        }

        // When: at the statement's event, or on the publication date when it has none.
        Event? @event = null;
        if (ownEvent is not null && official == spokesperson) @event = ownEvent;
        else if (_random.NextDouble() < 0.85) @event = Pick(events.Where(e => e != ownEvent).ToList());
        DateOnly? date = @event?.Start ?? (_random.NextDouble() < 0.9 ? published : null);
        bool inferred = @event is not null && _random.NextDouble() < 0.3;

        var targets = new List<string>();
        if (act is "accuse" or "criticize" or "demand" or "threaten" or "reject" && _random.NextDouble() < 0.7)
        {
            targets.Add(_random.NextDouble() < 0.7 ? PickCountry().Code : Pick(_officials).Id);
        }
        var topics = new List<string> { _topics[_nextTopic++ % _topics.Count].Id };
        if (_random.NextDouble() < 0.4)
        {
            string extra = Pick(_topics).Id;
            if (!topics.Contains(extra)) topics.Add(extra);
        }
        string? addressee = _random.NextDouble() < 0.08 ? Pick(_organizations.Where(o => o.Kind == "media").ToList()).Id : null;
        string? reportedBy = null;
        string? note = null;
        if (official is not null && _random.NextDouble() < 0.05)
        {
            var intermediary = Pick(_officials);
            if (intermediary != official)
            {
                reportedBy = intermediary.Id;
                note = $"Quoted by {intermediary.Name}; the article does not give the original source.";
            }
        }
        var respondsTo = new List<string>();
        if (_random.NextDouble() < 0.15 && date is { } d)
        {
            var answerable = earlier.Where(s => s.Date is { } sd && sd <= d).ToList();
            if (answerable.Count > 0) respondsTo.Add(Pick(answerable).Id);
            else if (@event is not null) respondsTo.Add(@event.Id);
        }
        string id = $"{speakerSlug}-{act}-{number}-{k.ToString("D2", CultureInfo.InvariantCulture)}";
        var statement = new Statement(id, speaker, unnamedCountry, kind, text, date, inferred, @event, act, targets, addressee, topics, reportedBy, respondsTo, note);
        return (sentence, statement);
    }

    private string Narrative()
    {
        string template = Pick(Words.Narrative);
        return template
            .Replace("{n}", _random.Next(2, 180).ToString(CultureInfo.InvariantCulture))
            .Replace("{topic}", Pick(_topics).Name.ToLowerInvariant())
            .Replace("{city}", Pick(Words.Cities))
            .Replace("{country}", PickCountry().Name)
            .Replace("{year}", _random.Next(2005, 2015).ToString(CultureInfo.InvariantCulture))
            .Replace("{nth}", Pick(Words.Ordinals));
    }

    private string Headline(bool curly)
    {
        string q(string s) => curly ? "‘" + s + "’" : "'" + s + "'";
        var country = PickCountry();
        return _random.Next(4) switch
        {
            0 => $"{Cap(country.Name)} rejects {q(Pick(new[] { "groundless", "absurd", "malicious" }))} claims over {Pick(_topics).Name.ToLowerInvariant()}",
            1 => $"{country.Adjective} official: {Pick(Words.Subjects)} must stop {Pick(new[] { "smearing", "targeting", "sanctioning" })} others",
            2 => $"{Cap(country.Name)} and partners pledge {q("open")} cooperation on {Pick(_topics).Name.ToLowerInvariant()}",
            _ => $"Talks in {Pick(Words.Cities)} end without deal on {Pick(_topics).Name.ToLowerInvariant()}",
        };
    }

    // ---- YAML ----------------------------------------------------------------------------

    private void StatementYaml(YamlText yaml, Statement s)
    {
        yaml.Scalar(2, "id", s.Id, listItem: true);
        if (s.UnnamedCountry is not null)
        {
            yaml.Key(4, "speaker");
            yaml.Scalar(6, "unnamed", s.Speaker);
            yaml.Scalar(6, "country", s.UnnamedCountry);
        }
        else
        {
            yaml.Scalar(4, "speaker", s.Speaker);
        }
        yaml.Scalar(4, "kind", s.Kind);
        // Annotators type straight quotes and apostrophes; the generator matches them to curly ones.
        string copied = _random.NextDouble() < 0.5 ? s.Text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'') : s.Text;
        if (copied.Length > 70) yaml.Folded(4, "text", copied);
        else yaml.Scalar(4, "text", copied);
        if (s.Date is { } date)
        {
            if (s.DateInferred)
            {
                yaml.InferredDate(4, "date", Iso(date), $"not printed; made at '{s.Event!.Name}', which began on {Long(s.Event.Start)}");
            }
            else
            {
                yaml.Scalar(4, "date", Iso(date));
            }
        }
        yaml.Scalar(4, "event", s.Event?.Id);
        yaml.Scalar(4, "act", s.Act);
        yaml.List(4, "targets", s.Targets);
        // Codebook: an act directed at someone names its target or says why not (CORP051).
        if (s.Targets.Count == 0 && s.Act is "accuse" or "criticize" or "appeal" or "demand" or "threaten" or "deny")
        {
            yaml.Scalar(4, "no-target", "the article names no one");
        }
        yaml.Scalar(4, "addressee", s.Addressee);
        yaml.List(4, "topics", s.Topics);
        yaml.Scalar(4, "reported-by", s.ReportedBy);
        yaml.List(4, "responds-to", s.RespondsTo);
        yaml.Scalar(4, "note", s.Note);
    }

    private string OfficialsYaml()
    {
        var yaml = new YamlText().Comment("People whose statements the synthetic corpus records.").Key(0, "officials");
        foreach (var o in _officials)
        {
            yaml.Scalar(2, "id", o.Id, listItem: true);
            yaml.Scalar(4, "name", o.Name);
            yaml.Scalar(4, "native-name", o.NativeName);
            yaml.Scalar(4, "country", o.Country);
            yaml.Key(4, "roles");
            foreach (var role in o.Roles)
            {
                yaml.Scalar(6, "title", role.Title, listItem: true);
                yaml.Scalar(8, "organization", role.Organization.Id);
                yaml.Scalar(8, "from", role.From);
            }
            yaml.Line();
        }
        return yaml.ToString();
    }

    private string OrganizationsYaml()
    {
        var yaml = new YamlText().Comment("Organizations of the synthetic corpus.").Key(0, "organizations");
        foreach (var o in _organizations)
        {
            yaml.Scalar(2, "id", o.Id, listItem: true);
            yaml.Scalar(4, "name", o.Name);
            yaml.Scalar(4, "short-name", o.ShortName);
            yaml.Scalar(4, "country", o.Country);
            yaml.Scalar(4, "kind", o.Kind);
            yaml.Scalar(4, "parent", o.Parent);
            yaml.Line();
        }
        return yaml.ToString();
    }

    private static string EventsYaml(List<Event> events, string key, string? comment, int indent)
    {
        var yaml = new YamlText();
        if (comment is not null) yaml.Comment(comment);
        yaml.Key(indent, key);
        foreach (var e in events)
        {
            yaml.Scalar(indent + 2, "id", e.Id, listItem: true);
            yaml.Scalar(indent + 4, "name", e.Name);
            yaml.Scalar(indent + 4, "kind", e.Kind);
            if (e.End is { } end)
            {
                yaml.Scalar(indent + 4, "start", Iso(e.Start));
                yaml.Scalar(indent + 4, "end", Iso(end));
            }
            else
            {
                yaml.Scalar(indent + 4, "date", Iso(e.Start));
            }
            yaml.Scalar(indent + 4, "location", e.Location);
            yaml.Scalar(indent + 4, "organizer", e.Organizer);
            yaml.List(indent + 4, "actors", e.Actors);
        }
        return yaml.ToString();
    }

    private string TopicsYaml()
    {
        var yaml = new YamlText().Comment("The topic vocabulary of the synthetic corpus.").Key(0, "topics");
        foreach (var t in _topics)
        {
            yaml.Scalar(2, "id", t.Id, listItem: true);
            yaml.Scalar(4, "name", t.Name);
            yaml.Scalar(4, "description", t.Description);
        }
        return yaml.ToString();
    }

    // ---- text helpers --------------------------------------------------------------------

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    private static string Truncate(string slug, int length) => slug.Length <= length ? slug : slug.Substring(0, length).TrimEnd('-');

    /// <summary>A kebab-case ID part from any text: diacritics dropped, everything else not a letter or digit a hyphen.</summary>
    internal static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            char lower = c switch { 'ł' or 'Ł' => 'l', 'ø' or 'Ø' => 'o', 'ß' => 's', 'ı' => 'i', 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) };
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>The documented matching rule: straight and curly quotes and apostrophes equal, whitespace runs one space.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
                _ => c,
            });
        }
        return builder.ToString();
    }

    private static int Count(string haystack, string needle)
    {
        int count = 0;
        for (int at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
