using System.CommandLine;

namespace Corpus.Cli;

/// <summary><c>corpus show</c>.</summary>
public static class ShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console) => new("show");
}
