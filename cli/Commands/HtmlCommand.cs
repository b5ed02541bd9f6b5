using System;
using System.CommandLine;
using System.IO;
using Corpus.Cli.Html;

namespace Corpus.Cli.Commands;

/// <summary><c>corpus html --out DIR [CORPUS]</c>: writes the static HTML report of a corpus.</summary>
public static class HtmlCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="loadFolder">
    /// Loads a corpus folder (annotations and seeds) as the other commands do; without it the command
    /// reports the bundled corpus only and takes no folder argument.
    /// </param>
    public static Command Create(Func<string, CorpusGraph>? loadFolder = null)
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write the report into: created, or replaced whole if it holds an earlier report. Open index.html in a browser: no server or network needed.",
            HelpName = "dir",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Replace the output folder even if it holds something other than a report." };
        var folder = new Argument<DirectoryInfo?>("corpus")
        {
            Description = "The corpus folder to report (its annotations/ and seeds/); the bundled corpus when absent.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("html",
            "Writes a self-contained static HTML report: every statement highlighted in its article, a page per official, "
            + "organization, event, topic and country, plots of the corpus, and a filterable statement table. The same corpus gives the same bytes.")
        {
            output, force,
        };
        if (loadFolder is not null) command.Arguments.Add(folder);
        command.SetAction(result =>
        {
            var directory = result.GetValue(output)!;
            var corpusFolder = loadFolder is null ? null : result.GetValue(folder);
            int files;
            try
            {
                // The report replaces its folder whole, so it must never be the corpus or hold it, even with --force.
                if (corpusFolder is not null && IsSameOrInside(corpusFolder.FullName, directory.FullName))
                {
                    throw new CorpusInputException($"The output folder '{directory.FullName}' holds the corpus folder '{corpusFolder.FullName}'; choose another --out.");
                }
                var corpus = corpusFolder is null ? BundledCorpus.Load() : ReportCorpus.FromGraph(loadFolder!(corpusFolder.FullName));
                files = HtmlReport.Write(corpus, directory.FullName, result.GetValue(force));
            }
            catch (Exception e) when (e is CorpusInputException or IOException or UnauthorizedAccessException)
            {
                // One line naming what to do, as every command reports bad input (exit code 2).
                result.InvocationConfiguration.Error.WriteLine("corpus: " + e.Message);
                return ExitCodes.BadInput;
            }
            result.InvocationConfiguration.Output.WriteLine(
                $"Wrote {Wording.Count(files, "file")} to {directory.FullName}; open {Path.Combine(directory.FullName, "index.html")}.");
            return 0;
        });
        return command;
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        string inner = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), outer = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
