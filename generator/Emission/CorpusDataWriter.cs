using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Generator.Model;
using static Corpus.CorpusDataFormat;

namespace Corpus.Generator.Emission;

/// <summary>
/// Writes linked data in the format <see cref="CorpusDataFormat"/> defines (docs/data-format.md):
/// one chunk for the registries, one per article; the runtime reads their concatenation.
/// Here, and only here, typed references become their spelling.
/// </summary>
internal static class CorpusDataWriter
{
    /// <summary>The registries chunk: the header, the countries, topics, organizations, officials and registry events.</summary>
    public static void WriteRegistries(StringBuilder output, RegistryData registries, EquatableArray<CountryData> countries)
    {
        Record(output, Header, Version.ToString(CultureInfo.InvariantCulture));
        foreach (var c in countries) Record(output, CountryTag, c.Code);
        foreach (var t in registries.Topics) Record(output, TopicTag, t.Id, t.Name, t.Description);
        foreach (var o in registries.Organizations) Record(output, OrganizationTag, o.Id, o.Name, o.ShortName, o.Kind, o.Country, o.Parent);
        var chunk = new Chunk(output);
        foreach (var o in registries.Officials)
        {
            Record(output, OfficialTag, o.Id, o.Name, o.NativeName, o.Country);
            foreach (var r in o.Roles) chunk.Role(r);
        }
        foreach (var e in registries.Events) chunk.Unnamed(e.Organizer, e.Actors);
        chunk.WriteUnnamed();
        foreach (var e in registries.Events) chunk.Event(e, isArticleEvent: false);
    }

    /// <summary>The articles of one source: every article's contents, then every article's chunk, in the same order.</summary>
    public static void WriteArticles(StringBuilder output, IReadOnlyList<ArticleData> articles, bool inlineText)
    {
        foreach (var a in articles) WriteContents(output, a);
        foreach (var a in articles) WriteArticle(output, a, inlineText);
    }

    /// <summary>
    /// What loading reads of an article, apart from its chunk: its ID and seed path, each statement's kind, act and
    /// speaker, and its own events' IDs and wholes; then the unnamed actors its references number. Its chunk must
    /// follow the contents of every article of the source.
    /// </summary>
    public static void WriteContents(StringBuilder output, ArticleData a)
    {
        var chunk = new Chunk(output);
        chunk.NumberUnnamed(a);
        chunk.Contents(a);
        foreach (var e in a.Events) Record(output, ContentsEventTag, e.Id, e.PartOf);
        chunk.WriteUnnamed();
    }

    /// <summary>One article's chunk. Its text is written in unless <paramref name="inlineText"/> is false and a resource holds it.</summary>
    public static void WriteArticle(StringBuilder output, ArticleData a, bool inlineText)
    {
        bool inline = inlineText || a.Resource is null;
        var chunk = new Chunk(output);
        chunk.Article(a);
        // The text is the last field: inline, or "\@<length>:<resource name>", an escape the escaper never writes.
        output.Append('\t');
        if (inline)
        {
            Escape(output, a.Text);
        }
        else
        {
            output.Append(ResourceEscape).Append(a.Text.Length.ToString(CultureInfo.InvariantCulture)).Append(':');
            Escape(output, a.Resource!);
        }
        output.Append('\n');

        chunk.WriteShared(a.Statements);
        // Numbered as in its contents, which list them.
        chunk.NumberUnnamed(a);
        foreach (var p in a.Boilerplate) Record(output, BoilerplateTag, Int(p.Start), Int(p.Length), p.Kind, p.Reason);
        foreach (var p in a.NotSpeech) Record(output, NotSpeechTag, Int(p.Start), Int(p.Length), p.Reason);
        foreach (var e in a.Events) chunk.Event(e, isArticleEvent: true);
        foreach (var s in a.Statements) chunk.Statement(s);
    }

    /// <summary>
    /// What one chunk numbers for itself (its unnamed actors and its shared texts), and its records
    /// of many fields, each field written at the position <see cref="CorpusDataFormat"/> names for it.
    /// </summary>
    private sealed class Chunk
    {
        private readonly StringBuilder _output;
        private readonly Dictionary<ActorKey, int> _unnamed = new();
        private readonly List<ActorKey> _unnamedOrder = new();
        private readonly Dictionary<string, int> _shared = new(System.StringComparer.Ordinal);
        private int _field;

        public Chunk(StringBuilder output) => _output = output;

        private void Begin(string tag)
        {
            _output.Append(tag);
            _field = 0;
        }

