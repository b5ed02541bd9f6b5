using System;
using System.Globalization;
using System.Text;

namespace Corpus;

/// <summary>
/// The corpus data format (docs/data-format.md), defined once: the generator writes it and the
/// runtime reads it with these same names, field positions and escapes. Compiled into both.
/// </summary>
/// <remarks>
/// Data is made of sources: the first starts with the registries chunk (it starts with the header);
/// then come the contents of the source's articles (a <c>contents</c> record each, with its
/// <c>contents-event</c> records), then their chunks in the same order (each starts with an
/// <c>article</c> record). A whole corpus is one source: the registries, every article's contents,
/// every article's chunk, in corpus order.
/// </remarks>
internal static class CorpusDataFormat
{
    public const string Header = "corpus-data";

    /// <summary>Changes whenever a record's fields or meaning change; the runtime refuses any other.</summary>
    public const int Version = 4;

    public const string SharedTag = "shared";
    public const string CountryTag = "country";
    public const string TopicTag = "topic";
    public const string OrganizationTag = "organization";
    public const string OfficialTag = "official";
    public const string RoleTag = "role";
    public const string UnnamedTag = "unnamed";
    public const string EventTag = "event";
    public const string ArticleTag = "article";
    public const string BoilerplateTag = "boilerplate";
    public const string NotSpeechTag = "not-speech";
    public const string StatementTag = "statement";
    public const string ContentsTag = "contents";
    public const string ContentsEventTag = "contents-event";

    /// <summary>The last field of an event record when the event is declared in the current article's file.</summary>
    public const string ArticleEventMarker = "article";

    // Reference prefixes: "<prefix>:<value>". Lists of references are space-separated.
    public const char OfficialPrefix = 'o';
    public const char OrganizationPrefix = 'g';
    public const char CountryPrefix = 'c';
    /// <summary>The n-th <c>unnamed</c> record of the current chunk (0-based).</summary>
    public const char UnnamedPrefix = 'u';
    public const char StatementPrefix = 's';
    public const char EventPrefix = 'e';
    /// <summary>An article, in a role's attestations (which are otherwise dates).</summary>
    public const char ArticlePrefix = 'a';

    /// <summary>A field "\~n": the n-th <c>shared</c> record of the current chunk. The escaper never writes "\~".</summary>
    public const string SharedEscape = "\\~";

    /// <summary>An article text field "\@length:resource": the text is the named manifest resource. The escaper never writes "\@".</summary>
    public const string ResourceEscape = "\\@";

    // Record fields (0 is the tag). The writer writes them in this order.

    /// <summary>
    /// Contents record fields: what loading reads of an article, without its chunk. <see cref="ContentsCodes"/> holds two
    /// codes per statement, in text order: its kind's and its act's (<see cref="Code"/>); <see cref="ContentsSpeakers"/>
    /// the statements' speaker references, space-separated.
    /// </summary>
    public const int ContentsId = 1, ContentsSource = 2, ContentsCodes = 3, ContentsSpeakers = 4;

    /// <summary>Contents-event record fields: an event declared in the article's file, in the order of its chunk's event records.</summary>
    public const int ContentsEventId = 1, ContentsEventPartOf = 2;

    /// <summary>The code characters of a vocabulary's values, by position in its spellings (<c>Vocabulary.Spellings</c>).</summary>
    private const string Codes = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The one-character code of the vocabulary value at <paramref name="position"/> among its spellings.</summary>
    public static char Code(int position) =>
        position >= 0 && position < Codes.Length ? Codes[position] : throw new ArgumentOutOfRangeException(nameof(position), position, "No code for a vocabulary value at this position.");

    /// <summary>The position a code stands for, or -1 when <paramref name="code"/> is none.</summary>
    public static int Position(byte code) => code >= 'A' && code <= 'Z' ? code - 'A' : code >= 'a' && code <= 'z' ? code - 'a' + 26 : -1;

