using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary><c>corpus show</c>: the article with its annotations over it.</summary>
public sealed class ShowTests
{
    [Fact]
    public void Plain_output_marks_each_statement_with_brackets_and_lists_it_under_its_line()
    {
        var result = Cli.Run("show", "polar-council-network-rules", "--corpus", TestCorpora.Clean);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain('\u001b', result.Output);
        var lines = result.Lines;
        // Nine lines: a gutter one digit wide.
        string line5 = lines.Single(l => l.StartsWith("5 │ ", StringComparison.Ordinal));
        Assert.Equal("5 │ \"[No station should monitor another station's traffic 🛰️],\" Solberg told reporters at the council's weekly briefing.", line5);
        int index = Array.IndexOf(lines, line5);
        Assert.Equal("  │   ↳ solberg-no-monitoring: Mira Solberg, direct-quote, demand", lines[index + 1]);
        Assert.Contains("9 │ {ALSO READ: Ice core data centre opens}", lines);
        Assert.Equal("3 statements by 1 speaker; 1 boilerplate passage; 0 unannotated quotations", lines[1]);
    }

    [Fact]
    public void Every_bundled_statement_is_shown_with_its_exact_text_in_brackets()
    {
        foreach (var article in Articles.All)
        {
            var result = Cli.Run("show", article.SourcePath, "--bundled");
            Assert.True(result.ExitCode == 0, result.Error);
            // Without the markup and gutter, the lines are the article's lines.
            var textLines = result.Lines.Where(l => Regex.IsMatch(l, @"^ *\d+[ !]│ ")).Select(l => Regex.Replace(l.Substring(l.IndexOf('│') + 2), @"[\[\]{}]", "")).ToList();
            var articleLines = article.Text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            Assert.Equal(articleLines.Select(l => Regex.Replace(l, @"[\[\]{}]", "")), textLines);
            foreach (var statement in article.Statements)
            {
                Assert.Contains($"↳ {statement.Id}: {statement.Speaker.Name},", result.Output);
                // Statements may overlap, so another's marks can fall inside a text.
                if (!statement.Text.Contains('\n')) Assert.Contains(Regex.Replace(statement.Text, @"[\[\]{}]", ""), Regex.Replace(result.Output, @"[\[\]{}]", ""));
            }
        }
    }

    [Fact]
    public void Quotation_that_nothing_covers_is_flagged()
    {
        using var corpus = TestCorpora.Copy();
        string annotation = corpus.File("annotations/articles/station-notice.yaml");
        File.WriteAllText(annotation, File.ReadAllText(annotation).Split("not-speech:")[0]);
        var result = Cli.Run("show", "station-alpha-uplink", "--corpus", corpus.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("5!│ The notice was titled \"Uplink restored\".", result.Lines);
        Assert.Contains("  │   ! quotation not annotated: \"Uplink restored\"; add a statement or a not-speech entry", result.Lines);
        Assert.Contains("1 unannotated quotation", result.Output);
    }

    [Fact]
    public void Flags_exactly_the_quotations_the_build_reports_as_not_covered()
    {
        using var corpus = TestCorpora.Copy();
        // A statement that takes in only part of a quotation leaves it uncovered.
        string annotation = corpus.File("annotations/articles/polar-briefing.yaml");
        File.WriteAllText(annotation, File.ReadAllText(annotation).Replace(
            "text: agree on common rules for the shared network before the winter season", "text: agree on common rules", StringComparison.Ordinal));

        var check = Cli.Run("check", corpus.Path, "--format", "json");
        var reported = System.Text.Json.Nodes.JsonNode.Parse(check.Output)!.AsArray()
            .Where(d => d!["id"]!.GetValue<string>() == "CORP050")
            .Select(d => d!["line"]!.GetValue<int>())
            .ToList();
        Assert.Equal([3], reported);

        var show = Cli.Run("show", "polar-council-network-rules", "--corpus", corpus.Path);
        var flagged = show.Lines.Select(l => Regex.Match(l, @"^ *(\d+)!│")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(reported, flagged);
        Assert.Contains("  │   ! quotation not annotated: \"agree on common rules for the shared network before the winter season\"; add a statement or a not-speech entry", show.Lines);
    }

    [Fact]
    public void Colored_output_colours_statements_by_speaker_and_dims_boilerplate()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, CorpusCommand.Run(["show", "polar-council-network-rules", "--corpus", TestCorpora.Clean], output, error, color: true));
        string text = output.ToString();
        Assert.Contains("\u001b[36mNo station should monitor another station's traffic 🛰️\u001b[0m", text);
        Assert.Contains("\u001b[2mALSO READ: Ice core data centre opens\u001b[0m", text);
        Assert.DoesNotContain("[No station", text);
    }

    [Fact]
    public void Unknown_article_is_bad_input_naming_the_articles()
    {
        var result = Cli.Run("show", "polar-council", "--corpus", TestCorpora.Clean);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("Unknown article 'polar-council'", result.Error);
        Assert.Contains("polar-council-network-rules (polar-briefing.txt)", result.Error);
    }
}
