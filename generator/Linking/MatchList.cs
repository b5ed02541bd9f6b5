using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Generator.Linking;

/// <summary>How a message lists where a passage occurs: the first few lines, whatever the count, so a message stays short.</summary>
internal static class MatchList
{
    /// <summary>"line 4", "lines 4, 9", or "first at lines 1, 2, 3 …" when there are more occurrences than those given.</summary>
    /// <param name="lines">The lines of the first occurrences, in text order (a line may repeat).</param>
    /// <param name="count">How many occurrences there are in all.</param>
    public static string Lines(IReadOnlyList<int> lines, int count)
    {
        var distinct = lines.Distinct().ToList();
        string shown = string.Join(", ", distinct.Select(l => l.ToString(CultureInfo.InvariantCulture)));
        if (count > lines.Count) return "first at lines " + shown + " …";
        return (distinct.Count == 1 ? "line " : "lines ") + shown;
    }

    /// <summary>A count as messages write it: 2,000,000.</summary>
    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
