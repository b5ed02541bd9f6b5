using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;

namespace Corpus.Cli;

/// <summary><c>corpus query</c>: the statements that pass every filter, with their citations.</summary>
public static class QueryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var speaker = ListOption("--speaker", "id|code",
            "Statements made by this official or organization (ID) or in the name of this country (code: CN, US, GB).");
        var act = ListOption("--act", "act",
            "Statements with this speech act, spelled as in the YAML (deny, intend-to-cooperate).");
        var target = ListOption("--target", "id|code",
            "Statements whose targets include this official, organization or country.");
        var topic = ListOption("--topic", "id",
            "Statements on this topic.");
        var article = ListOption("--article", "id|file",
            "Statements reported in this article (ID or seed file name).");

        var query = new Command("query",
            "Prints the statements that pass every filter given, in corpus order, with their citations. "
            + "Repeat a filter to accept any of its values: --act deny --act reject.")
        {
            speaker, act, target, topic, article,
        };
        var corpus = new CorpusOptions().AddTo(query);
        query.SetAction(result => console.Guard(() =>
        {
            // Acts are known without a corpus: a misspelt one is reported before any file is read.
            var acts = Resolve<SpeechAct>(result.GetValue(act), CorpusLookup.TryFindSpeechAct);
            if (corpus.Load(result, console, requireClean: true, bundledByDefault: true) is not { } loaded) return ExitCodes.CorpusErrors;
            var lookup = new CorpusLookup(loaded.Graph);
            var filter = new StatementFilter(
                Resolve<Actor>(result.GetValue(speaker), (string name, [NotNullWhen(true)] out Actor? value, [NotNullWhen(false)] out string? error) => lookup.TryFindActor(name, "speaker", out value, out error)),
                acts,
                Resolve<Actor>(result.GetValue(target), (string name, [NotNullWhen(true)] out Actor? value, [NotNullWhen(false)] out string? error) => lookup.TryFindActor(name, "target", out value, out error)),
                Resolve<Topic>(result.GetValue(topic), lookup.TryFindTopic),
                Resolve<Article>(result.GetValue(article), lookup.TryFindArticle));
            new CorpusReport(loaded.Graph, console.Output, console.Color).WriteQuery(filter);
            return ExitCodes.Success;
        }));
        return query;
    }

    private delegate bool TryFind<T>(string name, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error);

    // Every value is resolved against the corpus; an unknown one is bad input with the lookup's message.
    private static List<T> Resolve<T>(List<string>? names, TryFind<T> find)
    {
        var values = new List<T>();
        foreach (var name in names ?? new List<string>())
        {
            if (!find(name, out var value, out var error)) throw new CorpusInputException(error);
            values.Add(value);
        }
        return values;
    }

    private static Option<List<string>> ListOption(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.OneOrMore,
    };
}
