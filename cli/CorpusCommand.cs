using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace Corpus.Cli;

/// <summary>The <c>corpus</c> command line: the summary by default, <c>query</c> to select statements.</summary>
public static class CorpusCommand
{
    /// <summary>Parses <paramref name="args"/>, runs the command, and returns the exit code (0 on success).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="color">Whether to emphasize headings with ANSI escapes; only for a terminal.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool color = false)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var result = Create(color).Parse(args);
        // The error alone, without the full help after it: results stay on stdout, and the
        // lookup's messages already say what is valid.
        if (result.Action is ParseErrorAction parseError) parseError.ShowHelp = false;
        return result.Invoke(configuration);
    }

    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create(bool color = false)
    {
        var root = new RootCommand(
            "A typed, compile-time-checked corpus of official statements on cyberspace. "
            + "Without a command, prints a summary: articles, speakers, speech acts and an example query.");
        root.SetAction(result =>
        {
            new CorpusReport(result.InvocationConfiguration.Output, color).WriteSummary();
            return 0;
        });
        root.Subcommands.Add(CreateQuery(color));
        return root;
    }

    private static Command CreateQuery(bool color)
    {
        var speaker = ListOption<Actor>("--speaker", "id|code",
            "Statements made by this official or organization (ID) or in the name of this country (code: CN, US, GB).",
            TryFindSpeaker);
        var act = ListOption<SpeechAct>("--act", "act",
            "Statements with this speech act, spelled as in the YAML (deny, intend-to-cooperate).",
            CorpusLookup.TryFindSpeechAct);
        var target = ListOption<Actor>("--target", "id|code",
            "Statements whose targets include this official, organization or country.",
            TryFindTarget);
        var topic = ListOption<Topic>("--topic", "id",
            "Statements on this topic.",
            CorpusLookup.TryFindTopic);
        var article = ListOption<Article>("--article", "id|file",
            "Statements reported in this article (ID or seed file name).",
            CorpusLookup.TryFindArticle);

        var query = new Command("query",
            "Prints the statements that pass every filter given, in corpus order, with their citations. "
            + "Repeat a filter to accept any of its values: --act deny --act reject.")
        {
            speaker, act, target, topic, article,
        };
        query.SetAction(result =>
        {
            var filter = new StatementFilter(
                result.GetValue(speaker),
                result.GetValue(act),
                result.GetValue(target),
                result.GetValue(topic),
                result.GetValue(article));
            new CorpusReport(result.InvocationConfiguration.Output, color).WriteQuery(filter);
            return 0;
        });
        return query;

        static bool TryFindSpeaker(string name, [NotNullWhen(true)] out Actor? actor, [NotNullWhen(false)] out string? error) =>
            CorpusLookup.TryFindActor(name, "speaker", out actor, out error);

        static bool TryFindTarget(string name, [NotNullWhen(true)] out Actor? actor, [NotNullWhen(false)] out string? error) =>
            CorpusLookup.TryFindActor(name, "target", out actor, out error);
    }

    private delegate bool TryFind<T>(string name, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error);

    // An option that may be repeated, each value resolved against the corpus while parsing,
    // so an unknown value is a parse error with the lookup's message and a non-zero exit code.
    private static Option<List<T>> ListOption<T>(string name, string helpName, string description, TryFind<T> find)
    {
        return new Option<List<T>>(name)
        {
            Description = description,
            HelpName = helpName,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = result =>
            {
                var values = new List<T>();
                foreach (var token in result.Tokens)
                {
                    if (find(token.Value, out var value, out var error)) values.Add(value);
                    else result.AddError(error);
                }
                return values;
            },
        };
    }
}
