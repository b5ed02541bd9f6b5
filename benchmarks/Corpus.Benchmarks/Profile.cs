extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using generator::Corpus.Generator;
using generator::Corpus.Generator.Linking;
using generator::Corpus.Generator.Parsing;
using generator::Corpus.Generator.Seeds;
using generator::Corpus.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// --profile: where the time goes for one corpus. Full generator runs and one-article edit re-runs through
/// the driver as a build and an IDE run it (step tracking off); the generator's own tracked steps (Parsed,
/// Linked, SourceOutput …) for corpora small enough to record them; each stage again on its own, called
/// directly; then Roslyn's parse, binding and emit of the generated files, with and without their UTF-8 data literals.
/// </summary>
public static class Profile
{
    /// <summary>
    /// Above this many articles the tracked-steps breakdown is skipped: Roslyn records each output's step tree
    /// by walking it without sharing common inputs, so recording grows much faster than the corpus (measured:
    /// 2.2 s of a 2.6 s run at 200 articles, not done after 8 minutes at 1,000). An IDE or a build never tracks steps.
    /// </summary>
    public const int TrackedStepsLimit = 200;

    /// <summary>Profiles the corpus; <paramref name="generatedPath"/>, when given, receives the generated source (to compare two generator versions).</summary>
    public static string Run(string name, string? generatedPath = null, bool compile = true, bool stages = true, int editRuns = 2 * StageRuns, bool driverRuns = true)
    {
        var report = new StringBuilder();
        void Line(string text)
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        // JIT the generator and Roslyn on the small real corpus first.
        PreparedCorpus.Generate(Corpora.Real, compile: false);
        var files = Corpora.Load(name);
        Line($"Profile of corpus '{name}': {Corpora.Describe(files)}");
        Line("");
        if (!driverRuns)
        {
            Line($"Stages run alone (single-threaded, warm; each run {StageRuns} times after a full collection: median [min] wall time, process CPU time, allocated):");
            Stages(files, Line);
            return report.ToString();
        }
        var compilation = GeneratorHost.CreateCompilation("Bench.Corpus");
        var texts = GeneratorHost.AdditionalTexts(files);
        var options = new CorpusOptionsProvider(files);
        GeneratorDriver driver = null!;
        for (int run = 1; run <= 2; run++)
        {
            var watch = Stopwatch.StartNew();
            driver = GeneratorHost.Run(GeneratorHost.CreateDriver(texts, options, trackSteps: false), compilation, out _);
            Line(Invariant($"Generator run {run} from a fresh driver (step tracking off, as in a build): {watch.Elapsed.TotalMilliseconds:F0} ms wall"));
        }
        var generated = GeneratorHost.RequireCleanRun(driver, name);
        EditReruns(driver, compilation, texts, generated, editRuns, Line);
        if (generatedPath is not null) File.WriteAllText(generatedPath, string.Concat(generated.Select(g => $"// hint: {g.HintName}\n{g.SourceText}")));
        TrackedSteps(files.Count(f => f.Kind == "seed"), texts, options, compilation, Line);
        Line("");

        if (stages)
        {
            Line($"Stages run alone (single-threaded, warm; each run {StageRuns} times after a full collection: median [min] wall time, process CPU time, allocated):");
            Stages(files, Line);
            Line("");
        }

        if (!compile) return report.ToString();
        var sourcesText = generated.Select(g => (g.HintName, Text: g.SourceText.ToString())).ToList();
        long total = sourcesText.Sum(t => (long)t.Text.Length);
        var literals = sourcesText.SelectMany(t => s_dataLiteral.Matches(t.Text)).Sum(m => (long)m.Groups[1].Length);
        Line(Invariant($"Generated files: {sourcesText.Count}, {total / 1048576.0:F1} MiB of C#, of which the UTF-8 data literals are {literals / 1048576.0:F1} MiB"));
        var membersOnly = sourcesText.Select(t => (t.HintName, Text: s_dataLiteral.Replace(t.Text, "() => \"\"\"\nx\n\"\"\"u8;"))).ToList();
        foreach (var (label, sources) in new[] { ("all generated files", sourcesText), ("members only, data literals emptied", membersOnly) })
        {
            var watch = Stopwatch.StartNew();
            var trees = sources.Select(t => CSharpSyntaxTree.ParseText(SourceText.From(t.Text, Encoding.UTF8), GeneratorHost.ParseOptions, "/corpus/obj/" + t.HintName)).ToList();
            foreach (var tree in trees) tree.GetRoot();
            var parse = watch.Elapsed;
            var withTrees = GeneratorHost.CreateCompilation("Bench.Corpus").AddSyntaxTrees(trees);
            watch.Restart();
            var diagnostics = withTrees.GetDiagnostics();
            var bind = watch.Elapsed;
            watch.Restart();
            var (image, documentation) = GeneratorHost.Emit(withTrees, GeneratorHost.SeedResources(files));
            var emit = watch.Elapsed;
            Line(Invariant($"  Roslyn, {label}: parse {parse.TotalMilliseconds:F0} ms, bind (GetDiagnostics) {bind.TotalMilliseconds:F0} ms, emit IL + XML docs {emit.TotalMilliseconds:F0} ms; {image.Length / 1048576.0:F1} MiB dll, {documentation.Length / 1048576.0:F1} MiB xml, {diagnostics.Length} diagnostics"));
        }
        return report.ToString();
    }