        /// <summary>Starts the next field, which must be <paramref name="field"/>: the writer and the format's positions cannot drift apart.</summary>
        private StringBuilder At(int field)
        {
            if (field != ++_field) throw new System.InvalidOperationException($"Corpus data: field {field} written at position {_field}.");
            return _output.Append('\t');
        }

        private void At(int field, string? value)
        {
            At(field);
            if (value is not null) Escape(_output, value);
        }

        /// <summary>Numbers the unnamed actors an article's events and statements name, in the order its chunk's <c>unnamed</c> records list them.</summary>
        public void NumberUnnamed(ArticleData a)
        {
            foreach (var e in a.Events) Unnamed(e.Organizer, e.Actors);
            foreach (var s in a.Statements)
            {
                Unnamed(s.Speaker, s.Targets);
                Unnamed(null, s.About);
                Unnamed(null, s.Addressees);
                Unnamed(null, s.ReportedBy);
            }
        }

        public void Unnamed(ActorKey? actor, EquatableArray<ActorKey> more)
        {
            Number(actor);
            foreach (var other in more) Number(other);
        }

        private void Number(ActorKey? actor)
        {
            if (actor is not { Kind: ActorKind.Unnamed } key || _unnamed.ContainsKey(key)) return;
            _unnamed.Add(key, _unnamedOrder.Count);
            _unnamedOrder.Add(key);
        }

        public void WriteUnnamed()
        {
            foreach (var u in _unnamedOrder) Record(_output, UnnamedTag, u.Value, u.Country);
        }

        /// <summary>
        /// Evidence notes and notes repeat across statements (one article's dates share one evidence):
        /// each repeated value is written once and referred to as "\~n".
        /// </summary>
        public void WriteShared(EquatableArray<StatementData> statements)
        {
            var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var s in statements)
            {
                foreach (var text in new[] { s.Evidence, s.Note })
                {
                    if (text is null || text.Length < 8) continue;
                    counts.TryGetValue(text, out int count);
                    if (count == 1)
                    {
                        _shared.Add(text, _shared.Count);
                        Record(_output, SharedTag, text);
                    }
                    counts[text] = count + 1;
                }
            }
        }

        public void Contents(ArticleData a)
        {
            Begin(ContentsTag);
            At(ContentsId, a.Id);
            At(ContentsSource, a.SourcePath);
            At(ContentsCodes);
            foreach (var s in a.Statements) _output.Append(Code<StatementKind>(s.Kind)).Append(Code<SpeechAct>(s.Act));
            At(ContentsSpeakers);
            for (int i = 0; i < a.Statements.Count; i++)
            {
                if (i > 0) _output.Append(' ');
                Reference(a.Statements[i].Speaker);
            }
            _output.Append('\n');
        }

        /// <summary>The article record up to its text, which the caller writes as the last field.</summary>
        public void Article(ArticleData a)
        {
            Begin(ArticleTag);
            At(ArticleId, a.Id);
            At(ArticleSource, a.SourcePath);
            At(ArticleHeadline, a.Headline);
            At(ArticleSubheadline, a.Subheadline);
            At(ArticleOutlet, a.Outlet);
            At(ArticleByline, a.Byline);
            At(ArticlePublished, a.Published);
            At(ArticleBasis, a.Basis);
            At(ArticleEvidence, a.Evidence);
            At(ArticleUrl, a.Url);
            At(ArticleNote, a.Note);
            At(ArticleOutletBasis, a.OutletBasis);
            At(ArticleOutletEvidence, a.OutletEvidence);
            At(ArticleHeadlineBasis, a.HeadlineBasis);
            At(ArticleHeadlineEvidence, a.HeadlineEvidence);
            At(ArticleUpdated, a.Updated);
        }

        public void Role(RoleData r)
        {
            Begin(RoleTag);
            At(RoleTitle, r.Title);
            At(RoleOrganization, r.Organization);
            At(RoleFrom, r.From);
            At(RoleTo, r.To);
            At(RoleAttested);
            for (int i = 0; i < r.Attested.Count; i++)
            {
                if (i > 0) _output.Append(' ');
                // Dates and IDs hold no space, tab or escape.
                if (r.Attested[i].IsArticle) _output.Append(ArticlePrefix).Append(':');
                _output.Append(r.Attested[i].Value);
            }
            _output.Append('\n');
        }

