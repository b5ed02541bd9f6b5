using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Linking;

/// <summary>
/// Finds cycles in a reference graph (an organization's parents, what statements respond to), so
/// a chain the runtime would walk for ever is reported instead: one cycle for every group of
/// entities that reach each other, as the shortest way round from its first ID (ordinal order).
/// Linear in the graph (Tarjan's algorithm, without recursion, so long chains cannot overflow the stack).
/// </summary>
internal static class Cycles
{
    /// <param name="edges">Each ID and the IDs it refers to; references to IDs not in the graph are ignored.</param>
    /// <returns>Each cycle as its IDs in order, starting at its first ID; the way back to the start is implied.</returns>
    public static List<List<string>> Find(IReadOnlyDictionary<string, IReadOnlyList<string>> edges)
    {
        // Numbered in the order given: the components, and so the cycles reported, do not depend on it.
        var ids = new string[edges.Count];
        var index = new Dictionary<string, int>(edges.Count, StringComparer.Ordinal);
        foreach (var id in edges.Keys)
        {
            index.Add(id, index.Count);
            ids[index.Count - 1] = id;
        }
        var successors = new int[ids.Length][];
        var distinct = new List<int>();
        for (int i = 0; i < ids.Length; i++)
        {
            // Each target once, in the order written (the shortest way round prefers the first written).
            distinct.Clear();
            foreach (var target in edges[ids[i]])
            {
                if (index.TryGetValue(target, out int t) && !distinct.Contains(t)) distinct.Add(t);
            }
            successors[i] = distinct.Count == 0 ? Array.Empty<int>() : distinct.ToArray();
        }

        var order = new int[ids.Length];
        var low = new int[ids.Length];
        var onStack = new bool[ids.Length];
        for (int i = 0; i < ids.Length; i++) order[i] = -1;
        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Next)>();
        var components = new List<List<int>>();
        int counter = 0;
        for (int root = 0; root < ids.Length; root++)
        {
            if (order[root] >= 0) continue;
            // A node that refers to nothing in the graph is a component of its own, on no cycle: most are.
            if (successors[root].Length == 0)
            {
                order[root] = low[root] = counter++;
                continue;
            }
            work.Push((root, 0));
            order[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                if (next < successors[node].Length)
                {
                    work.Push((node, next + 1));
                    int target = successors[node][next];
                    if (order[target] < 0)
                    {
                        order[target] = low[target] = counter++;
                        stack.Push(target);
                        onStack[target] = true;
                        work.Push((target, 0));
                    }
                    else if (onStack[target])
                    {
                        low[node] = Math.Min(low[node], order[target]);
                    }
                    continue;
                }
                if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[node]);
                if (low[node] != order[node]) continue;
                var component = new List<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1 || Array.IndexOf(successors[node], node) >= 0) components.Add(component);
            }
        }
        // Each cycle from its component's first ID in ordinal order, and the cycles in the order of those.
        return components
            .Select(c => ShortestCycle(c.OrderBy(i => ids[i], StringComparer.Ordinal).First(), new HashSet<int>(c), successors).Select(i => ids[i]).ToList())
            .OrderBy(c => c[0], StringComparer.Ordinal)
            .ToList();
    }

    // Breadth-first from the start, inside its component, until the way leads back to it.
    private static List<int> ShortestCycle(int start, HashSet<int> component, int[][] successors)
    {
        var previous = new Dictionary<int, int>();
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            foreach (int next in successors[node])
            {
                if (!component.Contains(next)) continue;
                if (next == start)
                {
                    var path = new List<int>();
                    for (int at = node; at != start; at = previous[at]) path.Add(at);
                    path.Add(start);
                    path.Reverse();
                    return path;
                }
                if (previous.ContainsKey(next)) continue;
                previous[next] = node;
                queue.Enqueue(next);
            }
        }
        return new List<int> { start };
    }
}

/// <summary>The diagnostics for the cycles among one kind of entity.</summary>
internal static class ReferenceCycles
{
    /// <param name="what">The entity kind ("organization").</param>
    /// <param name="key">The key holding the references ("parent").</param>
    /// <param name="references">Each entity's ID and its references, where they are written.</param>
    public static IEnumerable<Model.DiagnosticInfo> Report(string what, string key, IEnumerable<(string Id, IReadOnlyList<Model.Located<string>> References)> references)
    {
        var byId = new Dictionary<string, IReadOnlyList<Model.Located<string>>>(StringComparer.Ordinal);
        foreach (var (id, refs) in references) byId[id] = refs;
        var edges = byId.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value.Select(r => r.Value).ToList(), StringComparer.Ordinal);
        foreach (var cycle in Cycles.Find(edges))
        {
            string next = cycle.Count > 1 ? cycle[1] : cycle[0];
            var at = byId[cycle[0]].First(r => r.Value == next).Location;
            yield return Model.DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, at, what, cycle[0], key,
                string.Join(" → ", cycle.Append(cycle[0])));
        }
    }
}
