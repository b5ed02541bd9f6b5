extern alias generator;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;
using GeneratorType = generator::Corpus.Generator.CorpusGenerator;
using CSharpNames = generator::Corpus.Generator.Naming.CSharpNames;
using Parser = generator::Corpus.Generator.Parsing.AnnotationParser;

namespace Corpus.Generator.Tests;

/// <summary>
/// The generator never throws and never loses the rest: the repository's annotations and seeds,
/// one file mutated per case. Seeded: a failure names its seed and case, and
/// CORPUS_FUZZ_SEED / CORPUS_FUZZ_CASE (one case) / CORPUS_FUZZ_CASES (how many) replay it.
/// </summary>
public class FuzzTests
{
    private const int DefaultSeed = 20_250_101;
    private const int DefaultCases = 2000;

    /// <summary>Every this many cases, the generated code is also parsed (most of a case's cost).</summary>
    private const int ParseEvery = 10;

    /// <summary>Every this many cases, the generated code is also compiled, loaded and read.</summary>
    private const int LoadEvery = 100;

    /// <summary>
    /// A runaway detector, not a benchmark: the memory one run may allocate. Work, not wall-clock
    /// time, so a loaded machine cannot fail a case (the closest-passage search, the one CPU-bound
    /// step that allocates little, bounds its own work).
    /// </summary>
    private const long MaxAllocatedBytes = 1L << 30;

    private static readonly Lazy<FuzzCorpus> s_corpus = new(() => new FuzzCorpus(GeneratorHarness.RepositoryCorpus()));

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_unmutated_corpus_is_clean_so_every_check_below_means_something()
    {
        var corpus = s_corpus.Value;
        var baseline = corpus.Driver.Baseline;

        Assert.Empty(RunChecks.GeneratorProblems(baseline));
        Assert.Empty(baseline.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(corpus.Driver.Inputs.Count(i => i.Kind == "seed"), corpus.Articles.Count);
        Assert.All(corpus.Articles, a => Assert.NotEmpty(a.Statements));
        Assert.Empty(corpus.MissingMembers(baseline.GeneratedSource!, mutatedPath: null));
    }

    [Fact]
    public void Mutated_annotations_and_seeds_never_throw_and_the_other_files_still_generate()
    {
        var corpus = s_corpus.Value;
        int seed = EnvironmentInt("CORPUS_FUZZ_SEED") ?? DefaultSeed;
        int cases = EnvironmentInt("CORPUS_FUZZ_CASES") ?? DefaultCases;
        var only = EnvironmentInt("CORPUS_FUZZ_CASE");
        var failures = new List<string>();
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var slowest = TimeSpan.Zero;
        int parsed = 0, loaded = 0, withErrors = 0;
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (int index = only ?? 0; index < (only + 1 ?? cases); index++)
        {
            var random = new Random(unchecked(seed * 7_919 + index));
            var input = corpus.Driver.Inputs[random.Next(corpus.Driver.Inputs.Count)];
            string text = Mutator.Mutate(input.Text, random, out string description);
            bool load = only is not null || index % LoadEvery == 0;
            bool parse = load || index % ParseEvery == 0;

            var (problems, elapsed, run) = Check(corpus, input.Path, text, parse, load);
            slowest = elapsed > slowest ? elapsed : slowest;
            parsed += parse ? 1 : 0;
            loaded += load ? 1 : 0;
            if (run?.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) == true) withErrors++;
            foreach (var id in run?.Diagnostics.Select(d => d.Id).Distinct() ?? Enumerable.Empty<string>()) ids[id] = ids.TryGetValue(id, out int n) ? n + 1 : 1;
            if (problems.Count > 0 && failures.Count < 20)
            {
                failures.Add($"seed {seed}, case {index} (CORPUS_FUZZ_SEED={seed} CORPUS_FUZZ_CASE={index}): {Relative(input.Path)}, {description}:\n  " +
                             string.Join("\n  ", problems.Take(5)));
            }
        }

        _output.WriteLine($"seed {seed}: {(only is null ? cases : 1)} cases in {total.Elapsed.TotalSeconds:F1} s, " +
                          $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s CPU (slowest {slowest.TotalMilliseconds:F0} ms), " +
                          $"{parsed} parsed, {loaded} of them compiled and loaded, {withErrors} with errors; diagnostics seen: {string.Join(", ", ids.Select(p => $"{p.Key}×{p.Value}"))}");
        Assert.True(failures.Count == 0, $"{failures.Count} failing case(s) (first 20):\n" + string.Join("\n", failures));
        // The mutations must actually break things, or the test proves nothing.
        Assert.True(only is not null || withErrors > cases / 3, $"only {withErrors} of {cases} cases had errors");
    }

