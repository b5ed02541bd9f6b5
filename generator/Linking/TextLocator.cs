using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>
/// Finds annotated passages in an article. Straight and curly quotes, straight and curly
/// apostrophes, and runs of whitespace compare equal; every offset it returns points at the
/// original characters.
/// </summary>
internal sealed class TextLocator
{
    private readonly string _original;
    // The folded text is searched in place: its first _foldedLength characters, never copied to a string.
    private readonly char[] _folded;
    private readonly int _foldedLength;
    // Folded offsets map to original ones by a shift that grows after each run of whitespace folded
    // to one space: the folded offsets where it changes, and the shift from there on (most articles have a few dozen).
    private readonly int[] _shiftStarts;
    private readonly int[] _shifts;
    private readonly int[] _lineStarts;
    private readonly CancellationToken _cancellationToken;
    private char[] _needle = Array.Empty<char>();
    private long _closestBudget = 100_000_000;

    /// <summary>A locator for one article's text; <paramref name="cancellationToken"/> stops a long closest-passage search.</summary>
    public TextLocator(string text, CancellationToken cancellationToken = default)
    {
        _original = text;
        _cancellationToken = cancellationToken;
        _folded = new char[text.Length];
        var shiftStarts = new List<int>();
        var shifts = new List<int>();
        _foldedLength = FoldInto(text, trim: false, _folded, (start, shift) =>
        {
            shiftStarts.Add(start);
            shifts.Add(shift);
        });
        _shiftStarts = shiftStarts.ToArray();
        _shifts = shifts.ToArray();
        // Line breaks as the compiler and editors count them (CR, LF, CRLF, NEL, LS, PS), so
        // positions in diagnostics and Statement.Line agree with what they show.
        var lineStarts = new List<int>(text.Length / 32 + 1) { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            int found = text.AsSpan(i).IndexOfAny(LineBreaks);
            if (found < 0) break;
            i += found;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            lineStarts.Add(i + 1);
        }
        _lineStarts = lineStarts.ToArray();
    }

    public string Text => _original;

    private static ReadOnlySpan<char> LineBreaks => "\n\r\u0085\u2028\u2029".AsSpan();

