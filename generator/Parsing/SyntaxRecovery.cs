using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Generator.Model;
using Corpus.Generator.Yaml;

namespace Corpus.Generator.Parsing;

/// <summary>
/// After a YAML syntax error, reads what the rest of the file still says, so one bad line is one
/// error and not a cascade of missing members: a line indented deeper than the line above it is
/// read as if it lined up with it; a list entry (a statement, an official, …) that still does not
/// parse is left out, and the syntax error says so. The edits keep every line and column where it
/// was, so the other diagnostics point at the file as written.
/// </summary>
internal static class SyntaxRecovery
{
    private const int MaxAttempts = 8;
    private static readonly Regex s_key = new(@"^(- +)*[^\s#'""\[\]{}:,-][^:#]*:( |$)", RegexOptions.CultureInvariant);
    private static readonly Regex s_id = new(@"^\s*(?:- +)?id:\s*[""']?([^""'#\s]+)", RegexOptions.CultureInvariant);
    private static readonly Regex s_source = new(@"^\s+source:\s*[""']?([^""'#\r\n]+?)[""']?\s*(#.*)?$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly Dictionary<string, string> s_entryNames = new(StringComparer.Ordinal)
    {
        ["statements"] = "statement",
        ["officials"] = "official",
        ["organizations"] = "organization",
        ["events"] = "event",
        ["topics"] = "topic",
        ["not-speech"] = "not-speech passage",
    };

    /// <param name="parse">Parses a whole file; throws <see cref="YamlReadException"/> on a syntax error.</param>
    public static AnnotationFile Recover(string path, string text, YamlReadException first, Func<string, AnnotationFile> parse)
    {
        var lines = Line.Split(text);
        string described = Describe(lines, first);
        var touched = new HashSet<int>();
        var leftOut = new List<string>();
        bool realigned = false;
        var error = first;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            int at = error.Range.StartLine;
            // A new error on a line this recovery edited is its own doing: stop guessing. Later
            // errors are not reported on their own (they may follow from the first); what they
            // cost is named in the first one's message.
            if (attempt > 0 && (touched.Contains(at) || error.IsLimit)) break;
            if (Realign(lines, at, touched)) realigned = true;
            else if (LeaveOut(lines, at, touched) is { } entry) leftOut.Add(entry);
            else break;
            try
            {
                var file = parse(string.Concat(lines.Select(l => l.Content + l.Ending)));
                string consequence = leftOut.Count > 0
                    ? $"; until it is fixed, {string.Join(", ", leftOut)} {(leftOut.Count == 1 ? "is" : "are")} left out and the rest of the file is read"
                    : realigned ? "; the rest of the file is read as if the line lined up with the one above it" : "";
                return file with { Diagnostics = new[] { SyntaxError(path, first, described + consequence) }.Concat(file.Diagnostics).ToEquatableArray() };
            }
            catch (YamlReadException next)
            {
                error = next;
            }
        }
        // Nothing readable: the file is left out, but its seed is still known to be annotated.
        var source = s_source.Match(text);
        return new AnnotationFile(path, EquatableArray<OfficialModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray<EventModel>.Empty,
            EquatableArray<TopicModel>.Empty, null, EquatableArray<StatementModel>.Empty,
            new[] { SyntaxError(path, first, described + "; until it is fixed, nothing in this file is read") }.ToEquatableArray(),
            source.Success ? source.Groups[1].Value.Trim() : null);
    }

