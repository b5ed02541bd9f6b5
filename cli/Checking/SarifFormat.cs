using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Corpus.Cli;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log, the format code-scanning services read: one run, the rules
/// reported, and each result located relative to the corpus folder (<c>%SRCROOT%</c>).
/// </summary>
public static class SarifFormat
{
    /// <summary>The schema the log declares and is tested against.</summary>
    public const string Schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private const string RootId = "SRCROOT";

    /// <summary>Writes the log.</summary>
    public static void Write(Stream output, CorpusFolder folder, IReadOnlyList<CheckDiagnostic> diagnostics, string toolVersion)
    {
        var rules = diagnostics
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var json = new Utf8JsonWriter(output, JsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "corpus");
        json.WriteString("semanticVersion", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            if (rule.HelpLink.Length > 0)
            {
                // The help link is a path in the repository, not an absolute URI: given as text.
                json.WriteStartObject("help");
                json.WriteString("text", "See " + rule.HelpLink);
                json.WriteEndObject();
            }
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootId);
        json.WriteString("uri", new Uri(folder.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            json.WriteNumber("ruleIndex", ruleIndex[d.Id]);
            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            if (d.Path is not null) WriteLocation(json, folder, d);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteLocation(Utf8JsonWriter json, CorpusFolder folder, CheckDiagnostic d)
    {
        string relative = folder.Relative(d.Path!);
        bool inside = !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (inside)
        {
            json.WriteString("uri", Uri.EscapeDataString(relative).Replace("%2F", "/", StringComparison.Ordinal));
            json.WriteString("uriBaseId", RootId);
        }
        else
        {
            json.WriteString("uri", new Uri(d.Path!).AbsoluteUri);
        }
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Line);
        json.WriteNumber("startColumn", d.Column);
        json.WriteNumber("endLine", d.EndLine);
        json.WriteNumber("endColumn", d.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };
}
