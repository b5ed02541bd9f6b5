using System.IO;
using System.Linq;
using Corpus.Benchmarks.Loading;
using YamlDotNet.Serialization;

// Cold-start runner for the run-time alternative: YamlDotNet into plain classes, then the same query.
public static class Program
{
    private static CorpusDocument? s_corpus;

    public static int Main(string[] args)
    {
        using (var reader = new StreamReader(args[0])) s_corpus = new DeserializerBuilder().Build().Deserialize<CorpusDocument>(reader);
        var (count, id, text) = FirstQuery.Run(s_corpus);
        RunnerOutput.Result(count, id, text);
        RunnerOutput.Memory(s_corpus.Articles.Sum(a => a.Statements.Count), () => s_corpus.Articles.Sum(a => (long)a.Text.Length));
        return 0;
    }
}
