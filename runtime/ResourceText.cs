using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace Corpus;

/// <summary>Reads an article text the build embedded as a manifest resource, decoded as the compiler decoded it.</summary>
internal static class ResourceText
{
    private static readonly Encoding s_utf8 = new UTF8Encoding(false);

    /// <summary>Parses a text reference, "&lt;length&gt;:&lt;escaped resource name&gt;", as the generator writes it after "\@".</summary>
    public static bool TryParseReference(ReadOnlySpan<byte> reference, out int length, out string name)
    {
        int colon = reference.IndexOf((byte)':');
        name = "";
        length = 0;
        if (colon <= 0 || !int.TryParse(reference.Slice(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out length)) return false;
        name = CorpusDataFormat.Unescape(reference.Slice(colon + 1));
        return true;
    }

    public static string Read(Assembly assembly, string name, int expectedLength)
    {
        string text = Decode(assembly, name);
        if (text.Length != expectedLength)
        {
            throw new InvalidDataException(
                $"The article text '{name}' in {assembly.GetName().Name} has {text.Length} characters, but the corpus was generated from a text of {expectedLength}; rebuild the library.");
        }
        return text;
    }

    // As the compiler reads additional files: a byte order mark decides (UTF-8, UTF-16 or UTF-32, as
    // StreamReader detects them), and otherwise UTF-8. The build refuses seeds that are not valid in the
    // encoding so chosen, and UTF-32 (CORP040), so the replacement of invalid bytes here never shows in a
    // library that built. The resource is read whole and decoded once.
    private static string Decode(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(
            $"The article text resource '{name}' is missing from {assembly.GetName().Name}; the build embeds seed files as resources unless CorpusEmbedSeeds is false.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var (encoding, preamble) = DetectEncoding(bytes);
        return encoding.GetString(bytes, preamble, bytes.Length - preamble);
    }

    /// <summary>The encoding a byte order mark names, and the mark's length; UTF-8 without one.</summary>
    private static (Encoding Encoding, int Preamble) DetectEncoding(byte[] b)
    {
        int n = b.Length;
        if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (Encoding.UTF32, 4);
        if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Encoding.Unicode, 2);
        if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (s_utf8, 3);
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        return (s_utf8, 0);
    }
}
