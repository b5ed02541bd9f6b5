using System.CommandLine;

namespace Corpus.Cli;

/// <summary><c>corpus</c> without a command: the summary of a corpus.</summary>
public static class SummaryCommand
{
    /// <summary>The root command, whose own action prints the summary.</summary>
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand(
            "A typed, compile-time-checked corpus of official statements on cyberspace. "
            + "Without a command, prints a summary of a corpus: articles, speakers, speech acts and an example query. "
            + "The corpus is the current directory when it has annotations/, otherwise the bundled one.");
        var corpus = new CorpusOptions().AddTo(root);
        root.SetAction(result => console.Guard(() =>
        {
            if (corpus.Load(result, console, requireClean: true, bundledByDefault: true) is not { } loaded) return ExitCodes.CorpusErrors;
            new CorpusReport(loaded.Graph, console.Output, console.Color).WriteSummary();
            return ExitCodes.Success;
        }));
        return root;
    }
}
