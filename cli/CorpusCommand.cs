using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;

namespace Corpus.Cli;

/// <summary>
/// The <c>corpus</c> command line: the summary by default; <c>query</c>, <c>check</c>, <c>new</c>,
/// <c>show</c>, <c>export</c> and <c>html</c>, one file each under <c>Commands/</c>.
/// </summary>
/// <remarks>Exit codes: 0 success, 1 the corpus has errors, 2 bad usage or bad input, 3 an internal error.</remarks>
public static class CorpusCommand
{
    /// <summary>Parses <paramref name="args"/>, runs the command, and returns the exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results and help go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="color">Whether output is for a terminal that shows colours (ANSI escapes).</param>
    /// <param name="progress">Where long work reports progress; nothing by default.</param>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool color = false, IProgressSink? progress = null)
    {
        var console = new CliConsole(output, error, color, progress ?? IProgressSink.None);
        var result = Create(console).Parse(args);
        if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
        {
            // One line per error: the parser's lists of valid values are folded onto it.
            foreach (var parseError in result.Errors)
            {
                error.WriteLine("corpus: " + string.Join(" ", parseError.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
            }
            return ExitCodes.BadInput;
        }
        return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create(CliConsole console)
    {
        var root = SummaryCommand.Create(console);
        root.Subcommands.Add(QueryCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(NewCommand.Create(console));
        root.Subcommands.Add(ShowCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(Commands.HtmlCommand.Create(LoadForReport));
        return root;
    }

    // The report shows a checked corpus only: a folder with errors is refused, as a build refuses it.
    private static CorpusGraph LoadForReport(string directory)
    {
        var loaded = CorpusLoader.Load(CorpusFolder.At(directory));
        if (loaded.ErrorCount > 0)
        {
            throw new CorpusInputException($"{loaded.Folder.Name} has {Words.Count(loaded.ErrorCount, "error")}; fix them first ('corpus check' lists them).");
        }
        return loaded.Graph;
    }
}

/// <summary>The process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Done; for <c>check</c>, no errors.</summary>
    public const int Success = 0;

    /// <summary>The corpus has errors.</summary>
    public const int CorpusErrors = 1;

    /// <summary>Bad usage or bad input: a missing folder, an unknown article, an unwritable output.</summary>
    public const int BadInput = 2;

    /// <summary>A fault of the tool itself.</summary>
    public const int InternalError = 3;
}
