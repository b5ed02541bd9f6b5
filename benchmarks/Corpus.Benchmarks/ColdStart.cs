using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// --cold-start: per corpus, generates and compiles the library once (timed once), writes the runners, then
/// starts each runner in a fresh process several times, interleaved, after one untimed start each (so every
/// timed start finds the files in the OS cache, as a user's second run would). Reports medians.
/// </summary>
public static class ColdStart
{
    private static readonly string[] s_order = { Runners.Baseline, Runners.Generated, Runners.Json, Runners.JsonSourceGenerated, Runners.Yaml };

    public static string Run(IReadOnlyList<string> corpora, int runs, int yamlRunsLarge, string work)
    {
        var timings = new StringBuilder();
        timings.AppendLine("| Corpus | Statements | Generated source | Library | Generator run (once) | Compile generated (once) |");
        timings.AppendLine("|---|---:|---:|---:|---:|---:|");
        var starts = new StringBuilder();
        starts.AppendLine("| Corpus | Runner | Runs | Median to first result | Min | Max | vs. generated | Retained heap | Bytes / statement | Retained, all texts read | Working set |");
        starts.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var name in corpora)
        {
            Console.WriteLine($"[{name}] generating and compiling…");
            var corpus = PreparedCorpus.Generate(name);
            int statements = corpus.Graph.Statements.Count;
            Console.WriteLine($"[{name}] {Corpora.Describe(corpus.Files)}; generator {corpus.GeneratorTime.TotalSeconds:F1} s, compile {corpus.CompileTime.TotalSeconds:F1} s");
            timings.AppendLine(Invariant($"| {name} | {statements:N0} | {GeneratorHost.Length(corpus.Generated) / 1048576.0:F1} MiB | {corpus.Image.Length / 1048576.0:F1} MiB | {corpus.GeneratorTime.TotalSeconds:F2} s | {corpus.CompileTime.TotalSeconds:F1} s |"));
            // YamlDotNet takes long on the large corpora: fewer runs there (none at all with yamlRunsLarge 0).
            int yamlRuns = name == SuiteConfig.LargeCorpus ? yamlRunsLarge : name == "1000" ? Math.Min(runs, 3) : runs;
            var runners = Runners.Build(corpus, Path.Combine(work, name), yaml: yamlRuns > 0);
            var results = runners.Keys.ToDictionary(k => k, _ => new List<RunnerRun>());
            // One untimed start each; a runner that cannot start (e.g. a library the runtime refuses to load) is reported, not timed.
            foreach (var runner in runners.Values.ToList())
            {
                try
                {
                    runner.Start();
                }
                catch (InvalidOperationException e)
                {
                    Console.WriteLine($"[{name}] {runner.Kind} runner FAILED: {e.Message}");
                    starts.AppendLine(Invariant($"| {name} | {runner.Kind} | failed | {e.Message.Split('\n')[0].Replace("|", "/")} | | | | | | | |"));
                    runners.Remove(runner.Kind);
                }
            }
            for (int i = 0; i < runs; i++)
            {
                foreach (var kind in s_order)
                {
                    if (!runners.TryGetValue(kind, out var runner)) continue;
                    if (kind == Runners.Yaml && i >= yamlRuns) continue;
                    var run = runner.Start();
                    results[kind].Add(run);
                    Console.WriteLine(Invariant($"[{name}] {kind,-9} run {i + 1}: first result {run.ToResult.TotalMilliseconds,8:F0} ms, exit {run.ToExit.TotalMilliseconds,8:F0} ms, {string.Join(" ", run.Result.Select(p => p.Key + "=" + p.Value))}"));
                }
            }
            bool hasGenerated = runners.ContainsKey(Runners.Generated);
            string expected = hasGenerated ? Answer(results[Runners.Generated][0]) : "";
            foreach (var kind in new[] { Runners.Json, Runners.JsonSourceGenerated, Runners.Yaml })
            {
                if (hasGenerated && results.TryGetValue(kind, out var list) && list.Count > 0 && Answer(list[0]) != expected)
                {
                    throw new InvalidOperationException($"[{name}] the {kind} runner answered {Answer(list[0])}, the generated library {expected}");
                }
            }
            double generatedMedian = hasGenerated ? Median(results[Runners.Generated]) : double.NaN;
            long baselineRetained = results[Runners.Baseline].Last().MemoryValue("retained");
            foreach (var kind in s_order)
            {
                if (!results.TryGetValue(kind, out var list) || list.Count == 0) continue;
                var last = list.Last();
                double median = Median(list);
                long retained = last.MemoryValue("retained"), retainedAll = last.MemoryValue("retainedWithTexts");
                string perStatement = kind == Runners.Baseline ? "" : Invariant($"{(retained - baselineRetained) / (double)statements:N0} B");
                string ratio = kind == Runners.Baseline || !hasGenerated ? "" : Invariant($"{median / generatedMedian:F2}×");
                starts.AppendLine(Invariant(
                    $"| {name} | {kind} | {list.Count} | {median:F0} ms | {list.Min(r => r.ToResult.TotalMilliseconds):F0} ms | {list.Max(r => r.ToResult.TotalMilliseconds):F0} ms | {ratio} | {retained / 1048576.0:F1} MiB | {perStatement} | {retainedAll / 1048576.0:F1} MiB | {last.MemoryValue("workingSet") / 1048576.0:F0} MiB |"));
            }
        }
        return "### Generation and compilation (single runs)\n\n" + timings + "\n### Cold start to the first query (fresh processes)\n\n" + starts;
    }

    /// <summary>The first query's answer as a runner printed it: how many statements, the first one's ID and its text's length.</summary>
    public static string Answer(RunnerRun run) => $"count={run.Result["count"]} first={run.Result["first"]} firstLength={run.Result["firstLength"]}";

    private static double Median(List<RunnerRun> runs)
    {
        var sorted = runs.Select(r => r.ToResult.TotalMilliseconds).OrderBy(x => x).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
