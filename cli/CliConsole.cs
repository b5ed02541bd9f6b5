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
        catch (Exception e) when (Cause(e) is not OutOfMemoryException)
        {
            switch (Cause(e))
            {
                case CorpusInputException input:
                    Error.WriteLine("corpus: " + input.Message);
                    return ExitCodes.BadInput;
                case IOException or UnauthorizedAccessException:
                    Error.WriteLine("corpus: " + Cause(e).Message);
                    return ExitCodes.BadInput;
                default:
                    Error.WriteLine($"corpus: internal error ({Cause(e).GetType().Name}: {Cause(e).Message}); please report it with the command that caused it.");
                    return ExitCodes.InternalError;
            }
        }
    }

    /// <summary>What went wrong: work done on several cores fails with its first failure, reported as itself.</summary>
    private static Exception Cause(Exception e) =>
        e is AggregateException aggregate && aggregate.Flatten().InnerExceptions is { Count: > 0 } inner ? inner[0] : e;
}
