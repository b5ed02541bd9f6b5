using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Corpus.Cli;

/// <summary>
/// <c>provenance.json</c>, written beside the tables: which corpus, from which files (with their
/// SHA-256), by which version, when (only if given, so an export can be reproduced byte for byte),
/// and a data dictionary of every table and column.
/// </summary>
public static class Provenance
{
    /// <summary>The file name.</summary>
    public const string FileName = "provenance.json";

    /// <summary>Writes the record of <paramref name="tables"/>, exported from the corpus in <paramref name="folder"/> read from <paramref name="sources"/>.</summary>
    public static void Write(Stream output, CorpusFolder folder, IReadOnlyList<SourceFile> sources, TableFormat format, IReadOnlyList<Table> tables, DateTimeOffset? exportedAt)
    {
        using var json = new Utf8JsonWriter(output, JsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteString("corpus", folder.Name);
        json.WriteString("tool", "corpus");
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("format", format.Name);
        if (exportedAt is { } time) json.WriteString("exported_at", time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("path", folder.Relative(source.Path));
            json.WriteString("sha256", source.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var table in tables)
        {
            json.WriteStartObject();
            json.WriteString("name", table.Name);
            json.WriteString("file", table.Name + "." + format.Name);
            json.WriteString("description", table.Description);
            json.WriteNumber("rows", table.RowCount);
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", column.Type switch { ColumnType.Int32 => "int32", ColumnType.Date => "date", _ => "string" });
                json.WriteBoolean("nullable", column.Nullable);
                json.WriteString("description", column.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
