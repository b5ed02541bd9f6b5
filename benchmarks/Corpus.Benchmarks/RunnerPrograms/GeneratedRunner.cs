using System.Linq;
using Corpus;

// Cold-start runner for the generated library: the first LINQ query over Bench.Statements.
public static class Program
{
    public static int Main()
    {
        var hits = Bench.Statements.All.Where(s => s.Act == SpeechAct.Accuse && s.Speaker is Official { Country.Code: "CN" }).ToList();
        RunnerOutput.Result(hits.Count, hits.Count == 0 ? "" : hits[0].Id, hits.Count == 0 ? "" : hits[0].Text);
        RunnerOutput.Memory(Bench.Statements.All.Count, () =>
        {
            long characters = 0;
            foreach (var article in Bench.Articles.All) characters += article.Text.Length;
            return characters;
        });
        return 0;
    }
}
