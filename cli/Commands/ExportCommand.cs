using System.CommandLine;

namespace Corpus.Cli;

/// <summary><c>corpus export</c>.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console) => new("export");
}
