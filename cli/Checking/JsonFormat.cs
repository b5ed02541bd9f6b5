using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Corpus.Cli;

/// <summary>Diagnostics as a plain JSON array, one object per diagnostic, paths relative to the corpus folder.</summary>
public static class JsonFormat
{
    /// <summary>Options every JSON output of the tool shares: indented, non-ASCII text kept readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the array.</summary>
    public static void Write(Stream output, CorpusFolder folder, IEnumerable<CheckDiagnostic> diagnostics)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartArray();
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", d.Severity);
            json.WriteString("message", d.Message);
            if (d.Path is null)
            {
                json.WriteNull("file");
            }
            else
            {
                json.WriteString("file", folder.Relative(d.Path));
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteNumber("endLine", d.EndLine);
                json.WriteNumber("endColumn", d.EndColumn);
            }
            json.WriteString("title", d.Title);
            json.WriteString("help", d.HelpLink);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
