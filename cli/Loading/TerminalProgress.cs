using System;
using System.Threading;
using Spectre.Console;

namespace Corpus.Cli;

/// <summary>
/// A progress bar on an interactive terminal, one per step of work, cleared when the step ends.
/// Steps of fewer than <see cref="MinimumUnits"/> units draw nothing: they end before a bar is seen.
/// </summary>
public sealed class TerminalProgress : IProgressSink
{
    /// <summary>The smallest step that gets a bar.</summary>
    public const int MinimumUnits = 500;

    private readonly IAnsiConsole _console;

    /// <summary>A progress bar on <paramref name="console"/>; the program passes the error output, so results on the standard output stay clean.</summary>
    public TerminalProgress(IAnsiConsole console) => _console = console ?? throw new ArgumentNullException(nameof(console));

    /// <inheritdoc/>
    public IProgressTask Start(string description, int total, bool indeterminate = false) =>
        total < MinimumUnits ? IProgressSink.None.Start(description, total) : new Bar(_console, description, total, indeterminate);

    // Spectre's live display runs on its own thread for as long as the step lasts.
    private sealed class Bar : IProgressTask
    {
        private readonly ManualResetEventSlim _ready = new();
        private readonly ManualResetEventSlim _done = new();
        private readonly Thread _thread;
        private ProgressTask? _task;

        public Bar(IAnsiConsole console, string description, int total, bool indeterminate)
        {
            _thread = new Thread(() => console.Progress().AutoClear(true).HideCompleted(true).Start(context =>
            {
                _task = context.AddTask(Markup.Escape(description), maxValue: total);
                _task.IsIndeterminate = indeterminate;
                _ready.Set();
                _done.Wait();
                _task.Value = total;
            }))
            { IsBackground = true, Name = "progress" };
            _thread.Start();
            _ready.Wait();
        }

        public void Advance(int units = 1) => _task!.Increment(units);

        public void Dispose()
        {
            _done.Set();
            _thread.Join();
            _ready.Dispose();
            _done.Dispose();
        }
    }
}
