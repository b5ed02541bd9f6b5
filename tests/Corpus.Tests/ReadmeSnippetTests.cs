using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Tests;

/// <summary>
/// README.md's "Query the corpus" section shows each <c>#region</c> of ReadmeExamples.cs as a
/// <c>```csharp</c> block right after a <c>&lt;!-- snippet: name --&gt;</c> line. The two must say
/// the same, line by line, ignoring indentation and runs of spaces, so the README cannot drift
/// from code that compiles and is tested.
/// </summary>
public class ReadmeSnippetTests
{
    private const string Section = "## Query the corpus";

    private static readonly Regex s_snippet = new(@"^<!-- snippet: (?<name>\S+) -->$", RegexOptions.CultureInvariant);
    private static readonly Regex s_region = new(@"^\s*#region (?<name>\S+)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The snippets of the README's query section, by name.</summary>
    private static IReadOnlyList<(string Name, string Code)> ReadmeSnippets()
    {
        var lines = Lines(Repository.ReadFile("README.md"));
        int start = Array.IndexOf(lines, Section);
        Assert.True(start >= 0, $"README.md has no '{Section}' heading");
        int end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        if (end < 0) end = lines.Length;

        var snippets = new List<(string, string)>();
        for (int i = start + 1; i < end; i++)
        {
            var match = s_snippet.Match(lines[i]);
            if (!match.Success) continue;
            string name = match.Groups["name"].Value;
            int fence = i + 1;
            while (fence < end && lines[fence].Trim().Length == 0) fence++;
            Assert.True(fence < end && lines[fence].Trim() == "```csharp", $"README snippet '{name}' is not followed by a ```csharp block");
            int close = Array.FindIndex(lines, fence + 1, l => l.Trim() == "```");
            Assert.True(close > fence && close < end, $"README snippet '{name}': the code block is not closed");
            snippets.Add((name, Normalize(lines[(fence + 1)..close])));
            i = close;
        }
        return snippets;
    }

    /// <summary>The <c>#region</c> bodies of ReadmeExamples.cs, by name.</summary>
    private static IReadOnlyList<(string Name, string Code)> ExampleRegions()
    {
        var lines = Lines(Repository.ReadFile("tests", "Corpus.Tests", "ReadmeExamples.cs"));
        var regions = new List<(string, string)>();
        for (int i = 0; i < lines.Length; i++)
        {
            var match = s_region.Match(lines[i]);
            if (!match.Success) continue;
            int close = Array.FindIndex(lines, i + 1, l => l.Trim() == "#endregion");
            Assert.True(close > i, $"#region {match.Groups["name"].Value} has no #endregion");
            regions.Add((match.Groups["name"].Value, Normalize(lines[(i + 1)..close])));
            i = close;
        }
        return regions;
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>Each line trimmed, runs of whitespace made one space; blank lines at either end dropped.</summary>
    private static string Normalize(IEnumerable<string> lines)
    {
        var normalized = lines.Select(l => Regex.Replace(l.Trim(), @"\s+", " ")).ToList();
        while (normalized.Count > 0 && normalized[0].Length == 0) normalized.RemoveAt(0);
        while (normalized.Count > 0 && normalized[^1].Length == 0) normalized.RemoveAt(normalized.Count - 1);
        return string.Join("\n", normalized);
    }

    [Fact]
    public void Every_README_query_snippet_is_the_example_region_of_the_same_name()
    {
        var snippets = ReadmeSnippets();
        var regions = ExampleRegions().ToDictionary(r => r.Name, r => r.Code);
        Assert.NotEmpty(snippets);
        Assert.Equal(snippets.Count, snippets.Select(s => s.Name).Distinct().Count());
        foreach (var (name, code) in snippets)
        {
            Assert.True(regions.TryGetValue(name, out var region), $"README snippet '{name}' has no #region {name} in ReadmeExamples.cs");
            Assert.Equal(region, code);
        }
    }

    [Fact]
    public void Every_example_region_is_shown_in_the_README()
    {
        var regions = ExampleRegions();
        Assert.NotEmpty(regions);
        Assert.Equal(regions.Count, regions.Select(r => r.Name).Distinct().Count());
        var shown = ReadmeSnippets().Select(s => s.Name).ToHashSet();
        Assert.All(regions, r => Assert.True(shown.Contains(r.Name), $"#region {r.Name} is not shown in README.md under '{Section}'"));
    }

    [Fact]
    public void Normalization_ignores_indentation_but_not_content()
    {
        Assert.Equal(Normalize(new[] { "", "    var x = Statements.All", "        .ToList();", "" }), Normalize(new[] { "var x =  Statements.All", ".ToList();" }));
        Assert.NotEqual(Normalize(new[] { "var x = Statements.All" }), Normalize(new[] { "var x = Statements.All.ToList();" }));
    }
}
