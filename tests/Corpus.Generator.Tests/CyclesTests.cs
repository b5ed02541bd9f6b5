extern alias generator;

using System;
using System.Collections.Generic;
using System.Linq;
using generator::Corpus.Generator.Linking;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The cycles <see cref="Cycles.Find"/> reports, checked on random graphs against what it promises, computed
/// the slow way (reachability by search from every node): one cycle for every group of IDs that reach each
/// other, starting at the group's first ID in ordinal order, as short as any way round from it, in the order of those IDs.
/// </summary>
public class CyclesTests
{
    [Fact]
    public void Each_group_of_mutually_reachable_ids_gives_its_shortest_cycle_from_its_first_id()
    {
        var random = new Random(20261130);
        for (int round = 0; round < 1_500; round++)
        {
            var edges = RandomGraph(random, nodes: random.Next(0, 14), edgeChance: random.NextDouble() * 0.35);
            var found = Cycles.Find(edges);

            var expectedStarts = Groups(edges).Select(g => g.OrderBy(id => id, StringComparer.Ordinal).First()).OrderBy(id => id, StringComparer.Ordinal).ToList();
            Assert.Equal(expectedStarts, found.Select(c => c[0]).ToList());
            foreach (var cycle in found)
            {
                // A way round: each ID refers to the next, the last back to the first.
                for (int i = 0; i < cycle.Count; i++) Assert.Contains(cycle[(i + 1) % cycle.Count], edges[cycle[i]]);
                Assert.Equal(cycle.Count, cycle.Distinct().Count());
                Assert.Equal(ShortestWayBack(edges, cycle[0]), cycle.Count);
            }
        }
    }

    [Fact]
    public void References_out_of_the_graph_and_repeated_references_change_nothing()
    {
        var edges = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["b"] = new[] { "a", "missing", "a" },
            ["a"] = new[] { "c", "b" },
            ["c"] = new[] { "c" },
            ["d"] = new[] { "missing" },
        };
        var found = Cycles.Find(edges);
        Assert.Equal(new[] { "a b", "c" }, found.Select(c => string.Join(" ", c)));
    }

    [Fact]
    public void A_long_chain_does_not_overflow_the_stack()
    {
        const int length = 200_000;
        var edges = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (int i = 0; i < length; i++) edges[$"s{i:D6}"] = new[] { $"s{(i + 1) % length:D6}" };
        var cycle = Assert.Single(Cycles.Find(edges));
        Assert.Equal(length, cycle.Count);
        Assert.Equal("s000000", cycle[0]);
    }

    private static Dictionary<string, IReadOnlyList<string>> RandomGraph(Random random, int nodes, double edgeChance)
    {
        // Names whose ordinal order differs from the order they are added in.
        var ids = Enumerable.Range(0, nodes).Select(i => ((char)('a' + random.Next(0, 26))).ToString() + i).ToList();
        var edges = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var targets = new List<string>();
            foreach (var target in ids) if (random.NextDouble() < edgeChance) targets.Add(target);
            if (random.Next(0, 4) == 0) targets.Add("elsewhere");
            if (targets.Count > 0 && random.Next(0, 4) == 0) targets.Add(targets[random.Next(0, targets.Count)]);
            edges[id] = targets.OrderBy(_ => random.Next()).ToList();
        }
        return edges;
    }

    private static HashSet<string> Reachable(Dictionary<string, IReadOnlyList<string>> edges, string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(edges[from].Where(edges.ContainsKey));
        while (pending.Count > 0)
        {
            string id = pending.Pop();
            if (!seen.Add(id)) continue;
            foreach (var next in edges[id].Where(edges.ContainsKey)) pending.Push(next);
        }
        return seen;
    }

    // The groups that lie on a cycle: IDs that reach themselves, grouped by reaching each other.
    private static List<List<string>> Groups(Dictionary<string, IReadOnlyList<string>> edges)
    {
        var reach = edges.Keys.ToDictionary(id => id, id => Reachable(edges, id), StringComparer.Ordinal);
        var onCycle = edges.Keys.Where(id => reach[id].Contains(id)).ToList();
        var groups = new List<List<string>>();
        foreach (var id in onCycle)
        {
            if (groups.Any(g => g.Contains(id))) continue;
            groups.Add(onCycle.Where(other => other == id || (reach[id].Contains(other) && reach[other].Contains(id))).ToList());
        }
        return groups;
    }

    // The fewest references from an ID back to itself, by trying every length.
    private static int ShortestWayBack(Dictionary<string, IReadOnlyList<string>> edges, string start)
    {
        var frontier = new HashSet<string>(edges[start].Where(edges.ContainsKey), StringComparer.Ordinal);
        for (int length = 1; length <= edges.Count; length++)
        {
            if (frontier.Contains(start)) return length;
            frontier = new HashSet<string>(frontier.SelectMany(id => edges[id]).Where(edges.ContainsKey), StringComparer.Ordinal);
        }
        return -1;
    }
}
