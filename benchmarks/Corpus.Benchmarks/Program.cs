using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- [mode]
//   (no mode) | BenchmarkDotNet options   the BenchmarkDotNet suites (all of them unless --filter says otherwise)
//   --ci                                  N = 100 and the real corpus once through every path, with checks (CI)
//   --cold-start [corpora] [--runs N] [--yaml-runs-large N]
//                                         fresh-process start to first query: generated library, JSON, YAML
//   --profile [corpus] [--no-compile] [--no-stages] [--edit-runs N] [--stages-only]
//                                         where the generator and the compiler spend their time (writes the generated source beside the report)
//   --write-corpus N DIRECTORY            writes the synthetic corpus of N articles as annotation and seed files
//   --html [corpus] [--runs N] [--no-browser]
//                                         writes the HTML report (N = 1,000 by default) and opens its index in headless Chromium
string work = Path.Combine(Corpora.RepositoryRoot(), "benchmarks", "artifacts");
string Option(string name, string fallback)
{
    int index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : fallback;
}

switch (args.FirstOrDefault())
{
    case "--ci":
        CiSmoke.Run(Path.Combine(work, "ci"));
        return 0;
    case "--cold-start":
    {
        var corpora = Option("--cold-start", "real,100,1000,10000").Split(',');
        int runs = int.Parse(Option("--runs", "10"), CultureInfo.InvariantCulture);
        int yamlRunsLarge = int.Parse(Option("--yaml-runs-large", "1"), CultureInfo.InvariantCulture);
        string report = ColdStart.Run(corpora, runs, yamlRunsLarge, Path.Combine(work, "cold-start"));
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "cold-start.md"), report);
        Console.WriteLine();
        Console.WriteLine(report);
        return 0;
    }
    case "--profile":
    {
        string name = Option("--profile", SuiteConfig.LargeCorpus);
        Directory.CreateDirectory(work);
        string report = Profile.Run(name, Path.Combine(work, $"profile-{name}.g.cs"), compile: !args.Contains("--no-compile"),
            stages: !args.Contains("--no-stages"), editRuns: int.Parse(Option("--edit-runs", "10"), CultureInfo.InvariantCulture),
            driverRuns: !args.Contains("--stages-only"));
        File.WriteAllText(Path.Combine(work, $"profile-{name}.txt"), report);
        return 0;
    }
    case "--html":
    {
        string name = Option("--html", "1000");
        string report = HtmlReportTiming.Run(name, int.Parse(Option("--runs", "5"), CultureInfo.InvariantCulture), work, browser: !args.Contains("--no-browser"));
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, $"html-{name}.md"), report);
        Console.WriteLine();
        Console.WriteLine(report);
        return 0;
    }
    case "--write-corpus":
        Corpus.Benchmarks.Synthetic.SyntheticCorpus.WriteTo(Corpus.Benchmarks.Synthetic.SyntheticCorpus.Build(int.Parse(args[1], CultureInfo.InvariantCulture)), args[2]);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args);
        return 0;
}
