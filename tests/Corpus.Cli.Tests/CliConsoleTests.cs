using System;
using System.IO;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>Failures reach the user as one line and an exit code, whether the work ran on one core or several.</summary>
public sealed class CliConsoleTests
{
    private static (int ExitCode, string Error) Guarded(Exception failure)
    {
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error, Color: false, IProgressSink.None);
        int code = console.Guard(() => throw failure);
        return (code, error.ToString());
    }

    [Fact]
    public void A_write_that_fails_on_another_core_is_reported_as_itself()
    {
        var (code, error) = Guarded(new AggregateException(new IOException("No space left on device : '/out/statements.parquet'")));
        Assert.Equal(2, code);
        Assert.Equal("corpus: No space left on device : '/out/statements.parquet'" + Environment.NewLine, error);
    }

    [Fact]
    public void Bad_input_found_in_nested_parallel_work_keeps_its_message()
    {
        var (code, error) = Guarded(new AggregateException(new AggregateException(new CorpusInputException("seeds/a.txt(3): not UTF-8"))));
        Assert.Equal(2, code);
        Assert.Equal("corpus: seeds/a.txt(3): not UTF-8" + Environment.NewLine, error);
    }

    [Fact]
    public void Anything_else_is_one_line_naming_the_failure_not_the_wrapper()
    {
        var (code, error) = Guarded(new AggregateException(new InvalidOperationException("boom")));
        Assert.Equal(3, code);
        Assert.StartsWith("corpus: internal error (InvalidOperationException: boom)", error, StringComparison.Ordinal);
        Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
