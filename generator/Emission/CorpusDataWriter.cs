using System.Globalization;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emission;

/// <summary>
/// Writes a <see cref="CorpusModel"/> in the data format the runtime's CorpusDataReader reads
/// (docs/data-format.md): one record a line, tab-separated fields, backslash escapes. Quotes,
/// line separators and control characters are escaped too, so the data can sit inside a C#
/// raw string literal and every string still round-trips exactly.
/// </summary>
internal static class CorpusDataWriter
{
    public const string Header = "corpus-data";
    public const int Version = 1;

    public static void Write(StringBuilder output, CorpusModel model)
    {
        Record(output, Header, Version.ToString(CultureInfo.InvariantCulture));
        // Evidence notes and notes repeat across statements (one article's dates share one
        // evidence): each repeated value is written once and referred to as "\~<n>".
        var shared = SharedTexts(model);
        foreach (var text in shared.Keys) Record(output, "shared", text);
        foreach (var c in model.Countries) Record(output, "country", c.Code);
        foreach (var t in model.Topics) Record(output, "topic", t.Id, t.Name, t.Description);
        foreach (var o in model.Organizations) Record(output, "organization", o.Id, o.Name, o.ShortName, o.Kind, o.Country, o.Parent);
        foreach (var o in model.Officials)
        {
            Record(output, "official", o.Id, o.Name, o.NativeName, o.Country);
            foreach (var r in o.Roles) Record(output, "role", r.Title, r.Organization, r.From, r.To);
        }
        foreach (var u in model.Unnamed) Record(output, "unnamed", u.Description, u.Country);
        foreach (var e in model.Events) Event(output, e, isArticleEvent: false);
        foreach (var a in model.Articles)
        {
            // The text is the last field: inline, or, when the build embeds the seed as a resource,
            // "\@<length>:<resource name>" — an escape the escaper never writes, so it cannot be mistaken for text.
            Record(output, "article", a.Id, a.SourcePath, a.Headline, a.Subheadline, a.Outlet, a.Byline, a.Published, a.Basis, a.Evidence, a.Url, a.Note,
                a.Resource is null ? a.Text : null, endLine: a.Resource is null);
            if (a.Resource is not null)
            {
                output.Append("\\@").Append(a.Text.Length.ToString(CultureInfo.InvariantCulture)).Append(':');
                Escape(output, a.Resource);
                output.Append('\n');
            }
            foreach (var p in a.Boilerplate) Record(output, "boilerplate", Int(p.Start), Int(p.Length), p.Kind, p.Reason);
            foreach (var p in a.NotSpeech) Record(output, "not-speech", Int(p.Start), Int(p.Length), p.Reason);
            foreach (var e in a.Events) Event(output, e, isArticleEvent: true);
            foreach (var s in a.Statements)
            {
                output.Append("statement");
                Field(output, s.Id, s.Speaker, s.Kind, Int(s.Start), Int(s.Length), Int(s.Line), Int(s.Column), s.Date, s.Basis);
                Shared(output, s.Evidence, shared);
                Field(output, s.Event, s.Act, s.Targets, s.Addressee, s.Topics, s.ReportedBy, s.RespondsTo);
                Shared(output, s.Note, shared);
                output.Append('\n');
            }
        }
    }

    /// <summary>Texts that at least two statements carry as evidence or note, in first-use order.</summary>
    private static System.Collections.Generic.Dictionary<string, int> SharedTexts(CorpusModel model)
    {
        var counts = new System.Collections.Generic.Dictionary<string, int>(System.StringComparer.Ordinal);
        var order = new System.Collections.Generic.List<string>();
        foreach (var a in model.Articles)
        {
            foreach (var s in a.Statements)
            {
                foreach (var text in new[] { s.Evidence, s.Note })
                {
                    if (text is null || text.Length < 8) continue;
                    counts.TryGetValue(text, out int count);
                    if (count == 1) order.Add(text);
                    counts[text] = count + 1;
                }
            }
        }
        var shared = new System.Collections.Generic.Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var text in order) shared.Add(text, shared.Count);
        return shared;
    }

    /// <summary>Appends fields, each after a tab.</summary>
    private static void Field(StringBuilder output, params string?[] fields)
    {
        foreach (var field in fields)
        {
            output.Append('\t');
            if (field is not null) Escape(output, field);
        }
    }

    /// <summary>Appends one field: a reference to a shared text, or the value.</summary>
    private static void Shared(StringBuilder output, string? value, System.Collections.Generic.Dictionary<string, int> shared)
    {
        output.Append('\t');
        if (value is not null) Value(output, value, shared);
    }

    private static void Value(StringBuilder output, string value, System.Collections.Generic.Dictionary<string, int> shared)
    {
        if (shared.TryGetValue(value, out int index)) output.Append("\\~").Append(index.ToString(CultureInfo.InvariantCulture));
        else Escape(output, value);
    }

    private static void Event(StringBuilder output, EventData e, bool isArticleEvent) =>
        Record(output, "event", e.Id, e.Name, e.Kind, e.Start, e.End, e.Basis, e.Evidence, e.Location, e.Organizer, e.Actors, e.Note, isArticleEvent ? "article" : null);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Record(StringBuilder output, string tag, params string?[] fields) => Record(output, tag, fields, endLine: true);

    private static void Record(StringBuilder output, string tag, string? a, string? b, string? c, string? d, string? e, string? f, string? g, string? h,
        string? i, string? j, string? k, string? l, bool endLine) => Record(output, tag, new[] { a, b, c, d, e, f, g, h, i, j, k, l }, endLine);

    private static void Record(StringBuilder output, string tag, string?[] fields, bool endLine)
    {
        output.Append(tag);
        foreach (var field in fields)
        {
            output.Append('\t');
            if (field is not null) Escape(output, field);
        }
        if (endLine) output.Append('\n');
    }

    private static void Escape(StringBuilder output, string value)
    {
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': output.Append("\\\\"); break;
                case '\t': output.Append("\\t"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                default:
                    if (NeedsEscape(c)) output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else output.Append(c);
                    break;
            }
        }
    }

    /// <summary>Characters kept out of generated source: quotes, controls, line and paragraph separators, bidirectional controls, surrogates, BOM.</summary>
    public static bool NeedsEscape(char c) =>
        c == '"' || c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C' ||
        c == '\uFEFF' || char.IsSurrogate(c);
}
