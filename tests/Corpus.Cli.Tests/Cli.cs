using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary>What one run of the command line printed, and its exit code.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
}

/// <summary>A statement as the output shows it: the line above the text, the text, the citation.</summary>
internal sealed record PrintedStatement(string Header, string Text, string SourcePath, int Line, string Id);

/// <summary>Runs <c>corpus</c> in process and reads its output back.</summary>
internal static partial class Cli
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = CorpusCommand.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>
    /// The lines of the section under <paramref name="heading"/>: from the line after the
    /// heading (a line starting with it, at column 0) up to the next heading.
    /// </summary>
    public static IReadOnlyList<string> Section(CliResult result, string heading)
    {
        var lines = result.Lines;
        int start = Array.FindIndex(lines, line => line.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, $"No section '{heading}' in:\n{result.Output}");
        var section = new List<string>();
        for (int i = start + 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0])) break;
            section.Add(lines[i]);
        }
        return section;
    }

    /// <summary>The statements printed in <paramref name="lines"/>, each a block ending in its citation line.</summary>
    public static IReadOnlyList<PrintedStatement> Statements(IEnumerable<string> lines)
    {
        var statements = new List<PrintedStatement>();
        var block = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.Trim().Length > 0)
            {
                block.Add(line);
                continue;
            }
            if (block.Count >= 3 && Citation().Match(block[^1]) is { Success: true } citation)
            {
                string text = string.Join(" ", block.Skip(1).Take(block.Count - 2).Select(l => l.Trim()));
                statements.Add(new PrintedStatement(
                    block[0].Trim(), text, citation.Groups["file"].Value, int.Parse(citation.Groups["line"].Value), citation.Groups["id"].Value));
            }
            block.Clear();
        }
        return statements;
    }

    /// <summary>The statement text as printed: in quotes, runs of whitespace as one space.</summary>
    public static string Quoted(Statement statement) =>
        "\"" + string.Join(" ", statement.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + "\"";

    [GeneratedRegex(@"^\s*(?<file>\S+):(?<line>\d+), statement (?<id>\S+)$")]
    private static partial Regex Citation();
}