    private static DiagnosticInfo SyntaxError(string path, YamlReadException error, string message) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, new LocationInfo(path, error.Range), message);

    /// <summary>The parser's message, with the indentation named when the line's indentation is what is wrong.</summary>
    public static string Describe(IReadOnlyList<Line> lines, YamlReadException error)
    {
        string message = error.Message.TrimEnd('.');
        int at = error.Range.StartLine;
        if (at >= lines.Count || lines[at].IsBlank) return message;
        int indent = lines[at].Indent;
        int previous = Previous(lines, at);
        if (previous >= 0 && IsOverIndented(lines, at, previous))
        {
            return message + string.Format(CultureInfo.InvariantCulture,
                "; check the indentation: line {0} is indented by {1} spaces, deeper than the key above it ({2}); keys of one mapping line up", at + 1, indent, lines[previous].KeyIndent);
        }
        // Nested under a key that opens a block: deeper is expected there.
        if (previous >= 0 && OpensBlock(lines[previous]) && indent > lines[previous].KeyIndent) return message;
        bool seen = false;
        for (int i = 0; i < at && !seen; i++) seen = !lines[i].IsBlank && (lines[i].Indent == indent || lines[i].KeyIndent == indent);
        if (!seen && indent > 0)
        {
            return message + string.Format(CultureInfo.InvariantCulture,
                "; check the indentation: line {0} is indented by {1} spaces, unlike any line above it; keys of one mapping line up, and list items ('- ') line up", at + 1, indent);
        }
        return message;
    }

    private static bool IsOverIndented(IReadOnlyList<Line> lines, int at, int previous)
    {
        var above = lines[previous];
        return !OpensBlock(above) && s_key.IsMatch(above.Content.TrimStart()) && s_key.IsMatch(lines[at].Content.TrimStart()) && lines[at].Indent > above.KeyIndent;
    }

    /// <summary>A line after which deeper lines are its content: a key with no value, a block scalar header, a bare '-'.</summary>
    private static bool OpensBlock(Line line)
    {
        string content = line.Content.TrimEnd();
        return content.EndsWith(":", StringComparison.Ordinal) || content.EndsWith("|", StringComparison.Ordinal) || content.EndsWith(">", StringComparison.Ordinal)
            || content.EndsWith("|-", StringComparison.Ordinal) || content.EndsWith(">-", StringComparison.Ordinal) || content.EndsWith("-", StringComparison.Ordinal);
    }

    /// <summary>Moves an over-indented key line (and the lines nested under it) left to line up with the key above it.</summary>
    private static bool Realign(Line[] lines, int at, HashSet<int> touched)
    {
        if (at >= lines.Length || lines[at].IsBlank) return false;
        int previous = Previous(lines, at);
        if (previous < 0 || !IsOverIndented(lines, at, previous)) return false;
        int delta = lines[at].Indent - lines[previous].KeyIndent;
        int indent = lines[at].Indent;
        for (int i = at; i < lines.Length && (i == at || lines[i].IsBlank || lines[i].Indent > indent); i++)
        {
            if (lines[i].IsBlank) continue;
            // Spaces move from the start of the line to its end: offsets after it do not change.
            lines[i] = lines[i] with { Content = lines[i].Content.Substring(delta) + new string(' ', delta) };
            touched.Add(i);
        }
        return true;
    }

    /// <summary>Blanks the list entry the error is in; returns how to name what was left out, or null outside a list.</summary>
    private static string? LeaveOut(Line[] lines, int at, HashSet<int> touched)
    {
        if (at >= lines.Length) return null;
        int top = at;
        while (top >= 0 && (lines[top].IsBlank || lines[top].Indent > 0 || lines[top].Content.StartsWith("#", StringComparison.Ordinal))) top--;
        if (top < 0 || top == at) return null;
        int end = top + 1;
        while (end < lines.Length && (lines[end].IsBlank || lines[end].Indent > 0 || lines[end].Content.StartsWith("#", StringComparison.Ordinal))) end++;
        string section = lines[top].Content.Split(':')[0].Trim();
        int firstItem = Enumerable.Range(top + 1, end - top - 1).Where(i => IsItem(lines[i])).DefaultIfEmpty(-1).First();
        // Outside a list (the article's own keys, say) leaving a line out would only trade this
        // error for a missing key: the file is not read instead.
        if (!s_entryNames.TryGetValue(section, out var entry) || firstItem < 0 || firstItem > at) return null;
        int itemIndent = lines[firstItem].Indent;
        int start = at;
        while (start > firstItem && !(IsItem(lines[start]) && (lines[start].Indent <= itemIndent || start == at))) start--;
        int stop = at + 1;
        while (stop < end && !(IsItem(lines[stop]) && lines[stop].Indent <= itemIndent)) stop++;
        string? id = Enumerable.Range(start, stop - start).Select(i => s_id.Match(lines[i].Content)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        string what = id is null
            ? string.Format(CultureInfo.InvariantCulture, "the {0} at lines {1}–{2}", entry, start + 1, stop)
            : string.Format(CultureInfo.InvariantCulture, "the {0} '{1}'", entry, id);
        for (int i = start; i < stop; i++)
        {
            lines[i] = lines[i] with { Content = new string(' ', lines[i].Content.Length) };
            touched.Add(i);
        }
        return what;
    }

    private static bool IsItem(Line line) => !line.IsBlank && (line.Content.TrimStart().StartsWith("- ", StringComparison.Ordinal) || line.Content.Trim() == "-");

    private static int Previous(IReadOnlyList<Line> lines, int at)
    {
        for (int i = at - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank && !lines[i].Content.TrimStart().StartsWith("#", StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>One line of the file: its text and its line break, kept apart so edits keep the breaks.</summary>
    internal readonly record struct Line(string Content, string Ending)
    {
        public bool IsBlank => Content.Trim().Length == 0;

        public int Indent => Content.Length - Content.TrimStart(' ').Length;

        /// <summary>Where the key starts: after the indentation and any '- ' item markers.</summary>
        public int KeyIndent
        {
            get
            {
                int i = Indent;
                while (i + 1 < Content.Length && Content[i] == '-' && Content[i + 1] == ' ')
                {
                    i += 2;
                    while (i < Content.Length && Content[i] == ' ') i++;
                }
                return i;
            }
        }

        public static Line[] Split(string text)
        {
            var lines = new List<Line>();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (!IsBreak(text[i])) continue;
                int breakLength = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lines.Add(new Line(text.Substring(start, i - start), text.Substring(i, breakLength)));
                i += breakLength - 1;
                start = i + 1;
            }
            lines.Add(new Line(text.Substring(start), ""));
            return lines.ToArray();
        }

        /// <summary>The line breaks YAML (and the compiler's line count) know: CR, LF, NEL, LS and PS.</summary>
        private static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
    }
}
