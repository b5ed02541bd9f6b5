using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>One utterance and the statements that report it (<see cref="Statement.SameUtteranceAs"/>).</summary>
public sealed class Utterance
{
    internal Utterance(IReadOnlyList<Statement> reports)
    {
        Reports = reports;
        Primary = reports[0];
        foreach (var report in reports)
        {
            // The named official is the speaker to count: "Beijing said" reports Hong Lei's words.
            if (report.Speaker is Official)
            {
                Primary = report;
                break;
            }
        }
    }

    /// <summary>The statement that stands for the utterance: the first report by a named official, or else the first report.</summary>
    public Statement Primary { get; }

    /// <summary>Every statement of the input that reports the utterance, in input order.</summary>
    public IReadOnlyList<Statement> Reports { get; }

    /// <inheritdoc/>
    public override string ToString() => Primary.ToString();
}

/// <summary>Counting utterances rather than reports: statements joined by same-utterance links are one entry.</summary>
public static class Utterances
{
    /// <summary>
    /// The distinct utterances among <paramref name="statements"/>: statements linked by
    /// <see cref="Statement.SameUtteranceAs"/> (directly or through other statements of the input)
    /// form one utterance, in the order of their first report.
    /// </summary>
    /// <example><c>Utterances.Of(Statements.All.Where(s => s.Act == SpeechAct.Accuse)).Count</c> counts accusations once each.</example>
    public static IReadOnlyList<Utterance> Of(IEnumerable<Statement> statements)
    {
        if (statements is null) throw new ArgumentNullException(nameof(statements));
        var list = new List<Statement>(statements);
        var index = new Dictionary<Statement, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < list.Count; i++) index.TryAdd(list[i], i);
        var groups = Components(list.Count, i =>
        {
            var linked = new List<int>();
            foreach (var other in list[i].SameUtteranceAs)
            {
                if (index.TryGetValue(other, out int j)) linked.Add(j);
            }
            return linked;
        });
        var utterances = new List<Utterance>(groups.Count);
        foreach (var group in groups)
        {
            var reports = new List<Statement>(group.Count);
            foreach (int i in group) reports.Add(list[i]);
            utterances.Add(new Utterance(reports));
        }
        return utterances;
    }

    /// <summary>The connected components of an undirected graph of <paramref name="count"/> nodes, each in node order, ordered by their first node.</summary>
    internal static List<List<int>> Components(int count, Func<int, IEnumerable<int>> links)
    {
        var parent = new int[count];
        for (int i = 0; i < count; i++) parent[i] = i;
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (int i = 0; i < count; i++)
        {
            foreach (int j in links(i))
            {
                int a = Find(i), b = Find(j);
                // The smaller index is the root, so each group is ordered by its first node.
                if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }
        var byRoot = new Dictionary<int, List<int>>();
        var groups = new List<List<int>>();
        for (int i = 0; i < count; i++)
        {
            int root = Find(i);
            if (!byRoot.TryGetValue(root, out var group))
            {
                byRoot.Add(root, group = new List<int>());
                groups.Add(group);
            }
            group.Add(i);
        }
        return groups;
    }
}
