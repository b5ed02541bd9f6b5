using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Seeds;

/// <summary>
/// The names articles refer to seeds by. The build passes each seed's name (its path below the
/// folder its CorpusSeeds glob starts in) as item metadata, which reaches the generator through
/// the analyzer config file, where '#' and ';' start comments and values are trimmed; so the build
/// writes it escaped ('~' and two hex digits per UTF-8 byte of the characters those files or the
/// compiler's /resource argument would misread), and the same escaped form is the resource name.
/// </summary>
internal static class SeedNames
{
    /// <summary>The escaped name's plain form; null when it is not a well-formed escape.</summary>
    public static string? Unescape(string escaped)
    {
        if (escaped.IndexOf('~') < 0) return escaped;
        var bytes = new List<byte>(escaped.Length);
        var utf8 = Encoding.UTF8.GetBytes(escaped);
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != (byte)'~')
            {
                bytes.Add(utf8[i]);
                continue;
            }
            if (i + 2 >= utf8.Length || !byte.TryParse(Encoding.ASCII.GetString(utf8, i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out byte value)) return null;
            bytes.Add(value);
            i += 2;
        }
        return new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes.ToArray());
    }

    /// <summary>
    /// The name of a seed added without the name metadata (a project that lists its AdditionalFiles
    /// itself): the path below the last <c>seeds/</c> folder, or the file name.
    /// </summary>
    public static string FromPath(string path)
    {
        string normalized = path.Replace('\\', '/');
        int index = normalized.LastIndexOf("/seeds/", StringComparison.OrdinalIgnoreCase);
        return index >= 0 ? normalized.Substring(index + "/seeds/".Length) : System.IO.Path.GetFileName(normalized);
    }

    /// <summary>An error for every seed whose name another seed (earlier by path) already has: an article could not say which it means.</summary>
    public static IEnumerable<DiagnosticInfo> Clashes(IEnumerable<SeedFile> seeds)
    {
        var first = new Dictionary<string, SeedFile>(StringComparer.Ordinal);
        foreach (var seed in seeds.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            if (first.TryGetValue(seed.Name, out var earlier))
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.SeedNameClash, new LocationInfo(seed.Path, default),
                    new[] { new LocationInfo(earlier.Path, default) }, seed.Path, earlier.Path, seed.Name);
            }
            else
            {
                first.Add(seed.Name, seed);
            }
        }
    }
}
