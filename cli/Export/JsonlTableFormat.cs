using System;
using System.IO;
using System.Text.Json;

namespace Corpus.Cli;

/// <summary>JSON Lines: one object per row, every column present (null when missing), dates as <c>yyyy-MM-dd</c>.</summary>
public sealed class JsonlTableFormat : TableFormat
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JsonFormat.WriterOptions.Encoder };

    /// <inheritdoc/>
    public override string Name => "jsonl";

    /// <inheritdoc/>
    public override void Write(Table table, Stream output)
    {
        for (int row = 0; row < table.RowCount; row++)
        {
            using (var json = new Utf8JsonWriter(output, s_options))
            {
                json.WriteStartObject();
                for (int i = 0; i < table.Columns.Count; i++)
                {
                    string name = table.Columns[i].Name;
                    switch (table.Value(row, i))
                    {
                        case null: json.WriteNull(name); break;
                        case string s: json.WriteString(name, s); break;
                        case int n: json.WriteNumber(name, n); break;
                        case DateOnly d: json.WriteString(name, IsoDate(d)); break;
                    }
                }
                json.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
        }
    }
}