    /// <summary>Name, which file it replaces, and the error it must get: an ID, "none" (no errors at all) or "any" (only the checks every run passes).</summary>
    public static IEnumerable<object[]> ExtremeInputs() => new[]
    {
        new object[] { "20 MB article annotation", "article", "CORP015" },
        new object[] { "20 MB seed", "seed", "CORP015" },
        new object[] { "20 MB registry", "officials", "CORP015" },
        new object[] { "3.9 MB topic description", "topics", "none" },
        new object[] { "3.9 MB seed of unmatched text", "seed", "CORP007" },
        new object[] { "50-level block nesting", "article", "CORP015" },
        new object[] { "50-level flow nesting", "officials", "CORP015" },
        new object[] { "100,000-level flow nesting", "article", "CORP015" },
        new object[] { "2,000-level block nesting", "officials", "CORP015" },
        new object[] { "alias bomb as the whole file", "officials", "CORP015" },
        new object[] { "alias bomb before the annotations", "article", "CORP015" },
        new object[] { "1 MB line without a line end", "article", "CORP001" },
        new object[] { "10,000 YAML documents", "article", "CORP001" },
        new object[] { "empty file", "article", "none" },
        new object[] { "only a BOM", "officials", "any" },
        new object[] { "BOM", "article", "any" },
        new object[] { "BOM", "seed", "none" },
        new object[] { "CRLF line ends", "article", "none" },
        new object[] { "CRLF line ends", "officials", "none" },
        new object[] { "CRLF line ends", "seed", "none" },
        new object[] { "CR line ends", "article", "none" },
        new object[] { "CR line ends", "seed", "none" },
        new object[] { "tabs for indentation", "article", "CORP001" },
        new object[] { "NUL characters", "article", "CORP001" },
        new object[] { "NUL characters", "seed", "none" },
    };

