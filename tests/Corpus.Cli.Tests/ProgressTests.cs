using System.IO;
using Spectre.Console;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>Progress: a bar on an interactive terminal for long steps, nothing otherwise.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void Long_step_draws_a_bar_on_an_interactive_terminal()
    {
        var terminal = new StringWriter();
        var progress = new TerminalProgress(Terminal(terminal));
        using (var step = progress.Start("Reading big-corpus", TerminalProgress.MinimumUnits * 2))
        {
            step.Advance(TerminalProgress.MinimumUnits);
            System.Threading.Thread.Sleep(300);
        }
        Assert.Contains("Reading big-corpus", terminal.ToString());
    }

    [Fact]
    public void Short_step_draws_nothing()
    {
        var terminal = new StringWriter();
        using (var step = new TerminalProgress(Terminal(terminal)).Start("Reading small", TerminalProgress.MinimumUnits - 1))
        {
            step.Advance();
        }
        Assert.Equal("", terminal.ToString());
    }

    private static IAnsiConsole Terminal(StringWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(writer),
    });
}
