using System.Collections.Generic;

namespace Corpus.Generator.Linking;

/// <summary>
/// Which statements overlap an earlier one by the same speaker: at most one report per statement
/// (against the same-speaker statement reaching furthest), found in one pass, so a thousand
/// statements on the same words give a thousand warnings at most, not half a million.
/// </summary>
internal static class OverlapReport
{
    /// <param name="statements">(speaker, start, length), sorted by start; speakers compare by value.</param>
    /// <returns>(later, earlier) index pairs, in the order of the later statement.</returns>
    public static List<(int Later, int Earlier)> Find<TSpeaker>(IReadOnlyList<(TSpeaker Speaker, int Start, int Length)> statements)
        where TSpeaker : notnull
    {
        var reports = new List<(int, int)>();
        var furthest = new Dictionary<TSpeaker, int>();
        for (int i = 0; i < statements.Count; i++)
        {
            var (speaker, start, length) = statements[i];
            if (furthest.TryGetValue(speaker, out int earlier))
            {
                var other = statements[earlier];
                if (start < other.Start + other.Length) reports.Add((i, earlier));
                if (start + length <= other.Start + other.Length) continue;
            }
            furthest[speaker] = i;
        }
        return reports;
    }
}
