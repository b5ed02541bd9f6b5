namespace Corpus.Cli;

/// <summary>Where long work reports how far it is: a progress bar on a terminal, nothing otherwise.</summary>
public interface IProgressSink
{
    /// <summary>Reports nothing.</summary>
    public static IProgressSink None { get; } = new Silent();

    /// <summary>Starts a step of <paramref name="total"/> units.</summary>
    IProgressTask Start(string description, int total);

    private sealed class Silent : IProgressSink, IProgressTask
    {
        public IProgressTask Start(string description, int total) => this;

        public void Advance(int units = 1)
        {
        }
    }
}

/// <summary>One step of long work.</summary>
public interface IProgressTask
{
    /// <summary>Marks <paramref name="units"/> more units done.</summary>
    void Advance(int units = 1);
}
