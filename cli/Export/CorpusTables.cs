using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using static Corpus.Cli.Columns;

namespace Corpus.Cli;

/// <summary>
/// The linked corpus as tables: one per entity kind, and long link tables for the lists a
/// statement, role or event holds. Every row is keyed by the entity's annotation ID (a country by its
/// code); an actor reference is a type column (<c>official</c>, <c>organization</c>, <c>country</c>,
/// <c>unnamed</c>) and an ID column. Offsets are given in UTF-16 code units (as .NET and JavaScript
/// index strings) and in Unicode code points (as Python does).
/// </summary>
public static class CorpusTables
{
    /// <summary>The number of tables <see cref="Build"/> returns.</summary>
    public const int Count = 20;

    /// <summary>Builds every table, in a fixed order.</summary>
    /// <param name="graph">The linked corpus.</param>
    /// <param name="built">When given, hears each table as soon as it is built, on the thread that built it: a caller writes
    /// it there while other tables are still being built. Called from several threads at once.</param>
    public static IReadOnlyList<Table> Build(CorpusGraph graph, Action<Table>? built = null)
    {
        if (graph is null) throw new ArgumentNullException(nameof(graph));
        // Named on first use, by the first table that needs the names (the tables that do not, such as articles, are built meanwhile).
        var names = new Lazy<UnnamedIds>(() => UnnamedActors(graph), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        Func<Table> statements = () => Statements(graph, names.Value), articles = () => Articles(graph), passages = () => Passages(graph);
        var builders = new Func<Table>[]
        {
            articles,
            passages,
            statements,
            () => StatementTargets(graph, names.Value),
            () => StatementTopics(graph),
            () => StatementRespondsTo(graph),
            () => StatementActors("statement_about", "An actor a statement is about without being its target.", "about list", "about", graph, s => s.About, names.Value),
            () => StatementActors("statement_addressees", "Someone a statement was made to (a news agency, an interviewer).", "addressees", "addressee", graph, s => s.Addressees, names.Value),
            () => StatementActors("statement_reported_by", "An intermediary who relayed a statement; ordinal 1 is the nearest, 2 whoever reported that one, and so on.",
                "reported-by chain", "reported_by", graph, s => s.ReportedByChain, names.Value),
            () => StatementConcerns(graph),
            () => StatementSameUtterance(graph),
            () => Officials(graph),
            () => Roles(graph),
            () => RoleAttestations(graph),
            () => Organizations(graph),
            () => Countries(graph),
            () => UnnamedActorTable(names.Value),
            () => Events(graph, names.Value),
            () => EventActors(graph, names.Value),
            () => Topics(graph),
        };
        // Built on every core, each table by one builder (the graph reads what they need thread-safely), and kept in the order above.
        // The tables with the most rows and text first, so that none is left to build and write alone at the end.
        var longestFirst = new[] { statements, articles, passages }.Concat(builders).Distinct().ToList();
        var tables = new Table[builders.Length];
        Partitioner.Create(longestFirst, EnumerablePartitionerOptions.NoBuffering).AsParallel().ForAll(build =>
        {
            var table = build();
            tables[Array.IndexOf(builders, build)] = table;
            built?.Invoke(table);
        });
        return tables;
    }

    private static Table Articles(CorpusGraph graph)
    {
        var table = new Table("articles", "One article: its metadata and its text, verbatim.",
            Text("id", "Article ID."),
            Text("source_path", "Seed file path below seeds/."),
            OptionalText("headline", "Headline: verbatim when printed, else as known from elsewhere (headline_basis)."),
            OptionalText("headline_basis", "printed, stated or inferred."),
            OptionalText("headline_evidence", "Where a headline not printed in the text comes from."),
            OptionalText("subheadline", "Subheadline, verbatim."),
            OptionalText("outlet_id", "Publishing organization's ID (organizations.id), printed on the page or inferred (outlet_basis)."),
            OptionalText("outlet_basis", "printed, stated or inferred."),
            OptionalText("outlet_evidence", "Why an inferred outlet is what it is."),
            OptionalText("byline", "Byline, verbatim."),
            OptionalText("published", "Publication date, ISO 8601 / EDTF (2021, 2021-05, 2021-05-13?)."),
            Date("published_earliest", "First day the publication date can be."),
            Date("published_latest", "Last day the publication date can be."),
            OptionalText("published_basis", "stated or inferred."),
            OptionalText("published_evidence", "Why an inferred date is what it is."),
            OptionalText("updated", "When the page says it was last updated, ISO 8601 / EDTF; distinct from published."),
            OptionalText("url", "URL."),
            OptionalText("note", "Annotator's note."),
            Text("text", "The seed file's text, verbatim."),
            Int("length_utf16", "Text length in UTF-16 code units."),
            Int("length_code_points", "Text length in Unicode code points."));
        foreach (var a in graph.Articles)
        {
            var (date, earliest, latest) = Dates(a.Published);
            var offsets = CodePointOffsets.Of(a.Text);
            table.Add(a.Id, a.SourcePath, a.Headline, Spelling(a.HeadlineBasis), a.HeadlineEvidence, a.Subheadline,
                a.Outlet?.Id, Spelling(a.OutletBasis), a.OutletEvidence, a.Byline, date, earliest, latest,
                Spelling(a.PublishedBasis), a.PublishedEvidence, a.Updated?.ToString(), a.Url, a.Note, a.Text, a.Text.Length, offsets.CodePointAt(a.Text.Length));
        }
        return table;
    }

    private static Table Passages(CorpusGraph graph)
    {
        var table = new Table("passages", "A located passage that is not a statement: boilerplate, or a quotation that is not speech.",
            Text("article_id", "articles.id."),
            Text("type", "boilerplate or not-speech."),
            Int("ordinal", "1-based position among the article's passages of this type."),
            OptionalText("kind", "Boilerplate kind (also-read, caption, footer, …); empty for not-speech."),
            OptionalText("reason", "Why the passage is set apart."),
            Text("text", "The exact characters."),
            Int("start_utf16", "0-based offset in articles.text, UTF-16 code units."),
            Int("length_utf16", "Length in UTF-16 code units."),
            Int("start_code_point", "0-based offset in articles.text, code points."),
            Int("length_code_points", "Length in code points."));
        foreach (var a in graph.Articles)
        {
            var offsets = CodePointOffsets.Of(a.Text);
            foreach (var (type, passages) in new[] { ("boilerplate", a.Boilerplate), ("not-speech", a.NotSpeech) })
            {
                int ordinal = 0;
                foreach (var p in passages)
                {
                    var (cpStart, cpLength) = offsets.Span(p.Start, p.Length);
                    table.Add(a.Id, type, ++ordinal, Spelling(p.Kind), p.Reason, p.Text, p.Start, p.Length, cpStart, cpLength);
                }
            }
        }
        return table;
    }

    private static Table Statements(CorpusGraph graph, UnnamedIds unnamed)
    {
        var table = new Table("statements", "One statement: who said what, when, located at its exact characters in its article.",
            Text("id", "Statement ID."),
            Text("article_id", "articles.id."),
            Text("speaker_type", "official, organization, country or unnamed."),
            Text("speaker_id", "The speaker's ID in officials, organizations, countries (code) or unnamed_actors."),
            Text("kind", "direct-quote, partial-quote or paraphrase."),
            Text("act", "Speech act (assert, accuse, deny, …)."),
            Text("cameo_code", "The statement's CAMEO code: its exact code where annotated, else its act's."),
            OptionalText("exact_cameo_code", "The exact CAMEO code, where annotated (1125); empty when cameo_code is the act's."),
            OptionalText("plover_type", "The act's PLOVER event type, where it has one."),
            Text("text", "The exact characters of the article."),
            Int("start_utf16", "0-based offset in articles.text, UTF-16 code units (.NET, JavaScript)."),
            Int("length_utf16", "Length in UTF-16 code units."),
            Int("start_code_point", "0-based offset in articles.text, Unicode code points (Python)."),
            Int("length_code_points", "Length in code points."),
            Int("line", "1-based line of the first character in the seed file."),
            Int("column", "1-based column of the first character, in UTF-16 code units."),
            OptionalText("date", "When it was said, ISO 8601 / EDTF."),
            Date("date_earliest", "First day the date can be."),
            Date("date_latest", "Last day the date can be."),
            OptionalText("date_basis", "stated or inferred."),
            OptionalText("date_evidence", "Why an inferred date is what it is."),
            OptionalText("event_id", "events.id of the event it was made at."),
            OptionalText("addressee_type", "Addressee's type: the first of statement_addressees."),
            OptionalText("addressee_id", "Addressee's ID."),
            OptionalText("reported_by_type", "Intermediary's type: the nearest of statement_reported_by."),
            OptionalText("reported_by_id", "Intermediary's ID."),
            OptionalText("no_target_reason", "Why a directed act names no target, where annotated."),
            Text("utterance_id", "statements.id of the report that stands for the statement's utterance (statements joined by statement_same_utterance, directly or through others, are one utterance; the first report by a named official stands for it): count distinct values to count utterances."),
            OptionalText("note", "Annotator's note."));
        var utterance = UtteranceIds(graph);
        foreach (var a in graph.Articles)
        {
            var offsets = CodePointOffsets.Of(a.Text);
            foreach (var s in a.Statements)
            {
                var (speakerType, speakerId) = unnamed.Reference(s.Speaker);
                var (date, earliest, latest) = Dates(s.Date);
                var (cpStart, cpLength) = offsets.Span(s.Start, s.Length);
                var addressee = s.Addressee is { } to ? unnamed.Reference(to) : default;
                var reportedBy = s.ReportedBy is { } by ? unnamed.Reference(by) : default;
                table.Add(s.Id, a.Id, speakerType, speakerId, Vocabulary.Spelling(s.Kind), Vocabulary.Spelling(s.Act), s.CameoCode,
                    s.HasExactCameoCode ? s.CameoCode : null, s.Act.Plover() is { } plover ? Vocabulary.Spelling(plover) : null,
                    s.Text, s.Start, s.Length, cpStart, cpLength, s.Line, s.Column,
                    date, earliest, latest, Spelling(s.DateBasis), s.DateEvidence, s.Event?.Id,
                    addressee.Type, addressee.Id, reportedBy.Type, reportedBy.Id, s.NoTargetReason, utterance[s], s.Note);
            }
        }
        return table;
    }

    private static Table StatementTargets(CorpusGraph graph, UnnamedIds unnamed)
    {
        var table = new Table("statement_targets", "A statement's target: an actor its act is directed at (the accused, the one appealed to); actors it is only about are in statement_about.",
            Text("statement_id", "statements.id."),
            Int("ordinal", "1-based position in the statement's targets."),
            Text("target_type", "official, organization, country or unnamed."),
            Text("target_id", "The target's ID."));
        foreach (var s in graph.Statements)
        {
            int ordinal = 0;
            foreach (var target in s.Targets)
            {
                var (type, id) = unnamed.Reference(target);
                table.Add(s.Id, ++ordinal, type, id);
            }
        }
        return table;
    }

    private static Table StatementTopics(CorpusGraph graph)
    {
        var table = new Table("statement_topics", "A statement's topic.",
            Text("statement_id", "statements.id."),
            Int("ordinal", "1-based position in the statement's topics."),
            Text("topic_id", "topics.id."));
        foreach (var s in graph.Statements)
        {
            int ordinal = 0;
            foreach (var topic in s.Topics) table.Add(s.Id, ++ordinal, topic.Id);
        }
        return table;
    }

    private static Table StatementRespondsTo(CorpusGraph graph)
    {
        var table = new Table("statement_responds_to", "What a statement answers: another statement or an event.",
            Text("statement_id", "statements.id."),
            Int("ordinal", "1-based position in the statement's responds-to list."),
            Text("responds_to_type", "statement or event."),
            Text("responds_to_id", "statements.id or events.id."));
        foreach (var s in graph.Statements)
        {
            int ordinal = 0;
            foreach (var answered in s.RespondsTo) table.Add(s.Id, ++ordinal, answered is Statement ? "statement" : "event", answered.Id);
        }
        return table;
    }

    /// <summary>A long table of one of a statement's actor lists: statement, 1-based position, actor type and ID.</summary>
    private static Table StatementActors(string name, string description, string list, string prefix, CorpusGraph graph, Func<Statement, IReadOnlyList<Actor>> actors, UnnamedIds unnamed)
    {
        var table = new Table(name, description,
            Text("statement_id", "statements.id."),
            Int("ordinal", $"1-based position in the statement's {list}."),
            Text(prefix + "_type", "official, organization, country or unnamed."),
            Text(prefix + "_id", "The actor's ID."));
        foreach (var s in graph.Statements)
        {
            int ordinal = 0;
            foreach (var actor in actors(s))
            {
                var (type, id) = unnamed.Reference(actor);
                table.Add(s.Id, ++ordinal, type, id);
            }
        }
        return table;
    }

    private static Table StatementConcerns(CorpusGraph graph)
    {
        var table = new Table("statement_concerns", "An event a statement is about (an incident, a report), apart from the event it was made at.",
            Text("statement_id", "statements.id."),
            Int("ordinal", "1-based position in the statement's concerns."),
            Text("event_id", "events.id."));
        foreach (var s in graph.Statements)
        {
            int ordinal = 0;
            foreach (var concerned in s.Concerns) table.Add(s.Id, ++ordinal, concerned.Id);
        }
        return table;
    }

    private static Table StatementSameUtterance(CorpusGraph graph)
    {
        var table = new Table("statement_same_utterance", "A same-utterance link, as annotated: two statements that report one utterance (a lead paraphrase and the body quote).",
            Text("statement_id", "statements.id of the statement that names the link."),
            Int("ordinal", "1-based position in the statement's same-utterance list."),
            Text("other_statement_id", "statements.id of the other report."));
        foreach (var s in graph.Statements)
        {
            int ordinal = 0;
            foreach (var other in s.SameUtteranceAs) table.Add(s.Id, ++ordinal, other.Id);
        }
        return table;
    }

    /// <summary>Each statement's utterance, by the ID of the report that stands for it.</summary>
    private static Dictionary<Statement, string> UtteranceIds(CorpusGraph graph)
    {
        var ids = new Dictionary<Statement, string>(ReferenceEqualityComparer.Instance);
        foreach (var utterance in Utterances.Of(graph.Statements))
        {
            foreach (var report in utterance.Reports) ids.Add(report, utterance.Primary.Id);
        }
        return ids;
    }

    private static Table Officials(CorpusGraph graph)
    {
        var table = new Table("officials", "A named official.",
            Text("id", "Official ID."),
            Text("name", "Name."),
            OptionalText("native_name", "Name in the official's own script."),
            OptionalText("country_code", "countries.code."));
        foreach (var o in graph.Officials) table.Add(o.Id, o.Name, o.NativeName, o.Country?.Code);
        return table;
    }

    private static Table Roles(CorpusGraph graph)
    {
        var table = new Table("roles", "A role an official held.",
            Text("official_id", "officials.id."),
            Int("ordinal", "1-based position in the official's roles."),
            Text("title", "Title."),
            Text("organization_id", "organizations.id."),
            OptionalText("from", "Start, ISO 8601 / EDTF; empty when unknown."),
            Date("from_earliest", "First day the start can be."),
            OptionalText("to", "End, ISO 8601 / EDTF; empty when current or unknown."),
            Date("to_latest", "Last day the end can be."));
        foreach (var o in graph.Officials)
        {
            int ordinal = 0;
            foreach (var r in o.Roles)
            {
                table.Add(o.Id, ++ordinal, r.Title, r.Organization.Id, r.From?.ToString(), r.From?.FirstDay, r.To?.ToString(), r.To?.LastDay);
            }
        }
        return table;
    }

    private static Table RoleAttestations(CorpusGraph graph)
    {
        var table = new Table("role_attestations", "What attests a role: an article that prints the title (dated by its publication), or a date.",
            Text("official_id", "officials.id."),
            Int("role_ordinal", "roles.ordinal of the official's role."),
            Int("ordinal", "1-based position in the role's attestations."),
            OptionalText("article_id", "articles.id of the article that prints the title; empty for a date."),
            OptionalText("date", "The date the role is attested on, ISO 8601 / EDTF: the article's publication date, or the annotated date."),
            Date("date_earliest", "First day the date can be."),
            Date("date_latest", "Last day the date can be."));
        foreach (var o in graph.Officials)
        {
            for (int r = 0; r < o.Roles.Count; r++)
            {
                int ordinal = 0;
                foreach (var attestation in o.Roles[r].Attestations)
                {
                    var (date, earliest, latest) = Dates(attestation.Date);
                    table.Add(o.Id, r + 1, ++ordinal, attestation.Article?.Id, date, earliest, latest);
                }
            }
        }
        return table;
    }

    private static Table Organizations(CorpusGraph graph)
    {
        var table = new Table("organizations", "An organization: a ministry, an agency, a news outlet, a company.",
            Text("id", "Organization ID."),
            Text("name", "Name."),
            OptionalText("short_name", "Short name."),
            Text("kind", "Kind (ministry, media, …)."),
            OptionalText("country_code", "countries.code."),
            OptionalText("parent_id", "organizations.id of the parent organization."));
        foreach (var o in graph.Organizations) table.Add(o.Id, o.Name, o.ShortName, Vocabulary.Spelling(o.Kind), o.Country?.Code, o.Parent?.Id);
        return table;
    }

    private static Table Countries(CorpusGraph graph)
    {
        var table = new Table("countries", "A country the corpus refers to.",
            Text("code", "ISO 3166-1 alpha-2 code."),
            Text("name", "Name."));
        foreach (var c in graph.Countries) table.Add(c.Code, c.Name);
        return table;
    }

    private static Table UnnamedActorTable(UnnamedIds unnamed)
    {
        var table = new Table("unnamed_actors", "An actor described in words, not named (anonymous officials).",
            Text("id", "The ID references use: the description, prefixed by the country code and ': ' where there is one."),
            Text("description", "The description."),
            OptionalText("country_code", "countries.code."));
        foreach (var (actor, id) in unnamed.All) table.Add(id, actor.Description, actor.Country?.Code);
        return table;
    }

    private static Table Events(CorpusGraph graph, UnnamedIds unnamed)
    {
        var table = new Table("events", "A press conference, speech, conference, incident or other dated happening.",
            Text("id", "Event ID."),
            Text("name", "Name."),
            Text("kind", "Kind (press-conference, speech, …)."),
            OptionalText("start", "Start, ISO 8601 / EDTF."),
            Date("start_earliest", "First day the start can be."),
            OptionalText("end", "End, ISO 8601 / EDTF."),
            Date("end_latest", "Last day the end can be."),
            OptionalText("date_basis", "stated or inferred."),
            OptionalText("date_evidence", "Why inferred dates are what they are."),
            OptionalText("location", "Where."),
            OptionalText("organizer_type", "Organizer's type."),
            OptionalText("organizer_id", "Organizer's ID."),
            OptionalText("article_id", "articles.id of the article that declares it; empty for a registry event."),
            OptionalText("part_of_id", "events.id of the event it is part of (the conference of a speech)."),
            OptionalText("note", "Annotator's note."));
        foreach (var e in graph.Events)
        {
            var organizer = e.Organizer is { } actor ? unnamed.Reference(actor) : default;
            table.Add(e.Id, e.Name, Vocabulary.Spelling(e.Kind), e.Start?.ToString(), e.Start?.FirstDay, e.End?.ToString(), e.End?.LastDay,
                Spelling(e.DateBasis), e.DateEvidence, e.Location, organizer.Type, organizer.Id, e.Article?.Id, e.PartOf?.Id, e.Note);
        }
        return table;
    }

    private static Table EventActors(CorpusGraph graph, UnnamedIds unnamed)
    {
        var table = new Table("event_actors", "An actor involved in an event.",
            Text("event_id", "events.id."),
            Int("ordinal", "1-based position in the event's actors."),
            Text("actor_type", "official, organization, country or unnamed."),
            Text("actor_id", "The actor's ID."));
        foreach (var e in graph.Events)
        {
            int ordinal = 0;
            foreach (var actor in e.Actors)
            {
                var (type, id) = unnamed.Reference(actor);
                table.Add(e.Id, ++ordinal, type, id);
            }
        }
        return table;
    }

    private static Table Topics(CorpusGraph graph)
    {
        var table = new Table("topics", "A topic of the corpus vocabulary.",
            Text("id", "Topic ID."),
            Text("name", "Name."),
            OptionalText("description", "What it covers."));
        foreach (var t in graph.Topics) table.Add(t.Id, t.Name, t.Description);
        return table;
    }

    private static (string? Date, DateOnly? Earliest, DateOnly? Latest) Dates(PartialDate? date) =>
        date is { } d ? (d.ToString(), d.FirstDay, d.LastDay) : (null, null, null);

    private static string? Spelling<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Vocabulary.Spelling(v) : null;

    /// <summary>The unnamed actors of a corpus, in order of first reference, each with the ID the tables use.</summary>
    private static UnnamedIds UnnamedActors(CorpusGraph graph)
    {
        var ids = new UnnamedIds();
        foreach (var s in graph.Statements)
        {
            ids.Note(s.Speaker);
            foreach (var actor in s.Targets.Concat(s.About).Concat(s.Addressees).Concat(s.ReportedByChain)) ids.Note(actor);
        }
        foreach (var e in graph.Events)
        {
            ids.Note(e.Organizer);
            foreach (var a in e.Actors) ids.Note(a);
        }
        return ids;
    }

    private sealed class UnnamedIds
    {
        private readonly Dictionary<UnnamedActor, string> _ids = new(ReferenceEqualityComparer.Instance);

        public List<(UnnamedActor Actor, string Id)> All { get; } = new();

        public void Note(Actor? actor)
        {
            if (actor is not UnnamedActor u || _ids.ContainsKey(u)) return;
            string id = u.Country is { } c ? c.Code + ": " + u.Description : u.Description;
            _ids.Add(u, id);
            All.Add((u, id));
        }

        public (string? Type, string? Id) Reference(Actor actor) => actor switch
        {
            Official o => ("official", o.Id),
            Organization o => ("organization", o.Id),
            Country c => ("country", c.Code),
            UnnamedActor u => ("unnamed", _ids[u]),
            _ => throw new InvalidOperationException($"Unknown actor type {actor.GetType().Name}."),
        };
    }
}
