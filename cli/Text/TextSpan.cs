namespace Corpus.Cli;

/// <summary>A span of an article text: UTF-16 offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the two spans share a character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
