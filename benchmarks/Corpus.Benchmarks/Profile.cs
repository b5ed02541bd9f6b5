using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// --profile: where the time goes for one corpus. The generator's own tracked steps (Parsed, Linked,
/// SourceOutput …) from a warm run; stages again on their own through the generator's internal types
/// (found by reflection, so a renamed stage shows "n/a" rather than failing); then Roslyn's parse, binding
/// and emit of the generated files, with and without their UTF-8 data literals.
/// </summary>
public static class Profile
{
    /// <summary>Profiles the corpus; <paramref name="generatedPath"/>, when given, receives the generated source (to compare two generator versions).</summary>
    public static string Run(string name, string? generatedPath = null, bool compile = true)
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
        var compilation = GeneratorHost.CreateCompilation("Bench.Corpus");
        GeneratorDriver driver = null!;
        for (int run = 1; run <= 2; run++)
        {
            var watch = Stopwatch.StartNew();
            driver = GeneratorHost.Run(GeneratorHost.CreateDriver(files, trackSteps: true), compilation, out _);
            var elapsed = watch.Elapsed;
            var result = driver.GetRunResult().Results.Single();
            Line(Invariant($"Generator run {run} (tracked steps on): {elapsed.TotalMilliseconds:F0} ms wall; steps, summed over their inputs:"));
            foreach (var (step, steps) in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(x => x.ElapsedTime.Ticks)))
            {
                Line(Invariant($"  {step,-24} {steps.Length,6} × → {steps.Sum(s => s.ElapsedTime.TotalMilliseconds),9:F0} ms"));
            }
        }
        var generated = GeneratorHost.RequireCleanRun(driver, name);
        if (generatedPath is not null) File.WriteAllText(generatedPath, string.Concat(generated.Select(g => $"// hint: {g.HintName}\n{g.SourceText}")));
        Line("");

        Line($"Stages run alone (single-threaded, warm; each run {StageRuns} times after a full collection: median [min] wall time, process CPU time, allocated):");
        try
        {
            Stages(files, Line);
        }
        catch (Exception e) when (e is MissingMemberException or NullReferenceException or TargetInvocationException or InvalidCastException or ArgumentException)
        {
            Line("  n/a: the generator's internal stages could not be called (" + e.GetType().Name + ": " + e.Message + ")");
        }
        Line("");

        if (!compile) return report.ToString();
        var texts = generated.Select(g => (g.HintName, Text: g.SourceText.ToString())).ToList();
        long total = texts.Sum(t => (long)t.Text.Length);
        var literals = texts.SelectMany(t => s_dataLiteral.Matches(t.Text)).Sum(m => (long)m.Groups[1].Length);
        Line(Invariant($"Generated files: {texts.Count}, {total / 1048576.0:F1} MiB of C#, of which the UTF-8 data literals are {literals / 1048576.0:F1} MiB"));
        var membersOnly = texts.Select(t => (t.HintName, Text: s_dataLiteral.Replace(t.Text, "() => \"\"\"\nx\n\"\"\"u8;"))).ToList();
        foreach (var (label, sources) in new[] { ("all generated files", texts), ("members only, data literals emptied", membersOnly) })
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

    /// <summary>YAML parsing, quote location, linking and emission, each timed alone through the generator's internal types.</summary>
    private static void Stages(IReadOnlyList<CorpusFile> files, Action<string> line)
    {
        var generator = typeof(CorpusGenerator).Assembly;
        Type Internal(string type) => generator.GetType("Corpus.Generator." + type, throwOnError: true)!;
        object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

        var parse = Internal("Parsing.AnnotationParser").GetMethod("Parse", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<string, string, object>>();
        var annotations = files.Where(f => f.Kind == "annotation").ToList();
        var seeds = files.Where(f => f.Kind == "seed").ToList();
        var models = Timed(() => annotations.Select(f => parse(f.Path, f.Text)).ToList(), out string time);
        line(Invariant($"  YAML parse (AnnotationParser.Parse, {annotations.Count} files): {time}"));

        var seedByName = seeds.ToDictionary(s => s.Path.Substring((CorpusFile.Root + "seeds/").Length), s => s.Text, StringComparer.Ordinal);
        var locatorType = Internal("Linking.TextLocator");
        var findAll = locatorType.GetMethod("FindAll")!;
        long located = 0;
        Timed(() =>
        {
        located = 0;
        foreach (var model in models)
        {
            if (Get(model, "Article") is not { } article) continue;
            string source = (string)Get(Get(article, "Source")!, "Value")!;
            var locator = Activator.CreateInstance(locatorType, seedByName[source], CancellationToken.None)!;
            var find = findAll.CreateDelegate<Func<string, List<(int, int)>>>(locator);
            foreach (var statement in (IEnumerable)Get(model, "Statements")!)
            {
                located += find((string)Get(Get(statement, "Text")!, "Value")!).Count;
            }
        }
        return located;
        }, out time);
        line(Invariant($"  Quote location alone (TextLocator: fold each seed, find each statement, {located} found; reflection included): {time}"));

        // Everything but the driver and the emitters: parse, declarations, index, each article linked, corpus checks, the data written.
        var check = Internal("CorpusCheck").GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        var inputType = Internal("CorpusInput");
        var listType = typeof(List<>).MakeGenericType(inputType);
        object Inputs(IEnumerable<CorpusFile> selected)
        {
            var list = (IList)Activator.CreateInstance(listType)!;
            foreach (var f in selected) list.Add(Activator.CreateInstance(inputType, f.Path, f.Text));
            return list;
        }
        object annotationInputs = Inputs(annotations), seedInputs = Inputs(seeds);
        object checkResult = Timed(() => check.Invoke(null, new[] { annotationInputs, seedInputs, CancellationToken.None })!, out time);
        line(Invariant($"  Parse, link and check without the driver (CorpusCheck.Run, {((byte[])Get(checkResult, "Data")!).Length / 1048576.0:F1} MiB of data): {time}"));
    }

    /// <summary>How often each stage runs alone; the median is reported, as single runs vary by a factor of two on a busy machine.</summary>
    private const int StageRuns = 5;

    private static T Timed<T>(Func<T> stage, out string report)
    {
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        long allocated = 0;
        T result = default!;
        for (int i = 0; i < StageRuns; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = stage();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        times.Sort();
        cpu.Sort();
        report = Invariant($"{times[times.Count / 2],6:F0} ms [{times[0]:F0}], CPU {cpu[cpu.Count / 2]:F0} ms [{cpu[0]:F0}], {allocated / 1048576.0:F0} MiB allocated");
        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
