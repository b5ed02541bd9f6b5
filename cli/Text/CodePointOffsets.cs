using System;

namespace Corpus.Cli;

/// <summary>Converts UTF-16 offsets in a text to Unicode code point offsets, as Python indexes strings.</summary>
public sealed class CodePointOffsets
{
    // _before[i]: the number of code points in text[0..i); a surrogate pair counts once.
    private readonly int[] _before;

    private CodePointOffsets(int[] before) => _before = before;

    /// <summary>The offsets of <paramref name="text"/>.</summary>
    public static CodePointOffsets Of(string text)
    {
        var before = new int[text.Length + 1];
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            before[i] = count;
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))) count++;
        }
        before[text.Length] = count;
        return new CodePointOffsets(before);
    }

    /// <summary>The code point offset of the UTF-16 offset <paramref name="utf16"/>.</summary>
    public int CodePointAt(int utf16) => _before[utf16];

    /// <summary>A UTF-16 span as a code point span.</summary>
    public (int Start, int Length) Span(int start, int length)
    {
        if (start < 0 || start + length >= _before.Length) throw new ArgumentOutOfRangeException(nameof(start));
        return (_before[start], _before[start + length] - _before[start]);
    }
}
