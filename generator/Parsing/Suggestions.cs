using System;
using System.Collections.Generic;

namespace Corpus.Generator.Parsing;

/// <summary>
/// "Did you mean" suggestions by edit distance. The cost is bounded whatever the IDs: only
/// candidates of about the same length are compared, a typo is at most <see cref="MaxDistance"/>
/// edits, each comparison fills only the band of the table that distance allows and stops as soon
/// as it cannot beat the best so far, and one suggestion fills at most <see cref="MaxWork"/> cells.
/// </summary>
internal static class Suggestions
{
    public const int MaxDistance = 8;
    public const long MaxWork = 1_000_000;

    /// <summary>The closest candidate within a distance that makes a typo plausible, or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates) => Closest(value, candidates, out _);

    /// <param name="work">The table cells filled: what bounds the time taken.</param>
    public static string? Closest(string value, IEnumerable<string> candidates, out long work)
    {
        string? best = null;
        int limit = Math.Min(MaxDistance, Math.Max(2, value.Length / 3));
        int bestDistance = limit + 1;
        work = 0;
        foreach (var candidate in candidates)
        {
            if (work >= MaxWork) break;
            if (Math.Abs(candidate.Length - value.Length) > Math.Min(limit, bestDistance)) continue;
            int distance = Distance(value, candidate, Math.Min(limit, bestDistance), ref work);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or nothing.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } match ? $"; did you mean '{match}'?" : "";

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        long work = 0;
        return Distance(a, b, limit, ref work);
    }

    // Cells farther than `limit` from the diagonal cannot lie on a path within the limit: they stay "too far".
    private static int Distance(string a, string b, int limit, ref long work)
    {
        int far = limit == int.MaxValue ? int.MaxValue : limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, far);
        for (int i = 1; i <= a.Length; i++)
        {
            int from = limit == int.MaxValue ? 1 : Math.Max(1, i - limit);
            int to = limit == int.MaxValue ? b.Length : Math.Min(b.Length, i + limit);
            current[0] = Math.Min(i, far);
            if (from > 1) current[from - 1] = far;
            int rowMinimum = from == 1 ? current[0] : far;
            for (int j = from; j <= to; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.Min(value, far);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (to < b.Length) current[to + 1] = far;
            work += to - from + 1;
            if (rowMinimum > limit) return limit == int.MaxValue ? rowMinimum : limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
