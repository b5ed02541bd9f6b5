using System.CommandLine;
using System.IO;
using System.Linq;

namespace Corpus.Cli;

/// <summary>How a command is told which corpus to read: <c>--corpus DIR</c>, <c>--bundled</c>, or the current directory.</summary>
public sealed class CorpusOptions
{
    /// <summary>Which corpus folder to read.</summary>
    public Option<string?> Corpus { get; } = new("--corpus")
    {
        Description = "The corpus folder (with annotations/ and seeds/). Default: the current directory.",
        HelpName = "dir",
    };

    /// <summary>Read the corpus shipped with the tool.</summary>
    public Option<bool> Bundled { get; } = new("--bundled")
    {
        Description = "Use the corpus bundled with the tool.",
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public CorpusOptions AddTo(Command command)
    {
        command.Options.Add(Corpus);
        command.Options.Add(Bundled);
        return this;
    }

    /// <summary>
    /// The corpus the command line names: <paramref name="positional"/> or <c>--corpus</c>, the bundled
    /// one with <c>--bundled</c>; otherwise the current directory, or, when <paramref name="bundledByDefault"/>
    /// and the current directory is no corpus, the bundled one.
    /// </summary>
    /// <exception cref="CorpusInputException">Two corpora are named, or the one named is missing or empty.</exception>
    public CorpusFolder Resolve(ParseResult result, string? positional = null, bool bundledByDefault = false)
    {
        string? directory = result.GetValue(Corpus);
        if (positional is not null && directory is not null && positional != directory)
        {
            throw new CorpusInputException($"Two corpus folders given ('{positional}' and --corpus '{directory}'); give one.");
        }
        directory ??= positional;
        if (result.GetValue(Bundled))
        {
            if (directory is not null) throw new CorpusInputException($"Both --bundled and the folder '{directory}' given; give one.");
            return CorpusFolder.Bundled;
        }
        if (directory is not null) return CorpusFolder.At(directory);
        string current = Directory.GetCurrentDirectory();
        if (bundledByDefault && !CorpusFolder.IsCorpus(current)) return CorpusFolder.Bundled;
        if (!CorpusFolder.IsCorpus(current))
        {
            throw new CorpusInputException(
                $"The current directory ({current}) is not a corpus folder: it has no annotations/. Run in a corpus folder, or pass --corpus DIR or --bundled.");
        }
        return CorpusFolder.At(current);
    }

    /// <summary>Reads and checks the corpus the command line names, keeping only what the checks report.</summary>
    public CheckedCorpus Check(ParseResult result, CliConsole console, string? positional = null) =>
        CorpusLoader.Check(Resolve(result, positional, bundledByDefault: false), console.Progress);

    /// <summary>
    /// Reads, checks and links the corpus the command line names. With <paramref name="requireClean"/>, a corpus
    /// with errors is refused, as a build refuses it: its errors go to the error output and the result is null.
    /// </summary>
    public LinkedCorpus? Load(ParseResult result, CliConsole console, bool requireClean, string? positional = null, bool bundledByDefault = false)
    {
        var corpus = CorpusLoader.Load(Resolve(result, positional, bundledByDefault), console.Progress);
        if (!requireClean || corpus.ErrorCount == 0) return corpus;
        MsBuildFormat.Write(console.Error, corpus.Diagnostics.Where(d => d.IsError));
        console.Error.WriteLine($"corpus: {corpus.Folder.Name} has {Words.Count(corpus.ErrorCount, "error")}; fix them first ('corpus check' lists them).");
        return null;
    }
}
