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

    // As the compiler reads additional files: a byte order mark decides; otherwise strict UTF-8,
    // and where the bytes are not UTF-8, Latin-1.
    private static string Decode(Assembly assembly, string name)
    {
        byte[] bytes;
        using (var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(
            $"The article text resource '{name}' is missing from {assembly.GetName().Name}; the build embeds seed files as resources unless CorpusEmbedSeeds is false."))
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
