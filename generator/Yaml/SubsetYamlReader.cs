using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Yaml;

/// <summary>
/// Reads the YAML that annotation files are written in, directly from the text: block mappings and
/// lists, plain, quoted and block (<c>|</c>, <c>&gt;</c>) scalars, and one-line flow lists and mappings,
/// with comments. It builds the same <see cref="YamlNode"/> tree, positions included, that
/// <see cref="YamlTree"/> builds from YamlDotNet's events, at a fraction of the allocations.
/// </summary>
/// <remarks>
/// It declines (returns false) on anything else: anchors and aliases, tags, quoted or complex keys,
/// document markers and directives, tabs, carriage returns other than in CR LF line breaks and other rare characters, keep chomping,
/// more-indented folded lines, and every syntax error. <see cref="YamlTree.Read"/> then reads the text
/// with YamlDotNet, so rare forms, the input limits and every error message keep one reader. Declining is
/// always safe; accepting a text means producing exactly YamlDotNet's tree, which the differential tests check.
/// </remarks>
internal sealed class SubsetYamlReader
{
    private readonly string _text;
    private int _p;
    private int _line;
    private int _lineStart;
    // One list per depth, reused for every collection read at that depth; each node keeps a copy of exactly its own.
    private readonly List<List<KeyValuePair<YamlNode, YamlNode>>> _entryLists = new();
    private readonly List<List<YamlNode>> _itemLists = new();
    // Short texts read in this file, by a hash of their characters: keys and IDs repeat on every statement.
    private readonly string?[] _strings = new string?[256];
    // A scalar written over several lines or with escapes is built here, one at a time; only its value is kept.
    private readonly StringBuilder _scalar = new();
    private readonly List<int> _blockLines = new();

    // For a text written with CR LF line breaks (a Windows checkout), read with LF breaks: the offsets, in
    // the LF text, of the line feeds that had a carriage return before them. Null for a text read as it is.
    private readonly int[]? _crlfBreaks;

    private SubsetYamlReader(string text, int[]? crlfBreaks)
    {
        _text = text;
        _crlfBreaks = crlfBreaks;
    }

    /// <summary>Reads <paramref name="text"/> if it is in the subset: true with its root (null for an empty stream), false when it is left to YamlDotNet.</summary>
    /// <remarks>
    /// A text whose carriage returns all stand before a line feed is read with its CR LF breaks as LF, as YAML
    /// reads every line break; each position is then moved past the carriage returns before it, so ranges,
    /// lines and columns are those of the text as written.
    /// </remarks>
    public static bool TryRead(string text, out YamlNode? root)
    {
        root = null;
        int[]? crlfBreaks = null;
        if (text.IndexOf('\r') >= 0 && !TryWithoutCarriageReturns(ref text, out crlfBreaks)) return false;
        if (!HasOnlySubsetCharacters(text)) return false;
        var reader = new SubsetYamlReader(text, crlfBreaks);
        try
        {
            root = reader.ReadDocument();
            return true;
        }
        catch (DeclinedException)
        {
            root = null;
            return false;
        }
    }

    /// <summary>Thrown to leave the subset; caught in <see cref="TryRead"/> only.</summary>
    private sealed class DeclinedException : Exception
    {
    }

    private static Exception Decline() => new DeclinedException();

