using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Corpus.Testing;
using Json.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary><c>corpus check</c>: what it reports, in each format, against a build's own diagnostics.</summary>
public sealed partial class CheckTests
{
    [Fact]
    public void Clean_corpus_exits_zero_and_says_so()
    {
        var result = Cli.Run("check", TestCorpora.Clean);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("TestCorpus: 0 errors, 0 warnings in 3 annotation files and 2 seeds.", result.Lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Bundled_corpus_has_no_errors()
    {
        var result = Cli.Run("check", "--bundled");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.DoesNotContain(": error ", result.Output);
    }

    [Fact]
    public void Every_bundled_annotation_s_schema_line_names_a_file_the_tool_ships()
    {
        string root = CorpusFolder.BundledRoot;
        var annotations = Directory.GetFiles(Path.Combine(root, "annotations"), "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(annotations);
        foreach (string annotation in annotations)
        {
            string relative = Path.GetRelativePath(root, annotation).Replace('\\', '/');
            string schema = SchemaLine.Target(File.ReadAllText(annotation)) ?? throw new Xunit.Sdk.XunitException($"{relative} has no schema line");
            Assert.True(File.Exists(Path.Combine(root, SchemaLine.Resolve(relative, schema))), $"{relative}: {schema} is not in the tool");
        }
    }

    [Fact]
    public void Errors_are_printed_at_the_yaml_line_and_column_and_exit_one()
    {
        using var corpus = Broken();
        var result = Cli.Run("check", corpus.Path);
        Assert.Equal(1, result.ExitCode);

        string annotation = corpus.File("annotations/articles/station-notice.yaml");
        var (line, column) = Position(annotation, "jonas-bergg");
        Assert.Contains($"{annotation}({line},{column}): error CORP006: 'jonas-bergg' is not an official or organization ID", result.Output);
        (line, column) = Position(annotation, "a cable fault under the sea");
        Assert.Contains($"{annotation}({line},{column}): error CORP007: ", result.Output);
        Assert.All(result.Lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)), l => Assert.Matches(MsBuildLine(), l));
    }

    [Fact]
    public void Reports_exactly_what_the_generator_reports_in_a_build()
    {
        using var corpus = Broken();
        var expected = BuildDiagnostics(corpus.Path)
            .Select(d => (d.Id, d.Severity.ToString().ToLowerInvariant(), d.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .OrderBy(d => d.ToString(), StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);

        var result = Cli.Run("check", corpus.Path, "--format", "json");
        var actual = JsonNode.Parse(result.Output)!.AsArray()
            .Select(d => (d!["id"]!.GetValue<string>(), d["severity"]!.GetValue<string>(), d["message"]!.GetValue<string>(),
                Path.Combine(corpus.Path, d["file"]!.GetValue<string>()), d["line"]!.GetValue<int>(), d["column"]!.GetValue<int>()))
            .OrderBy(d => d.ToString(), StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Json_is_a_plain_list_with_relative_paths()
    {
        using var corpus = Broken();
        var result = Cli.Run("check", "--corpus", corpus.Path, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var list = JsonNode.Parse(result.Output)!.AsArray();
        var unresolved = list.Single(d => d!["id"]!.GetValue<string>() == "CORP006")!;
        Assert.Equal("annotations/articles/station-notice.yaml", unresolved["file"]!.GetValue<string>());
        Assert.Equal("error", unresolved["severity"]!.GetValue<string>());
        Assert.Equal(Position(corpus.File("annotations/articles/station-notice.yaml"), "jonas-bergg").Line, unresolved["line"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sarif_validates_against_the_sarif_2_1_0_schema(bool broken)
    {
        using var copy = broken ? Broken() : TestCorpora.Copy();
        var result = Cli.Run("check", copy.Path, "--format", "sarif");
        Assert.Equal(broken ? 1 : 0, result.ExitCode);

        var evaluation = SarifSchema().Evaluate(JsonDocument.Parse(result.Output).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        // The schema does reject what is not SARIF 2.1.0.
        var tampered = JsonNode.Parse(result.Output)!;
        tampered["runs"]![0]!["columnKind"] = "bytes";
        Assert.False(SarifSchema().Evaluate(JsonDocument.Parse(tampered.ToJsonString()).RootElement).IsValid);

        var run = JsonNode.Parse(result.Output)!["runs"]![0]!;
        var json = JsonNode.Parse(Cli.Run("check", copy.Path, "--format", "json").Output)!.AsArray();
        var results = run["results"]!.AsArray();
        Assert.Equal(json.Count, results.Count);
        if (broken)
        {
            var unresolved = results.Single(r => r!["ruleId"]!.GetValue<string>() == "CORP006")!;
            var location = unresolved["locations"]![0]!["physicalLocation"]!;
            Assert.Equal("annotations/articles/station-notice.yaml", location["artifactLocation"]!["uri"]!.GetValue<string>());
            Assert.Equal("error", unresolved["level"]!.GetValue<string>());
            var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
            Assert.Equal("CORP006", rules[unresolved["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Unknown_format_is_bad_usage_on_one_line()
    {
        var result = Cli.Run("check", TestCorpora.Clean, "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("xml", result.Error);
    }

    [Fact]
    public void Missing_folder_is_bad_input_on_one_line()
    {
        var result = Cli.Run("check", Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void Folder_without_annotations_is_bad_input()
    {
        using var empty = new TemporaryFolder();
        Directory.CreateDirectory(empty.File("seeds"));
        var result = Cli.Run("check", empty.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("No annotations", result.Error);
    }

    [Fact]
    public void Seed_that_is_not_utf8_is_bad_input_naming_the_file_and_line()
    {
        using var corpus = TestCorpora.Copy();
        string seed = corpus.File("seeds/station-notice.txt");
        // "café" in Latin-1 on the third line: the é is one byte that is not UTF-8.
        File.WriteAllBytes(seed, [.. File.ReadAllBytes(seed), .. "\nLatin-1 caf"u8.ToArray(), 0xE9, (byte)'\n']);
        var result = Cli.Run("check", corpus.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains($"{seed}(7): not UTF-8", result.Error);
    }

    [Fact]
    public void Seed_with_a_utf16_byte_order_mark_is_read_as_utf16()
    {
        using var corpus = TestCorpora.Copy();
        string seed = corpus.File("seeds/station-notice.txt");
        File.WriteAllText(seed, File.ReadAllText(seed), new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
        var result = Cli.Run("check", corpus.Path);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    /// <summary>A copy of the test corpus with an unknown speaker and a quote that is not in the article.</summary>
    internal static TemporaryFolder Broken()
    {
        var corpus = TestCorpora.Copy();
        string annotation = corpus.File("annotations/articles/station-notice.yaml");
        File.WriteAllText(annotation, File.ReadAllText(annotation)
            .Replace("speaker: jonas-berg", "speaker: jonas-bergg", StringComparison.Ordinal)
            .Replace("a cable fault under the ice", "a cable fault under the sea", StringComparison.Ordinal));
        return corpus;
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="text"/> in a file.</summary>
    private static (int Line, int Column) Position(string path, string text)
    {
        var lines = File.ReadAllLines(path);
        int line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(line >= 0, $"'{text}' is not in {path}.");
        return (line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    /// <summary>The generator's diagnostics when a compilation is given the corpus's files, as the package's build props give them.</summary>
    private static ImmutableArray<Diagnostic> BuildDiagnostics(string root)
    {
        var files = new Dictionary<string, (string Kind, string? Resource)>();
        var texts = new List<AdditionalText>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "annotations"), "*.yaml", SearchOption.AllDirectories))
        {
            files[path] = ("annotation", null);
            texts.Add(new InMemoryAdditionalText(path, File.ReadAllText(path)));
        }
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "seeds"), "*.txt", SearchOption.AllDirectories))
        {
            files[path] = ("seed", null);
            texts.Add(new InMemoryAdditionalText(path, File.ReadAllText(path)));
        }
        var compilation = CSharpCompilation.Create("Check", references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        var driver = CSharpGeneratorDriver.Create(
            [new Corpus.Generator.CorpusGenerator().AsSourceGenerator()],
            texts,
            optionsProvider: new CorpusOptionsProvider(files, "Check"));
        return driver.RunGenerators(compilation).GetRunResult().Diagnostics;
    }

    private static readonly Lazy<JsonSchema> s_sarifSchema = new(LoadSarifSchema);

    private static JsonSchema SarifSchema() => s_sarifSchema.Value;

    private static JsonSchema LoadSarifSchema()
    {
        // The official schema declares draft-04, which JsonSchema.Net does not evaluate. Its keywords
        // mean the same in draft 7 but for the root's "id" (draft 7: "$id"), which only names the
        // schema and which no reference uses: it is dropped, and the dialect declared as draft 7.
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        Assert.True(schema.Remove("id"));
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning|info) CORP\d{3}: .+ \(docs/diagnostics\.md#corp\d{3}\)$")]
    private static partial Regex MsBuildLine();
}