    /// <summary>Article record fields; the text is the last field, after <see cref="ArticleUpdated"/>.</summary>
    public const int ArticleId = 1, ArticleSource = 2, ArticleHeadline = 3, ArticleSubheadline = 4, ArticleOutlet = 5, ArticleByline = 6,
        ArticlePublished = 7, ArticleBasis = 8, ArticleEvidence = 9, ArticleUrl = 10, ArticleNote = 11, ArticleOutletBasis = 12,
        ArticleOutletEvidence = 13, ArticleHeadlineBasis = 14, ArticleHeadlineEvidence = 15, ArticleUpdated = 16;

    /// <summary>Role record fields; a role belongs to the official record before it.</summary>
    public const int RoleTitle = 1, RoleOrganization = 2, RoleFrom = 3, RoleTo = 4, RoleAttested = 5;

    /// <summary>Event record fields; <see cref="EventMarker"/> is the last.</summary>
    public const int EventId = 1, EventName = 2, EventKindField = 3, EventStart = 4, EventEnd = 5, EventBasis = 6, EventEvidence = 7,
        EventLocation = 8, EventOrganizer = 9, EventActors = 10, EventNote = 11, EventPartOf = 12, EventMarker = 13;

    /// <summary>Statement record fields.</summary>
    public const int StatementId = 1, StatementSpeaker = 2, StatementKindField = 3, StatementStart = 4, StatementLength = 5, StatementLine = 6,
        StatementColumn = 7, StatementDate = 8, StatementBasis = 9, StatementEvidence = 10, StatementEvent = 11, StatementAct = 12,
        StatementTargets = 13, StatementAddressees = 14, StatementTopics = 15, StatementReportedBy = 16, StatementRespondsTo = 17, StatementNote = 18,
        StatementAbout = 19, StatementNoTarget = 20, StatementSameUtterance = 21, StatementConcerns = 22, StatementCameo = 23;

    /// <summary>Appends a field value: backslash escapes for '\', tab, line breaks, and \uXXXX for what <see cref="NeedsEscape"/> names.</summary>
    public static void Escape(StringBuilder output, string value)
    {
        // Runs of characters written as they are are appended whole: most of the data is article text.
        int run = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= ' ' && c < '\u007F' ? c != '\\' && c != '"' : !NeedsEscape(c)) continue;
            if (i > run) output.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '\\': output.Append("\\\\"); break;
                case '\t': output.Append("\\t"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                default: output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }
        if (run < value.Length) output.Append(value, run, value.Length - run);
    }

    /// <summary>
    /// Characters kept out of the data, so it can sit in a C# raw string literal: quotes, controls, line and
    /// paragraph separators, bidirectional controls, surrogates, BOM.
    /// </summary>
    public static bool NeedsEscape(char c) =>
        c == '"' || c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C' ||
        c == '\uFEFF' || char.IsSurrogate(c);

#if !CORPUS_GENERATOR
    /// <summary>The value <see cref="Escape"/> wrote.</summary>
    /// <remarks>
    /// Decoded into a pooled buffer and unescaped there (an escape is never shorter than what it stands for), so an
    /// escaped value, an article's text with its line breaks among them, costs one string.
    /// </remarks>
    public static string Unescape(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'\\') < 0) return Encoding.UTF8.GetString(raw);
        char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(raw.Length));
        try
        {
            int length = Encoding.UTF8.GetChars(raw, buffer);
            int written = 0;
            for (int i = 0; i < length; i++)
            {
                char c = buffer[i];
                if (c != '\\' || i + 1 == length)
                {
                    buffer[written++] = c;
                    continue;
                }
                char next = buffer[++i];
                switch (next)
                {
                    case 't': buffer[written++] = '\t'; break;
                    case 'n': buffer[written++] = '\n'; break;
                    case 'r': buffer[written++] = '\r'; break;
                    case '\\': buffer[written++] = '\\'; break;
                    case 'u' when i + 4 < length:
                        buffer[written++] = (char)int.Parse(buffer.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                        i += 4;
                        break;
                    default: throw new FormatException($"Corpus data: unknown escape '\\{next}'.");
                }
            }
            return new string(buffer, 0, written);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }
#endif
}
