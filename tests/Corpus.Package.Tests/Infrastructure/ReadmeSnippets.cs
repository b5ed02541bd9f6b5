using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Package.Tests.Infrastructure;

/// <summary>
/// The code blocks of README.md that are marked <c>&lt;!-- snippet: name --&gt;</c>, so the
/// README shows code the tests compile and run, and output they observed.
/// </summary>
public static class ReadmeSnippets
{
    private static readonly Lazy<IReadOnlyDictionary<string, string?>> s_snippets = new(() => Parse(File.ReadAllText(ReadmePath)));

    public static string ReadmePath => Path.Combine(PackageFeed.FindRepositoryRoot(), "README.md");

    public static string Get(string name) =>
        s_snippets.Value.TryGetValue(name, out var text) && text is not null
            ? text
            : throw new KeyNotFoundException($"README.md needs exactly one code block right after '<!-- snippet: {name} -->'");

    /// <summary>The snippets whose names start with <paramref name="prefix"/>, keyed by the rest of the name.</summary>
    public static IReadOnlyDictionary<string, string> Under(string prefix) =>
        s_snippets.Value.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(k => k.Substring(prefix.Length), Get);

    /// <summary>Every marked block; a name marked twice maps to null, so asking for it fails.</summary>
    internal static IReadOnlyDictionary<string, string?> Parse(string markdown)
    {
        const string marker = "<!-- snippet: ";
        var snippets = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].StartsWith(marker, StringComparison.Ordinal) || !lines[i + 1].StartsWith("```", StringComparison.Ordinal)) continue;
            string name = lines[i].Substring(marker.Length).Split(' ')[0];
            var text = new StringBuilder();
            int line = i + 2;
            for (; line < lines.Length && lines[line] != "```"; line++) text.Append(lines[line]).Append('\n');
            snippets[name] = snippets.ContainsKey(name) ? null : text.ToString();
            i = line;
        }
        return snippets;
    }
}
