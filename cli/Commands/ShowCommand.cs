using System.CommandLine;

namespace Corpus.Cli;

/// <summary><c>corpus show ARTICLE</c>: the article with its annotations over it.</summary>
public static class ShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var article = new Argument<string>("article") { Description = "The article: its ID or its seed file name." };
        var show = new Command("show",
            "Prints an article's text with every statement span marked (one colour per speaker on a terminal, [brackets] otherwise), "
            + "statement IDs under the line they start on, boilerplate dimmed ({braces}), and quoted passages that no statement "
            + "or not-speech entry covers flagged with '!'.")
        {
            article,
        };
        var corpus = new CorpusOptions().AddTo(show);
        show.SetAction(result => console.Guard(() =>
        {
            // Shown even while the corpus has errors: it is how an annotator sees what is left to do.
            var loaded = corpus.Load(result, console, requireClean: false)!;
            if (!new CorpusLookup(loaded.Graph).TryFindArticle(result.GetValue(article)!, out var found, out var error))
            {
                throw new CorpusInputException(error);
            }
            if (loaded.ErrorCount > 0)
            {
                console.Error.WriteLine($"corpus: {loaded.Folder.Name} has {Words.Count(loaded.ErrorCount, "error")}; what they concern is not shown ('corpus check' lists them).");
            }
            new ArticleView(found, console.Color).Write(console.Output);
            return ExitCodes.Success;
        }));
        return show;
    }
}
