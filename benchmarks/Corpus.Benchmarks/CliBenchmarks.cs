using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Corpus.Cli;

namespace Corpus.Benchmarks;

/// <summary>
/// The <c>corpus</c> tool on a corpus folder on disk, in process: <c>check</c> (read every file, the
/// generator's parse, link and checks) and <c>export --format parquet</c> (the same, then every table
/// written). Targets at N = 10,000: check ≤ 5 s, export ≤ 10 s.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class CliBenchmarks
{
    private string _folder = "";

    [Params(Corpora.Real, "100", "1000", "10000")]
    public string Corpus { get; set; } = Corpora.Real;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "corpus-cli-bench-" + Corpus);
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        Synthetic.SyntheticCorpus.WriteTo(Corpora.Load(Corpus), _folder);
        if (Check() != ExitCodes.Success) throw new InvalidOperationException($"corpus check found errors in {Corpus}.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int Check() => CorpusCommand.Run(["check", _folder], TextWriter.Null, TextWriter.Null);

    [Benchmark]
    public int ExportParquet() =>
        CorpusCommand.Run(["export", "--corpus", _folder, "--format", "parquet", "--out", Path.Combine(_folder, "export"), "--force"], TextWriter.Null, TextWriter.Null);
}
