using System;
using System.Collections.Generic;

namespace Corpus.Cli;

/// <summary>Converts UTF-16 offsets in a text to Unicode code point offsets, as Python indexes strings.</summary>
public sealed class CodePointOffsets
{
    // Where each surrogate pair's second half is, in order: every one before an offset is a code unit
    // that is not a code point of its own. Most texts have none.
    private readonly int[] _pairEnds;
    private readonly int _length;

    private CodePointOffsets(int[] pairEnds, int length)
    {
        _pairEnds = pairEnds;
        _length = length;
    }

    /// <summary>The offsets of <paramref name="text"/>.</summary>
    public static CodePointOffsets Of(string text)
    {
        List<int>? pairEnds = null;
        var span = text.AsSpan();
        for (int i = span.IndexOfAnyInRange('\uDC00', '\uDFFF'); i >= 0;)
        {
            if (i > 0 && char.IsHighSurrogate(text[i - 1])) (pairEnds ??= new List<int>()).Add(i);
            int next = span.Slice(i + 1).IndexOfAnyInRange('\uDC00', '\uDFFF');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return new CodePointOffsets(pairEnds?.ToArray() ?? Array.Empty<int>(), text.Length);
    }

    /// <summary>The code point offset of the UTF-16 offset <paramref name="utf16"/>.</summary>
    public int CodePointAt(int utf16)
    {
        if (utf16 < 0 || utf16 > _length) throw new ArgumentOutOfRangeException(nameof(utf16));
        if (_pairEnds.Length == 0) return utf16;
        // The pairs whose second half lies before the offset.
        int index = Array.BinarySearch(_pairEnds, utf16);
        int before = index < 0 ? ~index : index;
        return utf16 - before;
    }

    /// <summary>A UTF-16 span as a code point span.</summary>
    public (int Start, int Length) Span(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > _length) throw new ArgumentOutOfRangeException(nameof(start));
        int first = CodePointAt(start);
        return (first, CodePointAt(start + length) - first);
    }
}