    private static readonly System.Text.RegularExpressions.Regex s_dataLiteral = new("\\(\\) => \"\"\"\n(.*?)\"\"\"u8;", System.Text.RegularExpressions.RegexOptions.Singleline);

    /// <summary>
    /// Re-runs after one article's edit (its first statement's act, alternately edited and restored), as
    /// the IDE runs the generator after a keystroke: wall time, and which generated files changed.
    /// </summary>
    private static void EditReruns(GeneratorDriver driver, Compilation compilation, ImmutableArray<AdditionalText> texts, IReadOnlyList<GeneratedSourceResult> before, int runs, Action<string> line)
    {
        var (original, edited) = Incremental.ArticleEdit(texts);
        var times = new List<double>();
        GeneratorDriver current = driver;
        bool isEdited = false;
        IReadOnlyList<GeneratedSourceResult> after = before;
        for (int i = 0; i < runs; i++)
        {
            current = isEdited ? current.ReplaceAdditionalText(edited, original) : current.ReplaceAdditionalText(original, edited);
            isEdited = !isEdited;
            var watch = Stopwatch.StartNew();
            current = GeneratorHost.Run(current, compilation, out _);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (i == 0) after = GeneratorHost.RequireCleanRun(current, "edited article");
        }
        times.Sort();
        var changed = before.Zip(after).Where(p => !p.First.SourceText.ContentEquals(p.Second.SourceText)).Select(p => p.First.HintName).ToList();
        line(Invariant($"One-article edit re-run (step tracking off, {times.Count} runs): median {times[times.Count / 2]:F0} ms [min {times[0]:F0}]; generated files changed: {changed.Count} of {before.Count} ({string.Join(", ", changed)})"));
    }