    /// <summary>
    /// The occurrences of <paramref name="needle"/>, as original (start, length), in text order, found as
    /// they are asked for: a caller that stops early scans only as far as it read. Adds to <see cref="Work"/>.
    /// </summary>
    public IEnumerable<(int Start, int Length)> Matches(string needle)
    {
        string folded = FoldNeedle(needle);
        if (folded.Length == 0) yield break;
        int from = 0, found = 0;
        while (from <= _foldedLength - folded.Length)
        {
            int index = new ReadOnlySpan<char>(_folded, from, _foldedLength - from).IndexOf(folded.AsSpan());
            // Characters passed over, and a unit per match so that a one-character needle with millions of matches counts too.
            Work += (index < 0 ? _foldedLength - from : index + 1) + 1;
            if (index < 0) yield break;
            // A one-character needle in a multi-megabyte seed matches millions of times: stay cancellable.
            if ((++found & 0x3FFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
            index += from;
            yield return ToOriginal(index, folded.Length);
            from = index + 1;
        }
    }

    /// <summary>The searching done so far, in characters passed over plus matches found: what bounds an article's linking time.</summary>
    public long Work { get; private set; }

    private (int Start, int Length) ToOriginal(int foldedStart, int foldedLength)
    {
        int start = Original(foldedStart);
        int end = Original(foldedStart + foldedLength - 1) + 1;
        return (start, end - start);
    }

    private int Original(int folded)
    {
        int index = Array.BinarySearch(_shiftStarts, folded);
        if (index < 0) index = ~index - 1;
        return index < 0 ? folded : folded + _shifts[index];
    }

    /// <summary>1-based line and column of an original offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// The passage of the article closest to <paramref name="needle"/> by edit distance (a
    /// semi-global alignment), and a note on the first difference, for "not found" messages.
    /// </summary>
    public (string Passage, int Line, string Difference) Closest(string needle)
    {
        string pattern = FoldNeedle(needle);
        var text = new ReadOnlySpan<char>(_folded, 0, _foldedLength);
        if (pattern.Length == 0 || text.Length == 0) return ("", 1, "");
        // Bound the work on huge inputs: align against a prefix of the needle only, and stop
        // searching once this article has used its budget (many misses in a huge seed).
        long allowed = Math.Min(40_000_000, _closestBudget);
        if ((long)pattern.Length * text.Length > allowed) pattern = pattern.Substring(0, (int)Math.Min(pattern.Length, allowed / text.Length));
        if (pattern.Length == 0) return ("", 1, "");
        _closestBudget -= (long)pattern.Length * text.Length;
        int m = pattern.Length;
        var previous = new int[m + 1];
        var current = new int[m + 1];
        var previousStart = new int[m + 1];
        var currentStart = new int[m + 1];
        for (int i = 0; i <= m; i++) previous[i] = i;
        int bestCost = previous[m], bestEnd = 0, bestStart = 0;
        for (int j = 1; j <= text.Length; j++)
        {
            // A multi-megabyte seed must not keep a core busy after the user typed again.
            if ((j & 0x3FF) == 0) _cancellationToken.ThrowIfCancellationRequested();
            current[0] = 0;
            currentStart[0] = j;
            for (int i = 1; i <= m; i++)
            {
                int substitute = previous[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                int skipText = previous[i] + 1;
                int skipPattern = current[i - 1] + 1;
                if (substitute <= skipText && substitute <= skipPattern)
                {
                    current[i] = substitute;
                    currentStart[i] = i == 1 ? j - 1 : previousStart[i - 1];
                }
                else if (skipText <= skipPattern)
                {
                    current[i] = skipText;
                    currentStart[i] = previousStart[i];
                }
                else
                {
                    current[i] = skipPattern;
                    currentStart[i] = currentStart[i - 1];
                }
            }
            if (current[m] < bestCost)
            {
                bestCost = current[m];
                bestEnd = j;
                bestStart = currentStart[m];
            }
            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }
        if (bestEnd <= bestStart) return ("", 1, "");
        var (start, length) = ToOriginal(bestStart, bestEnd - bestStart);
        string passage = _original.Substring(start, length);
        return (passage, Position(start).Line, FirstDifference(pattern, text.Slice(bestStart, bestEnd - bestStart).ToString()));
    }

    private static string FirstDifference(string expected, string found)
    {
        int i = 0;
        while (i < expected.Length && i < found.Length && expected[i] == found[i]) i++;
        if (i == expected.Length && i == found.Length) return "";
        string Around(string s) => Escape(MessageText.Slice(s, i, 12));
        return $"; first difference after \"{Escape(MessageText.Slice(expected, Math.Max(0, i - 12), Math.Min(12, i)))}\": the annotation has \"{Around(expected)}\", the article \"{Around(found)}\"";
    }

    private static string Escape(string s) => s.Replace("\n", "\\n").Replace("\r", "\\r");

    /// <summary>The folded form of a passage to look for, trimmed; the passage itself when folding changes nothing.</summary>
    private string FoldNeedle(string needle)
    {
        if (IsFolded(needle)) return needle;
        if (_needle.Length < needle.Length) _needle = new char[Math.Max(needle.Length, 256)];
        int length = FoldInto(needle, trim: true, _needle, shifted: null);
        return new string(_needle, 0, length);
    }

    /// <summary>Whether folding (trimmed) leaves the text as it is: no leading, trailing or repeated whitespace, no whitespace but ' ', no quote to unify.</summary>
    private static bool IsFolded(string text)
    {
        bool previousSpace = true;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
                continue;
            }
            if (char.IsWhiteSpace(c) || FoldChar(c) != c) return false;
            previousSpace = false;
        }
        return !previousSpace || text.Length == 0;
    }

    /// <summary>
    /// Writes the folded form into <paramref name="folded"/> and returns its length. Each folded
    /// character stands for the original one <c>shift</c> characters further on; <paramref name="shifted"/>,
    /// when given, hears (folded offset, shift) wherever the shift changes, that is after each run of whitespace longer than one character.
    /// </summary>
    private static int FoldInto(string text, bool trim, Span<char> folded, Action<int, int>? shifted)
    {
        int length = 0;
        int shift = 0;
        bool pendingSpace = false;
        int pendingIndex = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // Most characters are printable ASCII that folds to itself, after a word's first character: copied as they are.
            if (c > ' ' && c < '\u007F' && c != '`' && !pendingSpace && i - length == shift)
            {
                folded[length++] = c;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (!pendingSpace) pendingIndex = i;
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
            {
                if (!trim || length > 0)
                {
                    // The space stands for the run's first character.
                    if (pendingIndex - length != shift) shifted?.Invoke(length, shift = pendingIndex - length);
                    folded[length++] = ' ';
                }
                pendingSpace = false;
            }
            if (i - length != shift) shifted?.Invoke(length, shift = i - length);
            folded[length++] = FoldChar(c);
        }
        if (pendingSpace && !trim)
        {
            if (pendingIndex - length != shift) shifted?.Invoke(length, shift = pendingIndex - length);
            folded[length++] = ' ';
        }
        return length;
    }

    private static char FoldChar(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
        _ => c,
    };
}
