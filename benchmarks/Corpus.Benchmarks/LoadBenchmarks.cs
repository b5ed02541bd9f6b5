using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Loading;
using YamlDotNet.Serialization;

namespace Corpus.Benchmarks;

/// <summary>
/// In process and warm (JIT done): reading the corpus the generated library compiled in, against what a
/// user would do instead, loading the same corpus from JSON (System.Text.Json, by reflection and through its
/// source-generated context) or YAML (YamlDotNet) into plain classes, each followed by the same first query.
/// The cold-process numbers are from --cold-start.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SuiteConfig))]
public class LoadBenchmarks
{
    private PreparedCorpus _corpus = null!;
    private byte[] _json = Array.Empty<byte>();
    private string _yaml = "";
    private IDeserializer _deserializer = null!;

    [Params(Corpora.Real, "100", "1000", "10000")]
    public string Corpus { get; set; } = Corpora.Real;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = PreparedCorpus.Generate(Corpus);
        _json = _corpus.ToJson();
        _deserializer = new DeserializerBuilder().Build();
        bool yaml = Corpus != SuiteConfig.LargeCorpus;
        if (yaml) _yaml = _corpus.ToYaml();
        // All must answer alike, or the comparison means nothing.
        var expected = PreparedCorpus.FirstQuery(_corpus.Graph);
        if (expected.Count == 0) throw new InvalidOperationException("the first query finds nothing");
        if (Json() != expected.Count || JsonSourceGenerated() != expected.Count || (yaml && Yaml() != expected.Count) || Generated() != expected.Count)
        {
            throw new InvalidOperationException("the loaders disagree on the first query");
        }
    }

    /// <summary>The generated library's first use: its compiled data read into the linked graph, then the query.</summary>
    [Benchmark(Baseline = true)]
    public int Generated() => PreparedCorpus.FirstQuery(_corpus.LoadGraph()).Count;

    [Benchmark]
    public int Json() => FirstQuery.Run(JsonSerializer.Deserialize<CorpusDocument>(_json)!).Count;

    /// <summary>System.Text.Json through its source-generated metadata (<see cref="CorpusJsonContext"/>): no reflection.</summary>
    [Benchmark]
    public int JsonSourceGenerated() => FirstQuery.Run(JsonSerializer.Deserialize(_json, CorpusJsonContext.Default.CorpusDocument)!).Count;

    [Benchmark]
    public int Yaml() => FirstQuery.Run(_deserializer.Deserialize<CorpusDocument>(_yaml)).Count;
}
