using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Corpus.Cli;

/// <summary><c>corpus export</c>: the checked corpus as tables, for pandas, R, DuckDB or Spark.</summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "parquet, csv (RFC 4180, UTF-8) or jsonl (JSON Lines).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("parquet", "csv", "jsonl");
        var output = new Option<string>("--out")
        {
            Description = "The folder to write: one file per table and provenance.json. Must not exist, unless --force.",
            HelpName = "dir",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Replace the output folder if it exists." };
        var time = new Option<string?>("--time")
        {
            Description = "The export time to record in provenance.json (ISO 8601, e.g. 2025-01-31T12:00:00Z); omitted by default, so an export is reproducible.",
            HelpName = "timestamp",
        };
        var export = new Command("export",
            "Exports the whole checked corpus as tables: articles, statements, officials, roles, organizations, countries, "
            + "unnamed actors, events, topics, passages, and link tables (statement targets, topics, responds-to, event actors). "
            + "A corpus with errors is not exported.")
        {
            format, output, force, time,
        };
        var corpus = new CorpusOptions().AddTo(export);
        export.SetAction(result => console.Guard(() =>
        {
            var tableFormat = TableFormat.ByName(result.GetValue(format)!);
            DateTimeOffset? exportedAt = result.GetValue(time) is { } text ? ParseTime(text) : null;
            if (corpus.Load(result, console, requireClean: true) is not { } loaded) return ExitCodes.CorpusErrors;
            var folder = loaded.Folder;
            string target = result.GetValue(output)!;
            IReadOnlyList<Table> tables = Array.Empty<Table>();
            OutputDirectory.Write(target, result.GetValue(force), directory =>
            {
                // Each table is written to its own file as soon as it is built, on every core (CorpusTables.Build).
                // The bar counts tables written, in steps that add up to about the number of statements, so a small corpus draws none.
                int step = Math.Max(1, loaded.Graph.Statements.Count / CorpusTables.Count);
                using var progress = console.Progress.Start("Writing " + tableFormat.Name, step * CorpusTables.Count);
                var gate = new object();
                tables = CorpusTables.Build(loaded.Graph, table =>
                {
                    using (var stream = File.Create(Path.Combine(directory, table.Name + "." + tableFormat.Name)))
                    {
                        tableFormat.Write(table, stream);
                    }
                    lock (gate) progress.Advance(step);
                });
                using var provenance = File.Create(Path.Combine(directory, Provenance.FileName));
                Provenance.Write(provenance, folder, loaded.Sources, tableFormat, tables, exportedAt);
            });
            foreach (var table in tables)
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Name,-22} {table.RowCount,8} {(table.RowCount == 1 ? "row" : "rows")}"));
            }
            console.Output.WriteLine($"Exported {folder.Name} as {tableFormat.Name} to {target}.");
            return ExitCodes.Success;
        }));
        return export;
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new CorpusInputException($"--time '{text}' is not a date and time; give ISO 8601, e.g. 2025-01-31T12:00:00Z.");
}
