using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;

namespace Corpus.Benchmarks;

/// <summary>
/// Two jobs so the whole suite stays near half an hour on two cores: "Short" for the real corpus and
/// N = 100 and 1,000; "Large" (one warm-up and three measured invocations, no pilot) for N = 10,000,
/// where one operation takes seconds. Compiling the generated code of N = 10,000 takes minutes: it is
/// timed once by --cold-start instead.
/// </summary>
public sealed class SuiteConfig : ManualConfig
{
    public const string LargeCorpus = "10000";

    public SuiteConfig()
    {
        var @short = Job.Default.WithId("Short").WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(6);
        var large = Job.Default.WithId("Large").WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithInvocationCount(1).WithUnrollFactor(1);
        AddJob(@short, large);
        AddFilter(new SimpleFilter(b =>
        {
            bool isLarge = b.Parameters["Corpus"] as string == LargeCorpus;
            if (isLarge != (b.Job.Id == "Large")) return false;
            return !(isLarge && b.Descriptor.WorkloadMethod.Name is nameof(GeneratorBenchmarks.CompileGenerated) or nameof(LoadBenchmarks.Yaml));
        }));
    }
}
