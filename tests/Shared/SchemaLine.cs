using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Corpus.Testing;

/// <summary>The <c># yaml-language-server: $schema=…</c> line an annotation file starts with, as editors read it.</summary>
internal static class SchemaLine
{
    private static readonly Regex s_line = new(@"^#\s*yaml-language-server\s*:\s*\$schema=(?<reference>\S+)", RegexOptions.CultureInvariant);

    /// <summary>The reference on the first line of <paramref name="text"/>, or null when it has none.</summary>
    public static string? Target(string text)
    {
        int end = text.IndexOf('\n', StringComparison.Ordinal);
        var match = s_line.Match(end < 0 ? text : text.Substring(0, end));
        return match.Success ? match.Groups["reference"].Value : null;
    }

    /// <summary>A relative reference resolved against the folder of <paramref name="file"/>, both '/'-separated.</summary>
    public static string Resolve(string file, string reference)
    {
        var parts = new List<string>(file.Split('/'));
        parts.RemoveAt(parts.Count - 1);
        foreach (string part in reference.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0) throw new InvalidOperationException($"{reference} leaves the folder {file} is in");
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }
}
