using System;
using System.IO;

namespace Corpus.Cli;

/// <summary>Where a command writes, and whether for a terminal.</summary>
/// <param name="Output">Results.</param>
/// <param name="Error">Errors and diagnostics of commands whose result is data.</param>
/// <param name="Color">Whether the output is a terminal that shows colours.</param>
/// <param name="Progress">Where long work reports progress.</param>
public sealed record CliConsole(TextWriter Output, TextWriter Error, bool Color, IProgressSink Progress)
{
    /// <summary>
    /// Runs a command's work: bad input becomes its one-line message and exit code 2, anything
    /// unexpected one line and exit code 3, never a stack trace.
    /// </summary>
    public int Guard(Func<int> work)
    {
        try
        {
            return work();
        }
        catch (CorpusInputException e)
        {
            Error.WriteLine("corpus: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error.WriteLine("corpus: " + e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Error.WriteLine($"corpus: internal error ({e.GetType().Name}: {e.Message}); please report it with the command that caused it.");
            return ExitCodes.InternalError;
        }
    }
}
