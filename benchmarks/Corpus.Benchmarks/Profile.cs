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
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// --profile: where the time goes for one corpus. The generator's own tracked steps (Parsed, Linked,
/// SourceOutput …) from a warm run; each stage again on its own through the generator's internal types
/// (found by reflection, so a renamed stage shows "n/a" rather than failing); then Roslyn's parse, binding
/// and emit of the generated file, with and without its UTF-8 data literal.
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
        var generated = GeneratorHost.RequireCleanRun(driver, name).SourceText;
        if (generatedPath is not null) File.WriteAllText(generatedPath, generated.ToString());
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
        string text = generated.ToString();
        const string open = "Utf8() => \"\"\"\n";
        int dataStart = text.IndexOf(open, StringComparison.Ordinal) + open.Length;
        int dataEnd = text.IndexOf("\"\"\"u8;", dataStart, StringComparison.Ordinal);
        string membersOnly = text.Substring(0, dataStart) + "corpus-data\t1\n" + text.Substring(dataEnd);
        Line(Invariant($"Generated file: {text.Length / 1048576.0:F1} MiB of C#, of which the UTF-8 data literal is {(dataEnd - dataStart) / 1048576.0:F1} MiB ({Encoding.UTF8.GetByteCount(text.AsSpan(dataStart, dataEnd - dataStart)) / 1048576.0:F1} MiB as UTF-8)"));
        foreach (var (label, source) in new[] { ("whole generated file", text), ("members only, data literal emptied", membersOnly) })
        {
            var watch = Stopwatch.StartNew();
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), GeneratorHost.ParseOptions, "/corpus/obj/Corpus.g.cs");
            tree.GetRoot();
            var parse = watch.Elapsed;
            var withTree = GeneratorHost.CreateCompilation("Bench.Corpus").AddSyntaxTrees(tree);
            watch.Restart();
            var diagnostics = withTree.GetDiagnostics();
            var bind = watch.Elapsed;
            watch.Restart();
            var (image, documentation) = GeneratorHost.Emit(withTree, GeneratorHost.SeedResources(files));
            var emit = watch.Elapsed;
            Line(Invariant($"  Roslyn, {label}: parse {parse.TotalMilliseconds:F0} ms, bind (GetDiagnostics) {bind.TotalMilliseconds:F0} ms, emit IL + XML docs {emit.TotalMilliseconds:F0} ms; {image.Length / 1048576.0:F1} MiB dll, {documentation.Length / 1048576.0:F1} MiB xml, {diagnostics.Length} diagnostics"));
        }
        return report.ToString();
    }

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
            var locator = Activator.CreateInstance(locatorType, seedByName[source])!;
            var find = findAll.CreateDelegate<Func<string, List<(int, int)>>>(locator);
            foreach (var statement in (IEnumerable)Get(model, "Statements")!)
            {
                located += find((string)Get(Get(statement, "Text")!, "Value")!).Count;
            }
        }
        return located;
        }, out time);
        line(Invariant($"  Quote location alone (TextLocator: fold each seed, find each statement, {located} found; reflection included): {time}"));

        var fileType = Internal("Model.AnnotationFile");
        var seedType = Internal("Model.SeedFile");
        var fileArray = Array.CreateInstance(fileType, models.Count);
        for (int i = 0; i < models.Count; i++) fileArray.SetValue(models[i], i);
        var seedArray = Array.CreateInstance(seedType, seeds.Count);
        for (int i = 0; i < seeds.Count; i++)
        {
            seedArray.SetValue(Activator.CreateInstance(seedType, seeds[i].Path, seeds[i].Path.Substring((CorpusFile.Root + "seeds/").Length), seeds[i].Text, false, null, seeds[i].Resource), i);
        }
        var create = typeof(ImmutableArray).GetMethods().Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }]);
        object immutableFiles = create.MakeGenericMethod(fileType).Invoke(null, new object[] { fileArray })!;
        object immutableSeeds = create.MakeGenericMethod(seedType).Invoke(null, new object[] { seedArray })!;
        var link = Internal("Linking.CorpusLinker").GetMethod("Link", BindingFlags.Public | BindingFlags.Static)!;
        object linked = Timed(() => link.Invoke(null, new[] { immutableFiles, immutableSeeds, GeneratorHost.Namespace })!, out time);
        line(Invariant($"  Linking (CorpusLinker.Link, quote location included): {time}"));

        object model0 = Get(linked, "Model")!;
        var emit = Internal("Emission.CorpusEmitter").GetMethod("Emit", BindingFlags.Public | BindingFlags.Static)!;
        string source0 = Timed(() => (string)emit.Invoke(null, new[] { model0, "0.0.0" })!, out time);
        line(Invariant($"  Emission (CorpusEmitter.Emit, {source0.Length / 1048576.0:F1} MiB of C#): {time}"));
        Timed(() => model0.Equals(Get(link.Invoke(null, new[] { immutableFiles, immutableSeeds, GeneratorHost.Namespace })!, "Model")), out time);
        line(Invariant($"  Linking again + comparing the two models (what an edit re-run pays before emission): {time}"));
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
