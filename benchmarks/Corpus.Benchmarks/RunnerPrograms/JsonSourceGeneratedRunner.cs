using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Benchmarks.Loading;

// Cold-start runner for System.Text.Json with a source-generated context (CorpusJsonContext, no reflection)
// into the same plain classes, then the same query.
public static class Program
{
    private static CorpusDocument? s_corpus;

    public static int Main(string[] args)
    {
        using (var stream = File.OpenRead(args[0])) s_corpus = JsonSerializer.Deserialize(stream, CorpusJsonContext.Default.CorpusDocument)!;
        var (count, id, text) = FirstQuery.Run(s_corpus);
        RunnerOutput.Result(count, id, text);
        RunnerOutput.Memory(s_corpus.Articles.Sum(a => a.Statements.Count), () => s_corpus.Articles.Sum(a => (long)a.Text.Length));
        return 0;
    }
}
