using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

using Corpus.Testing;

namespace Corpus.Cli.Tests;

/// <summary>The output depends on the corpus only: not on the run, the culture, or where it goes.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_runs_print_the_same_summary()
    {
        var first = Cli.Run();
        var second = Cli.Run();
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Summary_and_query_are_the_same_under_another_culture(string culture)
    {
        string[][] commands = [[], ["query", "--act", "intend-to-cooperate"], ["query", "--speaker", "gb"]];
        var invariant = commands.Select(args => Cultures.InCulture(CultureInfo.InvariantCulture, () => Cli.Run(args).Output)).ToList();
        var other = commands.Select(args => Cultures.InCulture(new CultureInfo(culture), () => Cli.Run(args).Output)).ToList();
        Assert.Equal(invariant, other);
    }

    [Fact]
    public void Uncolored_output_has_no_escape_codes_and_colored_output_has()
    {
        var graph = CorpusLoader.Load(CorpusFolder.Bundled).Graph;
        var plain = new StringWriter();
        new CorpusReport(graph, plain, color: false).WriteSummary();
        Assert.DoesNotContain('\u001b', plain.ToString());

        var colored = new StringWriter();
        new CorpusReport(graph, colored, color: true).WriteSummary();
        Assert.Contains("\u001b[", colored.ToString());
        // Color only decorates: without the escapes the text is the same.
        Assert.Equal(plain.ToString(), System.Text.RegularExpressions.Regex.Replace(colored.ToString(), "\u001b\\[[0-9;]*m", ""));
    }
}
