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
        foreach (var o in registries.Officials)
        {
            Record(output, OfficialTag, o.Id, o.Name, o.NativeName, o.Country);
            foreach (var r in o.Roles) Record(output, RoleTag, r.Title, r.Organization, r.From, r.To);
        }
        var chunk = new Chunk(output);
        foreach (var e in registries.Events) chunk.Unnamed(e.Organizer, e.Actors);
        chunk.WriteUnnamed();
        foreach (var e in registries.Events) chunk.Event(e, isArticleEvent: false);
    }

    /// <summary>One article's chunk. Its text is written in unless <paramref name="inlineText"/> is false and a resource holds it.</summary>
    public static void WriteArticle(StringBuilder output, ArticleData a, bool inlineText)
    {
        bool inline = inlineText || a.Resource is null;
        // The text is the last field: inline, or "\@<length>:<resource name>", an escape the escaper never writes.
        output.Append(ArticleTag);
        Fields(output, a.Id, a.SourcePath, a.Headline, a.Subheadline, a.Outlet, a.Byline, a.Published, a.Basis, a.Evidence, a.Url, a.Note, inline ? a.Text : null);
        if (!inline)
        {
            output.Append(ResourceEscape).Append(a.Text.Length.ToString(CultureInfo.InvariantCulture)).Append(':');
            Escape(output, a.Resource!);
        }
        output.Append('\n');

        var chunk = new Chunk(output);
        chunk.WriteShared(a.Statements);
        foreach (var e in a.Events) chunk.Unnamed(e.Organizer, e.Actors);
        foreach (var s in a.Statements)
        {
            chunk.Unnamed(s.Speaker, s.Targets);
            chunk.Unnamed(s.Addressee, default);
            chunk.Unnamed(s.ReportedBy, default);
        }
        chunk.WriteUnnamed();
        foreach (var p in a.Boilerplate) Record(output, BoilerplateTag, Int(p.Start), Int(p.Length), p.Kind, p.Reason);
        foreach (var p in a.NotSpeech) Record(output, NotSpeechTag, Int(p.Start), Int(p.Length), p.Reason);
        foreach (var e in a.Events) chunk.Event(e, isArticleEvent: true);
        foreach (var s in a.Statements) chunk.Statement(s);
    }

    /// <summary>What one chunk numbers for itself: its unnamed actors and its shared texts.</summary>
    private sealed class Chunk
    {
        private readonly StringBuilder _output;
        private readonly Dictionary<ActorKey, int> _unnamed = new();
        private readonly List<ActorKey> _unnamedOrder = new();
        private readonly Dictionary<string, int> _shared = new(System.StringComparer.Ordinal);

        public Chunk(StringBuilder output) => _output = output;

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

        public void Event(EventData e, bool isArticleEvent)
        {
            _output.Append(EventTag);
            Fields(_output, e.Id, e.Name, e.Kind, e.Start, e.End, e.Basis, e.Evidence, e.Location);
            Field(e.Organizer);
            Field(e.Actors);
            Fields(_output, e.Note, isArticleEvent ? ArticleEventMarker : null);
            _output.Append('\n');
        }

        public void Statement(StatementData s)
        {
            _output.Append(StatementTag);
            Fields(_output, s.Id);
            Field(s.Speaker);
            Fields(_output, s.Kind, Int(s.Start), Int(s.Length), Int(s.Line), Int(s.Column), s.Date, s.Basis);
            Shared(s.Evidence);
            Fields(_output, s.Event, s.Act);
            Field(s.Targets);
            Field(s.Addressee);
            _output.Append('\t').Append(string.Join(" ", s.Topics));
            Field(s.ReportedBy);
            _output.Append('\t');
            for (int i = 0; i < s.RespondsTo.Count; i++)
            {
                if (i > 0) _output.Append(' ');
                _output.Append(s.RespondsTo[i].IsStatement ? StatementPrefix : EventPrefix).Append(':').Append(s.RespondsTo[i].Id);
            }
            Shared(s.Note);
            _output.Append('\n');
        }

        private void Shared(string? value)
        {
            _output.Append('\t');
            if (value is null) return;
            if (_shared.TryGetValue(value, out int index)) _output.Append(SharedEscape).Append(index.ToString(CultureInfo.InvariantCulture));
            else Escape(_output, value);
        }

        private void Field(ActorKey? actor)
        {
            _output.Append('\t');
            if (actor is { } key) Reference(key);
        }

        private void Field(EquatableArray<ActorKey> actors)
        {
            _output.Append('\t');
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
