using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Benchmarks;

/// <summary>
/// Small console apps on disk, compiled with Roslyn, that a user's program stands for: one references the
/// library compiled from the generated code, two load the equivalent JSON (System.Text.Json by reflection, and
/// through a source-generated context), one the equivalent YAML, and a baseline that loads nothing. Each prints
/// RESULT when its first query is answered, then MEMORY.
/// </summary>
public static class Runners
{
    public const string Generated = "generated", Json = "json", JsonSourceGenerated = "json-srcgen", Yaml = "yaml", Baseline = "baseline";

    /// <summary>Writes the runners of one corpus under <paramref name="directory"/> and returns them by kind.</summary>
    public static Dictionary<string, Runner> Build(PreparedCorpus corpus, string directory, bool yaml)
    {
        Directory.CreateDirectory(directory);
        var runners = new Dictionary<string, Runner>(StringComparer.Ordinal);
        string library = Path.Combine(directory, corpus.AssemblyName + ".dll");
        File.WriteAllBytes(library, corpus.Image);
        string json = Path.Combine(directory, "corpus.json");
        File.WriteAllBytes(json, corpus.ToJson());
        runners[Baseline] = Compile(directory, Baseline, "BaselineRunner", Array.Empty<string>(), null);
        runners[Generated] = Compile(directory, Generated, "GeneratedRunner", new[] { typeof(Statement).Assembly.Location, library }, null);
        runners[Json] = Compile(directory, Json, "JsonRunner", Array.Empty<string>(), json, "CorpusDocument");
        runners[JsonSourceGenerated] = Compile(directory, JsonSourceGenerated, "JsonSourceGeneratedRunner", Array.Empty<string>(), json,
            JsonSourceGenerator.Value, "CorpusDocument", "CorpusJsonContext");
        if (yaml)
        {
            string yamlFile = Path.Combine(directory, "corpus.yaml");
            File.WriteAllText(yamlFile, corpus.ToYaml());
            runners[Yaml] = Compile(directory, Yaml, "YamlRunner", new[] { typeof(YamlDotNet.Serialization.IDeserializer).Assembly.Location }, yamlFile, "CorpusDocument");
        }
        return runners;
    }

    private static Runner Compile(string root, string kind, string program, string[] libraries, string? argument, params string[] extraSources) =>
        Compile(root, kind, program, libraries, argument, generator: null, extraSources);

    /// <summary>Compiles a runner; <paramref name="generator"/>, when given, runs on its sources first, as a build runs the SDK's generators.</summary>
    private static Runner Compile(string root, string kind, string program, string[] libraries, string? argument, ISourceGenerator? generator, params string[] extraSources)
    {
        string directory = Path.Combine(root, kind);
        Directory.CreateDirectory(directory);
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var sources = new[] { program, "RunnerOutput" }.Concat(extraSources)
            .Select(name => CSharpSyntaxTree.ParseText(Resource($"Runner.{name}.cs"), parse, name + ".cs"));
        var references = GeneratorHost.FrameworkReferences().AddRange(libraries.Select(l => MetadataReference.CreateFromFile(l)));
        Compilation compilation = CSharpCompilation.Create(kind + "-runner", sources, references, new CSharpCompilationOptions(
            OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
        if (generator is not null)
        {
            CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: parse).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out var generatorDiagnostics);
            var problems = generatorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            if (problems.Count > 0) throw new InvalidOperationException($"the {kind} runner's generator reported:\n" + string.Join("\n", problems));
            if (compilation.SyntaxTrees.Count() <= 2 + extraSources.Length) throw new InvalidOperationException($"the {kind} runner's generator generated nothing");
        }
        string dll = Path.Combine(directory, "runner.dll");
        using (var stream = File.Create(dll))
        {
            var result = compilation.Emit(stream);
            if (!result.Success) throw new InvalidOperationException($"the {kind} runner does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
        foreach (var library in libraries) File.Copy(library, Path.Combine(directory, Path.GetFileName(library)), overwrite: true);
        string version = Environment.Version.ToString(2) + ".0";
        File.WriteAllText(Path.Combine(directory, "runner.runtimeconfig.json"),
            $"{{\"runtimeOptions\":{{\"tfm\":\"net{Environment.Version.ToString(2)}\",\"framework\":{{\"name\":\"Microsoft.NETCore.App\",\"version\":\"{version}\"}}}}}}");
        return new Runner(kind, dll, argument);
    }

    /// <summary>
    /// System.Text.Json's source generator, from the reference pack the runners compile against
    /// (analyzers/dotnet/cs, where the SDK finds it for a build).
    /// </summary>
    private static readonly Lazy<ISourceGenerator> JsonSourceGenerator = new(() =>
    {
        string pack = GeneratorHost.ReferencePack() ?? throw new InvalidOperationException("no Microsoft.NETCore.App.Ref pack: System.Text.Json's source generator is in it");
        string path = Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        if (!File.Exists(path)) throw new InvalidOperationException("System.Text.Json's source generator is not at " + path);
        var reference = new AnalyzerFileReference(path, new AnalyzerLoader());
        string? failure = null;
        reference.AnalyzerLoadFailed += (_, e) => failure ??= e.Message;
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        if (failure is not null || generators.Length != 1) throw new InvalidOperationException($"could not load System.Text.Json's source generator from {path}: {failure ?? generators.Length + " generators"}");
        return generators[0];
    });

    /// <summary>Loads an analyzer beside the benchmark's own Roslyn, which it binds to.</summary>
    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The <c>dotnet</c> host of the running runtime.</summary>
    public static string DotnetHost()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(host) ? host : "dotnet";
    }
}

/// <summary>One runner and one timed start of it.</summary>
public sealed record Runner(string Kind, string Dll, string? Argument)
{
    /// <summary>Starts a fresh process and times it from the start to the RESULT line (first query answered) and to its exit.</summary>
    public RunnerRun Start()
    {
        var info = new ProcessStartInfo(Runners.DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        if (Argument is not null) info.ArgumentList.Add(Argument);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + Dll);
        TimeSpan? result = null;
        string resultLine = "", memoryLine = "";
        for (string? line = process.StandardOutput.ReadLine(); line is not null; line = process.StandardOutput.ReadLine())
        {
            if (line.StartsWith("RESULT ", StringComparison.Ordinal))
            {
                result = watch.Elapsed;
                resultLine = line;
            }
            else if (line.StartsWith("MEMORY ", StringComparison.Ordinal))
            {
                memoryLine = line;
            }
        }
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var exit = watch.Elapsed;
        if (process.ExitCode != 0 || result is null) throw new InvalidOperationException($"the {Kind} runner failed ({process.ExitCode}): {errors}");
        return new RunnerRun(result.Value, exit, Fields(resultLine), Fields(memoryLine));
    }

    private static Dictionary<string, string> Fields(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => f.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
}

public sealed record RunnerRun(TimeSpan ToResult, TimeSpan ToExit, Dictionary<string, string> Result, Dictionary<string, string> Memory)
{
    public long MemoryValue(string key) => long.Parse(Memory[key], CultureInfo.InvariantCulture);
}
