using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;

namespace Corpus.Cli;

/// <summary>CSV as RFC 4180 has it: UTF-8 without a byte order mark, a header row, CRLF line ends, fields quoted where needed; a missing value is an empty field.</summary>
public sealed class CsvTableFormat : TableFormat
{
    /// <inheritdoc/>
    public override string Name => "csv";

    /// <inheritdoc/>
    public override void Write(Table table, Stream output)
    {
        // The defaults are RFC 4180, CRLF, no byte order mark, invariant culture.
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(table.Columns.Select(c => c.Name).ToArray());
        for (int row = 0; row < table.RowCount; row++)
        {
            for (int column = 0; column < table.Columns.Count; column++)
            {
                var value = table.Value(row, column);
                csv.WriteField(value switch
                {
                    null => null,
                    string s => s,
                    int n => n.ToString(CultureInfo.InvariantCulture),
                    DateOnly d => IsoDate(d),
                    _ => throw new InvalidOperationException($"Unexpected value type {value.GetType().Name}."),
                });
            }
            csv.EndRecord();
        }
    }
}
