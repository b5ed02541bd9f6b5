using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace Corpus;

/// <summary>Reads an article text the build embedded as a manifest resource, decoded as the compiler decoded it.</summary>
internal static class ResourceText
{
    // reference: "<length>:<escaped resource name>", as the generator writes it.
    public static Func<string> Loader(Assembly? assembly, string reference, int line)
    {
        int colon = reference.IndexOf(':');
        if (assembly is null || colon <= 0 || !int.TryParse(reference.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int length))
        {
            throw new FormatException($"Corpus data, line {line}: bad article text reference '{reference}'.");
        }
        string name = CorpusDataFormat.Unescape(Encoding.UTF8.GetBytes(reference.Substring(colon + 1)));
        return () => Read(assembly, name, length);
    }

    private static string Read(Assembly assembly, string name, int expectedLength)
    {
        string text = Decode(assembly, name);
        if (text.Length != expectedLength)
        {
            throw new InvalidDataException(
                $"The article text '{name}' in {assembly.GetName().Name} has {text.Length} characters, but the corpus was generated from a text of {expectedLength}; rebuild the library.");
        }
        return text;
    }

    // As the compiler reads additional files: a byte order mark decides, and otherwise UTF-8. The
    // build refuses seeds that are not valid in the encoding so chosen, and UTF-32 (CORP040), so the
    // replacement of invalid bytes here never shows in a library that built.
    private static string Decode(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(
            $"The article text resource '{name}' is missing from {assembly.GetName().Name}; the build embeds seed files as resources unless CorpusEmbedSeeds is false.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