    /// <summary>The text with each CR LF as LF, and where those LFs are; false when a carriage return stands alone.</summary>
    private static bool TryWithoutCarriageReturns(ref string text, out int[]? crlfBreaks)
    {
        crlfBreaks = null;
        var breaks = new List<int>();
        var lf = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\r') continue;
            if (i + 1 >= text.Length || text[i + 1] != '\n') return false;
        }
        int from = 0;
        for (int i = text.IndexOf('\r'); i >= 0; i = text.IndexOf('\r', i + 1))
        {
            lf.Append(text, from, i - from);
            breaks.Add(lf.Length);
            from = i + 1;
        }
        lf.Append(text, from, text.Length - from);
        text = lf.ToString();
        crlfBreaks = breaks.ToArray();
        return true;
    }

    // Line feeds and printable characters only: no tabs, carriage returns, byte order marks,
    // YAML 1.1 line breaks (U+0085, U+2028, U+2029), unpaired surrogates or other characters a YAML reader may treat apart.
    private static bool HasOnlySubsetCharacters(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < ' ')
            {
                if (c != '\n') return false;
            }
            else if (c >= '\u007F')
            {
                if (c <= '\u009F' || c == '\u2028' || c == '\u2029' || c >= '\uFEFF') return false;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(c)) return false;
            }
        }
        return true;
    }

    /// <summary>A position: offset, line and column, all 0-based.</summary>
    private readonly record struct Mark(int Offset, int Line, int Column);

    /// <summary>Where the next content line starts: its first character that is neither a space nor a comment (offset -1 at the end).</summary>
    private readonly record struct Content(int Offset, int Line, int LineStart)
    {
        public int Column => Offset - LineStart;
        public bool AtEnd => Offset < 0;
    }

    private Mark Here => new(_p, _line, _p - _lineStart);

    private char At(int offset) => offset < _text.Length ? _text[offset] : '\0';

    private bool IsLineEnd(int offset) => offset >= _text.Length || _text[offset] == '\n';

    private bool IsBlankOrEnd(int offset) => offset >= _text.Length || _text[offset] == '\n' || _text[offset] == ' ';

    private TextRange Range(Mark start, Mark end)
    {
        int from = Written(start.Offset), to = Written(end.Offset);
        return new(from, to - from, start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary>
    /// The offset in the text as written: past the carriage returns of the CR LF breaks before it. A position at a
    /// line break is before its carriage return; lines and columns are the same in both texts.
    /// </summary>
    private int Written(int offset)
    {
        if (_crlfBreaks is null) return offset;
        int index = Array.BinarySearch(_crlfBreaks, offset);
        return offset + (index < 0 ? ~index : index);
    }

    private List<KeyValuePair<YamlNode, YamlNode>> EntryList(int depth) => ListAt(_entryLists, depth);

    private List<YamlNode> ItemList(int depth) => ListAt(_itemLists, depth);

    /// <summary>The list kept for collections at <paramref name="depth"/>, emptied.</summary>
    private static List<T> ListAt<T>(List<List<T>> lists, int depth)
    {
        while (lists.Count <= depth) lists.Add(new List<T>());
        var list = lists[depth];
        list.Clear();
        return list;
    }

    /// <summary>The text at <paramref name="start"/>; a short one is the same string each time it repeats in the file.</summary>
    private string Text(int start, int length)
    {
        if (length == 0) return "";
        if (length > 32) return _text.Substring(start, length);
        int hash = length;
        for (int i = start; i < start + length; i++) hash = unchecked(hash * 31 + _text[i]);
        int slot = hash & (_strings.Length - 1);
        var known = _strings[slot];
        if (known is not null && known.Length == length && string.CompareOrdinal(_text, start, known, 0, length) == 0) return known;
        return _strings[slot] = _text.Substring(start, length);
    }

    private YamlNode? ReadDocument()
    {
        var first = ContentFrom(0, 0);
        if (first.AtEnd) return null;
        MoveTo(first);
        if (first.Column == 0 && (StartsWith("---") || StartsWith("...") || At(_p) == '%')) throw Decline();
        YamlNode root;
        if (IsSequenceEntry(_p)) root = ReadBlockSequence(first.Column, depth: 1, indentless: false);
        else if (IsKeyLine()) root = ReadBlockMapping(first.Column, depth: 1);
        else throw Decline();
        if (!PeekContent().AtEnd) throw Decline();
        return root;
    }

    private bool StartsWith(string marker) => string.CompareOrdinal(_text, _p, marker, 0, marker.Length) == 0;

    private bool IsSequenceEntry(int offset) => At(offset) == '-' && IsBlankOrEnd(offset + 1);

    /// <summary>
    /// From the cursor (inside a line whose content has been read), checks that the rest of the line is
    /// blank or a comment and finds the next line with content, without moving.
    /// </summary>
    private Content PeekContent()
    {
        int i = _p;
        while (i < _text.Length && _text[i] == ' ') i++;
        if (i < _text.Length && _text[i] == '#')
        {
            if (i > _lineStart && _text[i - 1] != ' ') throw Decline();
            while (i < _text.Length && _text[i] != '\n') i++;
        }
        if (i >= _text.Length) return new Content(-1, _line, _lineStart);
        if (_text[i] != '\n') throw Decline();
        return ContentFrom(i + 1, _line + 1);
    }

    /// <summary>The first line with content from the line that starts at <paramref name="lineStart"/>.</summary>
    private Content ContentFrom(int lineStart, int line)
    {
        int i = lineStart;
        while (true)
        {
            while (i < _text.Length && _text[i] == ' ') i++;
            if (i >= _text.Length) return new Content(-1, line, lineStart);
            char c = _text[i];
            if (c == '#')
            {
                while (i < _text.Length && _text[i] != '\n') i++;
                if (i >= _text.Length) return new Content(-1, line, lineStart);
            }
            if (_text[i] != '\n') return new Content(i, line, lineStart);
            i++;
            line++;
            lineStart = i;
        }
    }

    private void MoveTo(Content content)
    {
        _p = content.Offset;
        _line = content.Line;
        _lineStart = content.LineStart;
    }

    /// <summary>Whether the line from the cursor is a plain key followed by <c>: </c> (or a colon at its end).</summary>
    private bool IsKeyLine()
    {
        if (!CanStartPlain(_p)) return false;
        for (int i = _p; i < _text.Length && _text[i] != '\n'; i++)
        {
            char c = _text[i];
            if (c == ':' && IsBlankOrEnd(i + 1)) return true;
            if (c == '#' && _text[i - 1] == ' ') return false;
        }
        return false;
    }

    // Indicators cannot start a plain scalar; '-' can when a non-space follows ("-5").
    private bool CanStartPlain(int offset)
    {
        char c = At(offset);
        switch (c)
        {
            case '-':
                return !IsBlankOrEnd(offset + 1);
            case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*':
            case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`': case ' ': case '\n': case '\0':
                return false;
            default:
                return true;
        }
    }

    private static void CheckDepth(int depth)
    {
        if (depth > YamlTree.MaxDepth) throw Decline();
    }

    private YamlNode ReadBlockMapping(int indent, int depth)
    {
        CheckDepth(depth);
        var start = Here;
        var entries = EntryList(depth);
        while (true)
        {
            var key = ReadKey(depth + 1);
            var afterColon = Here;
            SkipSpaces();
            entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, ReadMappingValue(indent, depth + 1, afterColon)));
            var next = PeekContent();
            if (next.AtEnd || next.Column < indent) return YamlNode.Mapping(Range(start, start), entries);
            if (next.Column > indent) throw Decline();
            MoveTo(next);
            if (!IsKeyLine()) throw Decline();
        }
    }

    /// <summary>A plain key on one line; leaves the cursor after its colon.</summary>
    private YamlNode ReadKey(int depth)
    {
        CheckDepth(depth);
        if (!CanStartPlain(_p)) throw Decline();
        var start = Here;
        int i = _p, last = _p;
        while (true)
        {
            if (IsLineEnd(i)) throw Decline();
            char c = _text[i];
            if (c == ':' && IsBlankOrEnd(i + 1)) break;
            if (c == '#' && _text[i - 1] == ' ') throw Decline();
            // YamlDotNet refuses a key with " *" in it ("k *a: x"), though YAML allows it.
            if (c == '*' && _text[i - 1] == ' ') throw Decline();
            if (c != ' ') last = i;
            i++;
        }
        // YAML limits an implicit key to 1,024 characters.
        if (last + 1 - _p > 1000) throw Decline();
        var end = new Mark(last + 1, _line, last + 1 - _lineStart);
        var key = YamlNode.Scalar(Text(_p, last + 1 - _p), true, Range(start, end));
        _p = i + 1;
        return key;
    }

    private void SkipSpaces()
    {
        while (_p < _text.Length && _text[_p] == ' ') _p++;
    }

    private bool AtValueEnd => IsLineEnd(_p) || (_text[_p] == '#' && _text[_p - 1] == ' ');

    /// <summary>The value after <c>key:</c>: on the same line, on the lines below, or nothing.</summary>
    private YamlNode ReadMappingValue(int indent, int depth, Mark afterColon)
    {
        if (!AtValueEnd) return ReadScalarOrFlow(indent, depth);
        var next = PeekContent();
        if (!next.AtEnd && next.Column > indent)
        {
            MoveTo(next);
            return ReadBlockNode(indent, depth);
        }
        if (!next.AtEnd && next.Column == indent && IsSequenceEntry(next.Offset))
        {
            MoveTo(next);
            return ReadBlockSequence(indent, depth, indentless: true);
        }
        return Empty(afterColon, depth);
    }

    private YamlNode Empty(Mark at, int depth)
    {
        CheckDepth(depth);
        return YamlNode.Scalar("", true, Range(at, at));
    }

    /// <summary>A node that starts on its own line, at the cursor.</summary>
    private YamlNode ReadBlockNode(int parentIndent, int depth)
    {
        int column = _p - _lineStart;
        if (IsSequenceEntry(_p)) return ReadBlockSequence(column, depth, indentless: false);
        if (IsKeyLine()) return ReadBlockMapping(column, depth);
        return ReadScalarOrFlow(parentIndent, depth);
    }

    private YamlNode ReadBlockSequence(int indent, int depth, bool indentless)
    {
        CheckDepth(depth);
        var start = Here;
        var range = Range(start, indentless ? new Mark(start.Offset + 1, start.Line, start.Column + 1) : start);
        var items = ItemList(depth);
        while (true)
        {
            var dash = Here;
            _p++;
            SkipSpaces();
            YamlNode item;
            if (AtValueEnd)
            {
                var below = PeekContent();
                if (!below.AtEnd && below.Column > indent)
                {
                    MoveTo(below);
                    item = ReadBlockNode(indent, depth + 1);
                }
                else
                {
                    item = Empty(new Mark(dash.Offset + 1, dash.Line, dash.Column + 1), depth + 1);
                }
            }
            else if (IsSequenceEntry(_p))
            {
                throw Decline();
            }
            else if (IsKeyLine())
            {
                item = ReadBlockMapping(_p - _lineStart, depth + 1);
            }
            else
            {
                item = ReadScalarOrFlow(indent, depth + 1);
            }
            items.Add(item);
            var next = PeekContent();
            if (next.AtEnd || next.Column < indent) return YamlNode.Sequence(range, items);
            if (next.Column > indent) throw Decline();
            if (!IsSequenceEntry(next.Offset))
            {
                if (indentless) return YamlNode.Sequence(range, items);
                throw Decline();
            }
            MoveTo(next);
        }
    }

    /// <summary>A scalar or a one-line flow collection at the cursor; a colon after it would make it a key, which the subset leaves out.</summary>
    private YamlNode ReadScalarOrFlow(int parentIndent, int depth)
    {
        CheckDepth(depth);
        YamlNode node;
        switch (_text[_p])
        {
            case '"':
                node = ReadQuoted(parentIndent, doubleQuoted: true);
                break;
            case '\'':
                node = ReadQuoted(parentIndent, doubleQuoted: false);
                break;
            case '|':
            case '>':
                return ReadBlockScalar(parentIndent);
            case '[':
                node = ReadFlow(depth, isMapping: false);
                break;
            case '{':
                node = ReadFlow(depth, isMapping: true);
                break;
            default:
                if (!CanStartPlain(_p)) throw Decline();
                return ReadPlain(parentIndent);
        }
        int i = _p;
        while (i < _text.Length && _text[i] == ' ') i++;
        if (At(i) == ':') throw Decline();
        return node;
    }

    /// <summary>A plain scalar in a block, folded over the more indented lines that continue it.</summary>
    private YamlNode ReadPlain(int parentIndent)
    {
        var start = Here;
        int last = ScanPlainLine(_p, out bool endedByComment);
        var end = new Mark(last, _line, last - _lineStart);
        if (endedByComment)
        {
            _p = last;
            return YamlNode.Scalar(Text(start.Offset, last - start.Offset), true, Range(start, end));
        }
        StringBuilder? folded = null;
        while (true)
        {
            // Look past blank lines for a continuation: more indented than the parent, not a comment.
            int i = last, line = end.Line, lineStart = end.Offset - end.Column, blank = -1;
            while (i < _text.Length && _text[i] == ' ') i++;
            if (i < _text.Length && _text[i] != '\n') throw Decline();
            int content = -1;
            while (i < _text.Length)
            {
                i++;
                line++;
                lineStart = i;
                blank++;
                while (i < _text.Length && _text[i] == ' ') i++;
                if (i >= _text.Length) break;
                if (_text[i] == '\n') continue;
                content = i;
                break;
            }
            if (content < 0 || _text[content] == '#' || content - lineStart <= parentIndent) break;
            if (!CanStartPlain(content) && _text[content] != '-') throw Decline();
            if (IsSequenceEntry(content)) throw Decline();
            int lineEnd = ScanPlainLine(content, out endedByComment);
            folded ??= _scalar.Clear().Append(_text, start.Offset, end.Offset - start.Offset);
            if (blank == 0) folded.Append(' ');
            else folded.Append('\n', blank);
            folded.Append(_text, content, lineEnd - content);
            last = lineEnd;
            end = new Mark(lineEnd, line, lineEnd - lineStart);
            _line = line;
            _lineStart = lineStart;
            if (endedByComment) break;
        }
        _p = end.Offset;
        string value = folded?.ToString() ?? Text(start.Offset, end.Offset - start.Offset);
        return YamlNode.Scalar(value, true, Range(start, end));
    }

    /// <summary>The end of a plain scalar's text on the line from <paramref name="from"/>, trailing spaces left out.</summary>
    private int ScanPlainLine(int from, out bool endedByComment)
    {
        int last = from;
        endedByComment = false;
        for (int i = from; i < _text.Length; i++)
        {
            char c = _text[i];
            if (c == '\n') break;
            if (c == ':' && IsBlankOrEnd(i + 1)) throw Decline();
            if (c == '#' && i > from && _text[i - 1] == ' ')
            {
                endedByComment = true;
                break;
            }
            if (c != ' ') last = i + 1;
        }
        return last;
    }

    /// <summary>A single- or double-quoted scalar, folded over lines as YAML folds them.</summary>
    private YamlNode ReadQuoted(int parentIndent, bool doubleQuoted)
    {
        var start = Here;
        char quote = doubleQuoted ? '"' : '\'';
        int i = _p + 1;
        // The common case: no escape and no line break.
        int close = i;
        while (close < _text.Length && _text[close] != quote && _text[close] != '\n' && (!doubleQuoted || _text[close] != '\\')) close++;
        if (close < _text.Length && _text[close] == quote && (doubleQuoted || At(close + 1) != '\''))
        {
            _p = close + 1;
            return YamlNode.Scalar(Text(i, close - i), false, Range(start, Here));
        }
        var value = _scalar.Clear();
        int keep = 0;
        while (true)
        {
            if (i >= _text.Length) throw Decline();
            char c = _text[i];
            if (c == quote)
            {
                if (!doubleQuoted && At(i + 1) == '\'')
                {
                    value.Append('\'');
                    keep = value.Length;
                    i += 2;
                    continue;
                }
                break;
            }
            if (c == '\\' && doubleQuoted)
            {
                if (At(i + 1) == '\n')
                {
                    // An escaped line break joins the lines without a space.
                    i = NextQuotedLine(i + 1, parentIndent, out int blank);
                    if (blank > 0) throw Decline();
                    keep = value.Length;
                    continue;
                }
                i = Unescape(i, value);
                keep = value.Length;
                continue;
            }
            if (c == '\n')
            {
                value.Length = keep;
                i = NextQuotedLine(i, parentIndent, out int blank);
                if (blank == 0) value.Append(' ');
                else value.Append('\n', blank);
                keep = value.Length;
                continue;
            }
            value.Append(c);
            if (c != ' ') keep = value.Length;
            i++;
        }
        _p = i + 1;
        return YamlNode.Scalar(value.ToString(), false, Range(start, Here));
    }

    /// <summary>From a line feed inside a quoted scalar, past blank lines to the next line's first non-space; moves the line count.</summary>
    private int NextQuotedLine(int lineFeed, int parentIndent, out int blank)
    {
        int i = lineFeed;
        blank = -1;
        while (true)
        {
            if (i >= _text.Length) throw Decline();
            i++;
            _line++;
            _lineStart = i;
            blank++;
            while (i < _text.Length && _text[i] == ' ') i++;
            if (i >= _text.Length) throw Decline();
            if (_text[i] != '\n') break;
        }
        if (i - _lineStart <= parentIndent) throw Decline();
        if (i == _lineStart && (string.CompareOrdinal(_text, i, "---", 0, 3) == 0 || string.CompareOrdinal(_text, i, "...", 0, 3) == 0)) throw Decline();
        return i;
    }

    /// <summary>One escape of a double-quoted scalar at <paramref name="backslash"/>; returns the offset after it.</summary>
    private int Unescape(int backslash, StringBuilder value)
    {
        char e = At(backslash + 1);
        switch (e)
        {
            case '\\': value.Append('\\'); return backslash + 2;
            case '"': value.Append('"'); return backslash + 2;
            case '/': value.Append('/'); return backslash + 2;
            case ' ': value.Append(' '); return backslash + 2;
            case 'n': value.Append('\n'); return backslash + 2;
            case 't': value.Append('\t'); return backslash + 2;
            case 'r': value.Append('\r'); return backslash + 2;
            case '0': value.Append('\0'); return backslash + 2;
            case 'x': return AppendCode(backslash, 2, value);
            case 'u': return AppendCode(backslash, 4, value);
            default: throw Decline();
        }
    }

    private int AppendCode(int backslash, int digits, StringBuilder value)
    {
        int code = 0;
        for (int k = 0; k < digits; k++)
        {
            char h = At(backslash + 2 + k);
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) throw Decline();
            code = code * 16 + d;
        }
        if (code >= 0xD800 && code <= 0xDFFF) throw Decline();
        value.Append((char)code);
        return backslash + 2 + digits;
    }

    /// <summary>A literal (<c>|</c>) or folded (<c>&gt;</c>) scalar with clip or strip chomping.</summary>
    private YamlNode ReadBlockScalar(int parentIndent)
    {
        var start = Here;
        bool literal = _text[_p] == '|';
        bool strip = false;
        _p++;
        if (At(_p) == '-')
        {
            strip = true;
            _p++;
        }
        // Keep chomping ('+') and indentation indicators are left to YamlDotNet.
        if (!IsBlankOrEnd(_p)) throw Decline();
        SkipSpaces();
        if (!IsLineEnd(_p) && !(At(_p) == '#' && _text[_p - 1] == ' ')) throw Decline();
        while (!IsLineEnd(_p)) _p++;

        var lines = BlockScalarLines(parentIndent, literal, out var stop, out var lastContent);
        // Clipping keeps the last content line's break, when the text has one.
        string value = JoinBlockScalarLines(lines, literal, clip: !strip && lines.Count > 0 && lastContent.Offset < _text.Length);
        _p = lastContent.Offset;
        _line = lastContent.Line;
        _lineStart = lastContent.Offset - lastContent.Column;
        return YamlNode.Scalar(value, false, Range(start, stop));
    }

    /// <summary>
    /// The lines of a block scalar whose header ends at the cursor: where each content line starts after the
    /// content indentation, or -1 for a blank line; blank lines after the last content line are left out.
    /// </summary>
    /// <param name="stop">Where YamlDotNet ends the scalar: at the start of the line that stops it, after any blank lines.</param>
    /// <param name="lastContent">The end of the last content line (the header's end when there is none).</param>
    private List<int> BlockScalarLines(int parentIndent, bool literal, out Mark stop, out Mark lastContent)
    {
        var lines = _blockLines;
        lines.Clear();
        int contentIndent = -1, leadingSpaces = 0;
        int i = _p, line = _line;
        lastContent = Here;
        stop = Here;
        while (i < _text.Length)
        {
            int next = i + 1;
            stop = new Mark(next, line + 1, 0);
            int s = next;
            while (s < _text.Length && _text[s] == ' ') s++;
            int spaces = s - next;
            if (s >= _text.Length)
            {
                // Spaces that end the text: content if past the indentation, which is left to YamlDotNet.
                if (spaces > 0 && (contentIndent < 0 || spaces > contentIndent)) throw Decline();
                break;
            }
            if (_text[s] == '\n')
            {
                if (contentIndent < 0) leadingSpaces = Math.Max(leadingSpaces, spaces);
                else if (spaces > contentIndent) throw Decline();
                lines.Add(-1);
                i = s;
                line++;
                continue;
            }
            if (contentIndent < 0)
            {
                if (spaces <= parentIndent) break;
                // Blank lines with spaces before the first content line are left to YamlDotNet, which refuses some.
                if (leadingSpaces > 0) throw Decline();
                contentIndent = spaces;
            }
            if (spaces < contentIndent) break;
            if (!literal && spaces > contentIndent) throw Decline();
            line++;
            lines.Add(next + contentIndent);
            i = s;
            while (i < _text.Length && _text[i] != '\n') i++;
            lastContent = new Mark(i, line, i - next);
            stop = lastContent;
        }
        // A scalar of blank lines only, some with spaces, has rules of its own (YamlDotNet may refuse it).
        if (contentIndent < 0 && leadingSpaces > 0) throw Decline();
        int count = lines.Count;
        while (count > 0 && lines[count - 1] < 0) count--;
        lines.RemoveRange(count, lines.Count - count);
        return lines;
    }

    /// <summary>
    /// A block scalar's value from its <paramref name="lines"/>: a literal one keeps its line breaks; a folded one
    /// joins adjacent lines with a space and keeps one break for each blank line. <paramref name="clip"/> adds the final break.
    /// </summary>
    private string JoinBlockScalarLines(List<int> lines, bool literal, bool clip)
    {
        var value = _scalar.Clear();
        bool previousContent = false;
        int pendingBlank = 0;
        for (int k = 0; k < lines.Count; k++)
        {
            int from = lines[k];
            if (from < 0)
            {
                if (literal) value.Append('\n');
                else pendingBlank++;
                continue;
            }
            int to = from;
            while (to < _text.Length && _text[to] != '\n') to++;
            if (literal)
            {
                value.Append(_text, from, to - from);
                if (k < lines.Count - 1) value.Append('\n');
            }
            else
            {
                if (previousContent) value.Append(pendingBlank == 0 ? " " : new string('\n', pendingBlank));
                else value.Append('\n', pendingBlank);
                pendingBlank = 0;
                value.Append(_text, from, to - from);
                previousContent = true;
            }
        }
        if (clip) value.Append('\n');
        return value.ToString();
    }

    /// <summary>A flow list (<c>[a, "b", c]</c>) or mapping (<c>{ key: value, key: "value" }</c>) of scalars, on one line.</summary>
    private YamlNode ReadFlow(int depth, bool isMapping)
    {
        var start = Here;
        char close = isMapping ? '}' : ']';
        _p++;
        var range = Range(start, start);
        var entries = EntryList(depth);
        var items = ItemList(depth);
        YamlNode Node() => isMapping ? YamlNode.Mapping(range, entries) : YamlNode.Sequence(range, items);
        SkipSpaces();
        if (At(_p) == close)
        {
            _p++;
            return Node();
        }
        while (true)
        {
            var first = ReadFlowScalar(depth + 1);
            if (isMapping)
            {
                if (!first.IsPlainScalar || At(_p) != ':' || At(_p + 1) != ' ') throw Decline();
                _p += 2;
                SkipSpaces();
                entries.Add(new KeyValuePair<YamlNode, YamlNode>(first, ReadFlowScalar(depth + 1)));
            }
            else
            {
                items.Add(first);
            }
            SkipSpaces();
            char c = At(_p);
            _p++;
            if (c == close) return Node();
            if (c != ',') throw Decline();
            SkipSpaces();
        }
    }

    /// <summary>A scalar inside a one-line flow collection: quoted on one line, or plain up to a flow indicator.</summary>
    private YamlNode ReadFlowScalar(int depth)
    {
        CheckDepth(depth);
        char first = At(_p);
        // One line only: no line can be indented past this parent, so a quoted scalar that goes on is declined.
        if (first == '"' || first == '\'') return ReadQuoted(parentIndent: int.MaxValue, doubleQuoted: first == '"');
        if (!CanStartPlain(_p)) throw Decline();
        var start = Here;
        int i = _p, last = _p;
        while (true)
        {
            if (IsLineEnd(i)) throw Decline();
            char c = _text[i];
            if (c == ',' || c == ']' || c == '}') break;
            if (c == ':')
            {
                if (At(i + 1) == ' ') break;
                throw Decline();
            }
            if (c == '[' || c == '{' || c == '#' || (c == '*' && _text[i - 1] == ' ')) throw Decline();
            if (c != ' ') last = i + 1;
            i++;
        }
        _p = last;
        return YamlNode.Scalar(Text(start.Offset, last - start.Offset), true, Range(start, Here));
    }
}
