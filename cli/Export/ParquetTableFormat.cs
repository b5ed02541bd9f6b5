using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Parquet;
using Parquet.Schema;

namespace Corpus.Cli;

/// <summary>Apache Parquet: typed columns (string, int32, date), compressed with Zstandard, one row group per table.</summary>
public sealed class ParquetTableFormat : TableFormat
{
    /// <inheritdoc/>
    public override string Name => "parquet";

    /// <inheritdoc/>
    public override void Write(Table table, Stream output) => WriteAsync(table, output).GetAwaiter().GetResult();

    private static async System.Threading.Tasks.Task WriteAsync(Table table, Stream output)
    {
        var fields = table.Columns.Select(Field).ToArray();
        var schema = new ParquetSchema(fields);
        // Zstandard at its default level: the library's default, "smallest size", runs Zstandard at
        // its slowest level and makes a large export take minutes for a few percent.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Optimal };
        await using var writer = await ParquetWriter.CreateAsync(schema, output, options).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string> { ["corpus.table"] = table.Name, ["corpus.description"] = table.Description };
        using var group = writer.CreateRowGroup();
        for (int i = 0; i < fields.Length; i++)
        {
            var column = table.Columns[i];
            switch (column.Type)
            {
                case ColumnType.String:
                    await group.WriteAsync(fields[i], table.Strings(i)).ConfigureAwait(false);
                    break;
                case ColumnType.Int32 when column.Nullable:
                    await group.WriteAsync<int>(fields[i], table.Ints(i).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
                case ColumnType.Int32:
                    // A required column: Table.Add refused a null in it.
                    await group.WriteAsync<int>(fields[i], table.Ints(i).Select(value => value!.Value).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
                case ColumnType.Date:
                    await group.WriteAsync<DateOnly>(fields[i], table.Dates(i).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
            }
        }
    }

    private static DataField Field(Column column) => column.Type switch
    {
        ColumnType.String => new DataField<string>(column.Name, column.Nullable),
        ColumnType.Int32 when column.Nullable => new DataField<int?>(column.Name),
        ColumnType.Int32 => new DataField<int>(column.Name),
        ColumnType.Date => new DataField<DateOnly?>(column.Name),
        _ => throw new InvalidOperationException($"Unknown column type {column.Type}."),
    };
}
