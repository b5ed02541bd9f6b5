using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Benchmarks.Loading;
using Microsoft.CodeAnalysis;
using YamlDotNet.Serialization;

namespace Corpus.Benchmarks;

/// <summary>
/// --ci: the real corpus and N = 100 once through every measured path, with the checks the benchmarks
/// rely on: no diagnostic, the edits re-parse what they should and nothing else, the generated code
/// compiles, the first query answers alike from the library, JSON and YAML, and every runner starts.
/// </summary>
public static class CiSmoke
{
    public static void Run(string work)
    {
        var total = Stopwatch.StartNew();
        foreach (var name in new[] { Corpora.Real, "100" })
        {
            var watch = Stopwatch.StartNew();
            var files = Corpora.Load(name);
            var texts = GeneratorHost.AdditionalTexts(files);
            var options = new CorpusOptionsProvider(files);
            var compilation = GeneratorHost.CreateCompilation("Bench.Corpus");
            var driver = GeneratorHost.Run(GeneratorHost.CreateDriver(texts, options, trackSteps: true), compilation, out _);
            var generated = GeneratorHost.RequireCleanRun(driver, name);
            Step(name, $"full run, no diagnostics ({Corpora.Describe(files)})", watch);

            var (article, edited) = Incremental.ArticleEdit(texts);
            var afterEdit = GeneratorHost.Run(driver.ReplaceAdditionalText(article, edited), compilation, out _);
            GeneratorHost.RequireCleanRun(afterEdit, name + " (edited article)");
            var parsed = Incremental.Reasons(afterEdit, "Parsed");
            int annotationFiles = files.Count(f => f.Kind == "annotation");
            if (parsed.GetValueOrDefault(IncrementalStepRunReason.Modified) != 1 || parsed.Values.Sum() != annotationFiles)
            {
                throw new InvalidOperationException($"{name}: an article edit should re-parse exactly that file; Parsed: {Incremental.Describe(parsed)}");
            }
            Step(name, $"article edit re-run; Parsed: {Incremental.Describe(parsed)}", watch);

            var afterCs = GeneratorHost.Run(afterEdit, Incremental.CsEdit(compilation), out _);
            parsed = Incremental.Reasons(afterCs, "Parsed");
            if (parsed.Keys.Any(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
            {
                throw new InvalidOperationException($"{name}: a .cs edit re-parsed YAML; Parsed: {Incremental.Describe(parsed)}");
            }
            Step(name, $".cs edit re-run, no YAML re-parsed; Parsed: {Incremental.Describe(parsed)}", watch);

            // Generates again and compiles the output (parse, bind, emit IL + XML docs), then loads the library.
            var corpus = PreparedCorpus.Generate(name, files);
            if (!GeneratorHost.SameSources(corpus.Generated, generated)) throw new InvalidOperationException($"{name}: two runs generated different code");
            // Seeds are embedded as resources, as the build embeds them: every article's text reads back as its seed.
            var seedText = files.Where(f => f.Kind == "seed").ToDictionary(f => f.Path.Substring((CorpusFile.Root + "seeds/").Length), f => f.Text, StringComparer.Ordinal);
            if (!generated.Any(g => g.SourceText.ToString().Contains("\\@", StringComparison.Ordinal))) throw new InvalidOperationException($"{name}: the generated code holds the article texts instead of naming their resources");
            foreach (var a in corpus.Graph.Articles)
            {
                if (a.Text != seedText[a.SourcePath]) throw new InvalidOperationException($"{name}: the text of article '{a.Id}' does not read back as its seed '{a.SourcePath}'");
            }
            var expected = PreparedCorpus.FirstQuery(corpus.Graph);
            if (expected.Count == 0) throw new InvalidOperationException($"{name}: the first query returns nothing");
            var json = FirstQuery.Run(JsonSerializer.Deserialize<CorpusDocument>(corpus.ToJson())!);
            var jsonSourceGenerated = FirstQuery.Run(JsonSerializer.Deserialize(corpus.ToJson(), CorpusJsonContext.Default.CorpusDocument)!);
            var yaml = FirstQuery.Run(new DeserializerBuilder().Build().Deserialize<CorpusDocument>(corpus.ToYaml()));
            if (json != expected || jsonSourceGenerated != expected || yaml != expected) throw new InvalidOperationException($"{name}: JSON or YAML loading answers the first query differently");
            Step(name, $"generated code compiles and loads, {corpus.Graph.Articles.Count} article texts read from resources; first query: {expected.Count} statements, first '{expected.FirstId}'; JSON and YAML agree", watch);

            var runners = Runners.Build(corpus, Path.Combine(work, name), yaml: true);
            foreach (var runner in runners.Values)
            {
                var run = runner.Start();
                string answer = $"count={expected.Count} first={expected.FirstId} firstLength={expected.FirstText.Length}";
                if (runner.Kind != Runners.Baseline && ColdStart.Answer(run) != answer)
                {
                    throw new InvalidOperationException($"{name}: the {runner.Kind} runner answered {ColdStart.Answer(run)}, expected {answer}");
                }
                Console.WriteLine($"[{name}]   {runner.Kind} runner: first result after {run.ToResult.TotalMilliseconds:F0} ms");
            }
            Step(name, "runners on disk start and answer", watch);
        }
        Console.WriteLine($"CI smoke run passed in {total.Elapsed.TotalSeconds:F0} s.");
    }

    private static void Step(string corpus, string what, Stopwatch watch)
    {
        Console.WriteLine($"[{corpus}] ok ({watch.Elapsed.TotalMilliseconds,6:F0} ms) {what}");
        watch.Restart();
    }
}
