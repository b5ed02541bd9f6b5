using System.CommandLine;

namespace Corpus.Cli;

/// <summary><c>corpus new</c>.</summary>
public static class NewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console) => new("new");
}
