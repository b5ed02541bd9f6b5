using System;
using System.Globalization;
using System.IO;

namespace Corpus.Cli;

/// <summary>A file format tables are exported in; one file per table.</summary>
public abstract class TableFormat
{
    /// <summary>The formats, by the name <c>--format</c> takes.</summary>
    public static TableFormat ByName(string name) => name switch
    {
        "parquet" => new ParquetTableFormat(),
        "csv" => new CsvTableFormat(),
        "jsonl" => new JsonlTableFormat(),
        _ => throw new CorpusInputException($"Unknown export format '{name}'; use parquet, csv or jsonl."),
    };

    /// <summary>The name <c>--format</c> takes, also the file extension.</summary>
    public abstract string Name { get; }

    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/>.</summary>
    public abstract void Write(Table table, Stream output);

    /// <summary>A date as text, where a format has no date type: <c>yyyy-MM-dd</c>.</summary>
    protected static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