        public void Event(EventData e, bool isArticleEvent)
        {
            Begin(EventTag);
            At(EventId, e.Id);
            At(EventName, e.Name);
            At(EventKindField, e.Kind);
            At(EventStart, e.Start);
            At(EventEnd, e.End);
            At(EventBasis, e.Basis);
            At(EventEvidence, e.Evidence);
            At(EventLocation, e.Location);
            Field(EventOrganizer, e.Organizer);
            Field(EventActors, e.Actors);
            At(EventNote, e.Note);
            At(EventPartOf, e.PartOf);
            At(EventMarker, isArticleEvent ? ArticleEventMarker : null);
            _output.Append('\n');
        }

        public void Statement(StatementData s)
        {
            Begin(StatementTag);
            At(StatementId, s.Id);
            Field(StatementSpeaker, s.Speaker);
            At(StatementKindField, s.Kind);
            At(StatementStart, Int(s.Start));
            At(StatementLength, Int(s.Length));
            At(StatementLine, Int(s.Line));
            At(StatementColumn, Int(s.Column));
            At(StatementDate, s.Date);
            At(StatementBasis, s.Basis);
            Shared(StatementEvidence, s.Evidence);
            At(StatementEvent, s.Event);
            At(StatementAct, s.Act);
            Field(StatementTargets, s.Targets);
            Field(StatementAddressees, s.Addressees);
            At(StatementTopics).Append(string.Join(" ", s.Topics));
            Field(StatementReportedBy, s.ReportedBy);
            At(StatementRespondsTo);
            for (int i = 0; i < s.RespondsTo.Count; i++)
            {
                if (i > 0) _output.Append(' ');
                _output.Append(s.RespondsTo[i].IsStatement ? StatementPrefix : EventPrefix).Append(':').Append(s.RespondsTo[i].Id);
            }
            Shared(StatementNote, s.Note);
            Field(StatementAbout, s.About);
            At(StatementNoTarget, s.NoTarget);
            Ids(StatementSameUtterance, StatementPrefix, s.SameUtteranceAs);
            Ids(StatementConcerns, EventPrefix, s.Concerns);
            At(StatementCameo, s.Cameo);
            _output.Append('\n');
        }

        private void Shared(int field, string? value)
        {
            At(field);
            if (value is null) return;
            if (_shared.TryGetValue(value, out int index)) _output.Append(SharedEscape).Append(index.ToString(CultureInfo.InvariantCulture));
            else Escape(_output, value);
        }

        /// <summary>IDs of statements or events as references: "s:id …", "e:id …".</summary>
        private void Ids(int field, char prefix, EquatableArray<string> ids)
        {
            At(field);
            for (int i = 0; i < ids.Count; i++)
            {
                if (i > 0) _output.Append(' ');
                _output.Append(prefix).Append(':').Append(ids[i]);
            }
        }

        private void Field(int field, ActorKey? actor)
        {
            At(field);
            if (actor is { } key) Reference(key);
        }

        private void Field(int field, EquatableArray<ActorKey> actors)
        {
            At(field);
            for (int i = 0; i < actors.Count; i++)
            {
                if (i > 0) _output.Append(' ');
                Reference(actors[i]);
            }
        }

        private void Reference(ActorKey key)
        {
            switch (key.Kind)
            {
                case ActorKind.Official: _output.Append(OfficialPrefix).Append(':').Append(key.Value); break;
                case ActorKind.Organization: _output.Append(OrganizationPrefix).Append(':').Append(key.Value); break;
                case ActorKind.Country: _output.Append(CountryPrefix).Append(':').Append(key.Value); break;
                default: _output.Append(UnnamedPrefix).Append(':').Append(_unnamed[key].ToString(CultureInfo.InvariantCulture)); break;
            }
        }
    }

    /// <summary>The code of a vocabulary value the linker has checked.</summary>
    private static char Code<TEnum>(string spelling) where TEnum : struct, System.Enum
    {
        var spellings = Vocabulary.Spellings<TEnum>();
        for (int i = 0; i < spellings.Count; i++)
        {
            if (spellings[i] == spelling) return CorpusDataFormat.Code(i);
        }
        throw new System.InvalidOperationException($"Corpus data: '{spelling}' is no {typeof(TEnum).Name}.");
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Record(StringBuilder output, string tag, params string?[] fields)
    {
        output.Append(tag);
        Fields(output, fields);
        output.Append('\n');
    }

    /// <summary>Appends fields, each after a tab; null is an empty field.</summary>
    private static void Fields(StringBuilder output, params string?[] fields)
    {
        foreach (var field in fields)
        {
            output.Append('\t');
            if (field is not null) Escape(output, field);
        }
    }
}
