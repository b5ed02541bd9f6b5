using System;

namespace Corpus.Cli;

/// <summary>Bad input or bad usage: a missing folder, an unreadable seed, an output that exists. Printed as one line; exit code 2.</summary>
public sealed class CorpusInputException : Exception
{
    /// <summary>Creates the error; <paramref name="message"/> says what is wrong and what to do.</summary>
    public CorpusInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public CorpusInputException(string message, Exception inner) : base(message, inner)
    {
    }
}
