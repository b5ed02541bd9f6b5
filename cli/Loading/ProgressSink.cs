using System;

namespace Corpus.Cli;

/// <summary>Where long work reports how far it is: a progress bar on a terminal, nothing otherwise.</summary>
public interface IProgressSink
{
    /// <summary>Reports nothing.</summary>
    public static IProgressSink None { get; } = new Silent();

    /// <summary>Starts a step of <paramref name="total"/> units; disposing the step ends it.</summary>
    /// <param name="description">What the step does.</param>
    /// <param name="total">How many units it has: its size, whether or not it reports them.</param>
    /// <param name="indeterminate">Whether the step reports no units done, only that it is under way.</param>
    IProgressTask Start(string description, int total, bool indeterminate = false);

    private sealed class Silent : IProgressSink, IProgressTask
    {
        public IProgressTask Start(string description, int total, bool indeterminate = false) => this;

        public void Advance(int units = 1)
        {
        }

        public void Dispose()
        {
        }
    }
}

/// <summary>One step of long work; output may be written again once it is disposed.</summary>
public interface IProgressTask : IDisposable
{
    /// <summary>Marks <paramref name="units"/> more units done.</summary>
    void Advance(int units = 1);
}
