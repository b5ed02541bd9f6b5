using System.Globalization;
using System.Text;

namespace Corpus.Generator.Seeds;

/// <summary>
/// Whether the compiler read a seed faithfully. The compiler decodes an additional file by its byte
/// order mark or else as strict UTF-8, and where the bytes are not
/// UTF-8 falls back to the system's code page (UTF-8 with U+FFFD replacements on Linux and macOS,
/// Windows-1252 on Windows); the runtime decodes embedded seeds by the same first rules. A seed that
/// needs the fallback, or is not text at all, would read differently on another machine, or not
/// match what quotes were checked against: it is refused, with the place and the likely encoding.
/// </summary>
internal static class SeedDecoding
{
    /// <summary>What is wrong with the text the compiler read, and the offset of the first bad character; null when it is faithful text.</summary>
    /// <param name="text">The decoded text, or null when the compiler read none (it refuses files it takes for binary).</param>
    /// <param name="encoding">The encoding the compiler decoded with, when known.</param>
    public static (string Problem, int Offset)? Check(string? text, Encoding? encoding)
    {
        if (text is null)
        {
            return ("the compiler read no text from it: a binary file, or text in an encoding such as UTF-32 whose bytes look binary; save it as UTF-8", 0);
        }
        int nul = text.IndexOf('\0');
        if (nul >= 0 && IsNulFilled(text))
        {
            return ("it holds NUL characters, as UTF-32 text (which the compiler reads as UTF-16 or UTF-8) or a binary file does; save it as UTF-8", nul);
        }
        if (encoding is not null && encoding.CodePage is 12000 or 12001)
        {
            return ("it is UTF-32, which compilers do not all read alike (some take its byte order mark for UTF-16); save it as UTF-8", 0);
        }
        if (encoding is not null && encoding.CodePage is not (65001 or 1200 or 1201))
        {
            return (string.Format(CultureInfo.InvariantCulture,
                "it is not valid UTF-8, so the compiler fell back to {0}, which differs between machines; save it as UTF-8", encoding.WebName), FirstNonAscii(text));
        }
        // U+FFFD is what invalid bytes became unless the compiler decoded strictly (then it was written so).
        int replacement = encoding is null || encoding.DecoderFallback is DecoderExceptionFallback ? -1 : text.IndexOf('\uFFFD');
        if (replacement >= 0)
        {
            return ("it is not valid UTF-8 (Latin-1 or Windows-1252 text?): the compiler replaced the invalid bytes with U+FFFD, and another machine may read them differently; save it as UTF-8", replacement);
        }
        return null;
    }

    // UTF-32 (or UTF-16 read as UTF-8) puts NULs between characters; a stray NUL in text is kept as it
    // is. (Two NULs in a row make the compiler itself refuse the file as binary, reading no text.)
    private static bool IsNulFilled(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (c == '\0') count++;
        }
        return count * 8L >= text.Length;
    }

    private static int FirstNonAscii(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F') return i;
        }
        return 0;
    }
}