    /// <summary>The generator's tracked steps from one run, summed over their inputs, when the corpus is small enough to record them.</summary>
    private static void TrackedSteps(int articles, ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider options, Compilation compilation, Action<string> line)
    {
        if (articles > TrackedStepsLimit)
        {
            line(Invariant($"Tracked steps: skipped above {TrackedStepsLimit} articles (Roslyn's step recording grows faster than the corpus; run --profile {TrackedStepsLimit} for the breakdown)."));
            return;
        }
        var watch = Stopwatch.StartNew();
        var driver = GeneratorHost.Run(GeneratorHost.CreateDriver(texts, options, trackSteps: true), compilation, out _);
        var result = driver.GetRunResult().Results.Single();
        line(Invariant($"Generator run with tracked steps: {watch.Elapsed.TotalMilliseconds:F0} ms wall (recording included); steps, summed over their inputs:"));
        foreach (var (step, steps) in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(x => x.ElapsedTime.Ticks)).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            line(Invariant($"  {step,-24} {steps.Length,6} × → {steps.Sum(s => s.ElapsedTime.TotalMilliseconds),9:F0} ms"));
        }
    }

    /// <summary>Each stage of the pipeline timed alone, called as <see cref="CorpusCheck.Run"/> calls it, then that whole run.</summary>
    private static void Stages(IReadOnlyList<CorpusFile> files, Action<string> line)
    {
        var annotations = files.Where(f => f.Kind == "annotation").ToList();
        var seeds = files.Where(f => f.Kind == "seed").ToList();
        Timed(() => annotations.Select(f => YamlTree.ReadWithYamlDotNet(f.Text)).ToList(), out string time);
        line(Invariant($"  YAML trees by YamlDotNet (YamlTree.ReadWithYamlDotNet, {annotations.Count} files): {time}"));
        int inSubset = Timed(() => annotations.Count(f => SubsetYamlReader.TryRead(f.Text, out _)), out time);
        line(Invariant($"  YAML trees by the subset reader (SubsetYamlReader.TryRead, {inSubset} of {annotations.Count} files in the subset): {time}"));
        var parsed = Timed(() => annotations.Select(f => AnnotationParser.Parse(f.Path, f.Text)).ToList(), out time);
        line(Invariant($"  YAML parse (AnnotationParser.Parse, {annotations.Count} files): {time}"));

        var seedFiles = Timed(() => seeds.Select(s => SeedReading.Read(s.Path, () => SourceText.From(s.Text), escapedName: null, resource: null)).ToList(), out time);
        line(Invariant($"  Seed reading (SeedReading.Read, {seeds.Count} files): {time}"));

        var declarations = Timed(() => parsed.Select(Declare.Declarations).ToList(), out time);
        line(Invariant($"  Declarations (Declare.Declarations): {time}"));
        var index = Timed(() => DeclarationIndex.Build(declarations.Select(Declare.WithoutPositions)), out time);
        line(Invariant($"  Index (DeclarationIndex.Build of declarations without positions): {time}"));
        var registries = Timed(() => LinkRegistries.Link(index), out time);
        line(Invariant($"  Registries (LinkRegistries.Link): {time}"));

        var catalog = new SeedCatalog(seedFiles);
        var units = parsed.Select(Declare.Unit).Where(unit => unit is not null).Select(unit => MatchSeed.Match(unit!, catalog)).ToList();
        var links = Timed(() => units.Select(unit => LinkArticle.Link(unit, index, CancellationToken.None)).ToList(), out time);
        line(Invariant($"  Link each article (LinkArticle.Link, {units.Count} articles, {links.Sum(l => l.Data?.Statements.Count ?? 0)} statements): {time}"));

        var summaries = links.Select(l => l.Summary).ToList();
        var checks = Timed(() => CorpusChecks.Diagnostics(declarations, seedFiles, registries, summaries), out time);
        line(Invariant($"  Corpus-wide checks (CorpusChecks.Diagnostics, {checks.Count()} diagnostics): {time}"));

        var whole = Timed(() => CorpusCheck.Run(
            annotations.Select(f => new CorpusInput(f.Path, f.Text)).ToList(),
            seeds.Select(f => new CorpusInput(f.Path, f.Text)).ToList()), out time);
        line(Invariant($"  All of it without the driver and the emitters (CorpusCheck.Run, as `corpus check` does; {whole.Data.Length / 1048576.0:F1} MiB of data): {time}"));
    }

    /// <summary>How often each stage runs alone; the median is reported, as single runs vary by a factor of two on a busy machine.</summary>
    private const int StageRuns = 5;

    private static T Timed<T>(Func<T> stage, out string report)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        var pauses = new List<double>();
        long allocated = 0;
        int gen0 = 0, gen1 = 0, gen2 = 0;
        T result = default!;
        for (int i = 0; i < StageRuns; i++)
        {
            // The previous run's result is dropped first, so each run starts from the same heap.
            result = default!;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            var pauseBefore = GC.GetTotalPauseDuration();
            int[] countsBefore = { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = stage();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            pauses.Add((GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            (gen0, gen1, gen2) = (GC.CollectionCount(0) - countsBefore[0], GC.CollectionCount(1) - countsBefore[1], GC.CollectionCount(2) - countsBefore[2]);
        }
        times.Sort();
        cpu.Sort();
        pauses.Sort();
        report = Invariant($"{times[times.Count / 2],6:F0} ms [{times[0]:F0}], CPU {cpu[cpu.Count / 2]:F0} ms [{cpu[0]:F0}], {allocated / 1048576.0:F0} MiB allocated, GC pauses {pauses[pauses.Count / 2]:F0} ms (collections {gen0}/{gen1}/{gen2})");
        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