    [Theory]
    [MemberData(nameof(ExtremeInputs))]
    public void Extreme_inputs_get_their_diagnostic_in_bounded_time_and_the_rest_generates(string name, string which, string expected)
    {
        var corpus = s_corpus.Value;
        var article = corpus.Articles[1];
        string path = which switch
        {
            "article" => article.AnnotationPath,
            "seed" => article.SeedPath,
            _ => corpus.Driver.Inputs.Single(i => i.Path.EndsWith("/" + which + ".yaml", StringComparison.Ordinal)).Path,
        };
        string original = corpus.Driver.Inputs.Single(i => i.Path == path).Text;
        string text = Extreme(name, original);

        var (problems, elapsed, run) = Check(corpus, path, text, parse: true, load: text.Length < 1_000_000);
        _output.WriteLine($"{name} ({text.Length:N0} characters) in {Relative(path)}: {elapsed.TotalMilliseconds:F0} ms; " +
                          string.Join(", ", run?.Diagnostics.Select(d => d.Id).Distinct() ?? Enumerable.Empty<string>()));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var errors = run!.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (expected == "none")
        {
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        else if (expected != "any")
        {
            // A seed's problems are reported where the article annotation names or quotes it.
            string at = which == "seed" ? article.AnnotationPath : path;
            Assert.True(errors.Any(d => d.Id == expected && d.Location.GetLineSpan().Path == at),
                $"expected {expected} in {Relative(at)}, got:\n" + string.Join("\n", errors.Take(10)));
        }
    }

    private static string Extreme(string name, string original)
    {
        const int twentyMegabytes = 20 * 1024 * 1024;
        string RepeatTo(string unit, int length)
        {
            var builder = new StringBuilder(length + unit.Length);
            while (builder.Length < length) builder.Append(unit);
            return builder.ToString();
        }
        string Block(int depth)
        {
            var builder = new StringBuilder("nested:\n");
            for (int i = 1; i <= depth; i++) builder.Append(' ', i).Append('k').Append(i.ToString(CultureInfo.InvariantCulture)).Append(":\n");
            return builder.Append(' ', depth + 1).Append("leaf\n").ToString();
        }
        return name switch
        {
            "20 MB article annotation" => original + "\n# " + RepeatTo("padding ", twentyMegabytes) + "\n",
            "20 MB seed" => RepeatTo(original, twentyMegabytes),
            "20 MB registry" => RepeatTo(original, twentyMegabytes),
            "3.9 MB topic description" => original.TrimEnd('\n') + "\n  - id: huge-topic\n    name: Huge\n    description: \"" + RepeatTo("a long description ", 3_900_000) + "\"\n",
            "3.9 MB seed of unmatched text" => RepeatTo("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 3_900_000),
            "50-level block nesting" => original + Block(50),
            "50-level flow nesting" => original + "nested: " + new string('[', 50) + new string(']', 50) + "\n",
            "100,000-level flow nesting" => original + "nested: " + new string('[', 100_000) + new string(']', 100_000) + "\n",
            "2,000-level block nesting" => original + Block(2_000),
            "alias bomb as the whole file" => Mutator.AliasBomb(),
            "alias bomb before the annotations" => Mutator.AliasBomb() + original,
            "1 MB line without a line end" => original + "\nbroken: \"" + new string('x', 1_000_000),
            "10,000 YAML documents" => original + RepeatTo("---\nx: 1\n", 80_000),
            "empty file" => "",
            "only a BOM" => "\uFEFF",
            "BOM" => "\uFEFF" + original,
            "CRLF line ends" => original.Replace("\n", "\r\n"),
            "CR line ends" => original.Replace("\n", "\r"),
            "tabs for indentation" => original.Replace("\n  ", "\n\t"),
            "NUL characters" => original.Insert(original.Length / 2, "\0\0"),
            _ => throw new ArgumentException(name),
        };
    }

    /// <summary>Runs one case and lists what is wrong with the outcome.</summary>
    private static (List<string> Problems, TimeSpan Elapsed, GeneratorRun? Run) Check(FuzzCorpus corpus, string path, string text, bool parse, bool load)
    {
        var problems = new List<string>();
        var watch = Stopwatch.StartNew();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        GeneratorRun run;
        try
        {
            run = corpus.Driver.RunWith(path, text);
        }
        catch (Exception e)
        {
            problems.Add("the driver threw: " + e);
            return (problems, watch.Elapsed, null);
        }
        var elapsed = watch.Elapsed;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (allocated > MaxAllocatedBytes) problems.Add($"allocated {allocated / 1048576.0:F0} MiB, more than {MaxAllocatedBytes / 1048576} MiB");

        var texts = corpus.Texts.ToDictionary(p => p.Key, p => p.Key == path ? SourceText.From(text) : p.Value, StringComparer.Ordinal);
        problems.AddRange(RunChecks.GeneratorProblems(run));
        problems.AddRange(RunChecks.LocationProblems(run.Diagnostics.Where(d => d.Id != RunChecks.GeneratorFailed), texts));
        if (parse) problems.AddRange(RunChecks.GeneratedSyntaxProblems(run));
        if (run.GeneratedSource is not { } source)
        {
            problems.Add("nothing was generated");
            return (problems, elapsed, run);
        }
        problems.AddRange(corpus.MissingMembers(source, path).Select(m => "missing although its files are unchanged: " + m));
        if (load && problems.Count == 0) problems.AddRange(LoadProblems(corpus, run, path, text));
        return (problems, elapsed, run);
    }

    /// <summary>Compiles and loads the generated corpus and reads it: article texts are the seeds, statement texts their characters.</summary>
    private static IEnumerable<string> LoadProblems(FuzzCorpus corpus, GeneratorRun run, string path, string text)
    {
        var errors = run.CompileErrors;
        if (errors.Count > 0) return errors.Take(5).Select(e => "generated code: " + e);
        var problems = new List<string>();
        try
        {
            var assembly = run.Load();
            foreach (global::Corpus.Article article in (IList)GeneratorRun.Static(assembly, "Corpus.Articles", "All")!)
            {
                var seed = corpus.Driver.Inputs.Single(i => i.Kind == "seed" && GeneratorType.SeedName(i.Path) == article.SourcePath);
                string expected = seed.Path == path ? text : seed.Text;
                if (article.Text != expected) problems.Add($"Article {article.Id}: Text is not the seed's text");
                _ = article.Body;
                foreach (var statement in article.Statements)
                {
                    // Against the seed file handed to the build, not Text's own definition.
                    if (statement.Length == 0 || statement.Start + statement.Length > expected.Length || statement.Text != expected.Substring(statement.Start, statement.Length))
                    {
                        problems.Add($"Statement {statement.Id}: Text is not the seed file's characters at {statement.Start}+{statement.Length}");
                    }
                }
            }
            foreach (global::Corpus.Official official in (IList)GeneratorRun.Static(assembly, "Corpus.Officials", "All")!)
            {
                if (official.Name.Length == 0) problems.Add($"Official {official.Id} has no name");
            }
        }
        catch (Exception e)
        {
            problems.Add("reading the generated corpus threw: " + e);
        }
        return problems;
    }

    private static string Relative(string path) => path.StartsWith(CorpusInput.Root, StringComparison.Ordinal) ? path.Substring(CorpusInput.Root.Length) : path;

    private static int? EnvironmentInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>An article of the corpus: its two files and the members generated from them.</summary>
    private sealed record ArticleFiles(string AnnotationPath, string SeedPath, string Member, IReadOnlyList<string> Statements);

    /// <summary>The repository corpus, a driver that has run over it, and what each file contributes.</summary>
    private sealed class FuzzCorpus
    {
        public FuzzCorpus(IReadOnlyList<CorpusInput> inputs)
        {
            Driver = new ReusableDriver(inputs);
            Texts = RunChecks.Texts(inputs);
            var articles = new List<ArticleFiles>();
            var registry = new List<string>();
            foreach (var input in inputs.Where(i => i.Kind == "annotation"))
            {
                var file = Parser.Parse(input.Path, input.Text);
                registry.AddRange(file.Officials.Select(o => Member("Official", o.Id.Value)));
                registry.AddRange(file.Organizations.Select(o => Member("Organization", o.Id.Value)));
                registry.AddRange(file.Topics.Select(t => Member("Topic", t.Id.Value)));
                if (file.Article is not { } article) continue;
                string seed = inputs.Single(i => i.Kind == "seed" && GeneratorType.SeedName(i.Path) == article.Source.Value).Path;
                articles.Add(new ArticleFiles(input.Path, seed, Member("Article", article.Id.Value),
                    file.Statements.Select(s => Member("Statement", s.Id.Value)).ToList()));
            }
            Articles = articles;
            RegistryMembers = registry;
        }

        public ReusableDriver Driver { get; }

        public IReadOnlyDictionary<string, SourceText> Texts { get; }

        public IReadOnlyList<ArticleFiles> Articles { get; }

        /// <summary>Officials, organizations and topics: no article or seed file can take them away.</summary>
        public IReadOnlyList<string> RegistryMembers { get; }

        private static string Member(string type, string id) => $"{type}.{CSharpNames.Member(id)}";

        /// <summary>"Article.FixtureArticle" for each generated <c>public static global::Corpus.Article FixtureArticle =&gt;</c>.</summary>
        private static HashSet<string> Members(string source) => new(
            s_member.Matches(source).Select(m => m.Groups[1].Value + "." + m.Groups[2].Value), StringComparer.Ordinal);

        private static readonly Regex s_member = new(@"^\s*public static global::Corpus\.(\w+) (\w+) =>", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        /// <summary>
        /// The members of unchanged files missing from <paramref name="source"/>. Every other article
        /// must survive any change to one file. When the change is to an article or a seed, the other
        /// articles keep every statement and the registries every entity.
        /// </summary>
        public IEnumerable<string> MissingMembers(string source, string? mutatedPath)
        {
            var members = Members(source);
            bool registryChanged = mutatedPath is not null && !Articles.Any(a => a.AnnotationPath == mutatedPath || a.SeedPath == mutatedPath);
            foreach (var article in Articles.Where(a => a.AnnotationPath != mutatedPath && a.SeedPath != mutatedPath))
            {
                if (!members.Contains(article.Member)) yield return article.Member;
                if (registryChanged) continue;
                foreach (var statement in article.Statements.Where(s => !members.Contains(s))) yield return statement;
            }
            if (registryChanged) yield break;
            foreach (var member in RegistryMembers.Where(m => !members.Contains(m))) yield return member;
        }
    }
}
