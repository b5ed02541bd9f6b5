extern alias generator;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corpus.Generator.Tests.Infrastructure;
using Json.Schema;
using Xunit;
using GeneratorCountries = generator::Corpus.IsoCountries;
using Parser = generator::Corpus.Generator.Parsing.AnnotationParser;

namespace Corpus.Generator.Tests;

/// <summary>
/// <c>docs/annotation.schema.json</c> says what the parser says: every file the parser accepts
/// validates, and every change to a valid file that the parser rejects for its shape alone (a
/// missing or unknown key, a wrong enum value, an impossible date) the schema rejects too. What
/// only the build can know — whether IDs resolve, whether a quote is in its article — is not asked.
/// </summary>
public class SchemaTests
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "annotation.schema.json"))));

    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Definitions => JsonNode.Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "annotation.schema.json")))!["$defs"]!.AsObject();

    /// <summary>Every valid annotation the repository has: the bundled corpus and the test fixture.</summary>
    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in ValidTexts().Keys) data.Add(name);
        return data;
    }

    private static IReadOnlyDictionary<string, string> ValidTexts()
    {
        var texts = GeneratorHarness.RepositoryCorpus()
            .Where(i => i.Kind == "annotation")
            .ToDictionary(i => i.Path, i => i.Text);
        texts["fixture/registry.yaml"] = Fixture.Registry;
        texts["fixture/article.yaml"] = Fixture.Article;
        return texts;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_valid_annotation_file_satisfies_the_schema(string name)
    {
        string text = ValidTexts()[name];
        Assert.Empty(Parser.Parse(name, text).Diagnostics);
        AssertSchema(true, YamlJson.Read(text), name);
    }

    [Fact]
    public void Every_annotation_file_of_the_repository_points_editors_at_the_schema()
    {
        string root = GeneratorHarness.RepositoryRoot();
        string schema = Path.Combine(root, "docs", "annotation.schema.json");
        var files = Directory.GetFiles(Path.Combine(root, "annotations"), "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // The line the YAML language server reads: a path relative to the file's folder.
            var modeline = System.Text.RegularExpressions.Regex.Match(File.ReadLines(file).First(), @"^# yaml-language-server: \$schema=(\S+)$");
            Assert.True(modeline.Success, $"{file} does not start with '# yaml-language-server: $schema=…'");
            Assert.Equal(schema, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, modeline.Groups[1].Value)));
        }
    }

    [Theory]
    // What the parser rejects and a schema can express, one change to the fixture each.
    [InlineData("registry", "    country: GB\n    kind: media", "    country: GB\n    kind: media\n    founded: 1990")]   // unknown key
    [InlineData("registry", "    name: Jane Doe\n", "")]                                                          // missing name
    [InlineData("registry", "    country: CN\n    roles:", "    country: UK\n    roles:")]                       // not an ISO code
    [InlineData("registry", "    country: CN\n    roles:", "    country: XX\n    roles:")]
    [InlineData("registry", "    country: CN\n    roles:", "    country: cn\n    roles:")]
    [InlineData("registry", "id: jane-doe", "id: Jane_Doe")]                                                      // not kebab-case
    [InlineData("registry", "id: jane-doe", "id: jane--doe")]
    [InlineData("registry", "kind: ministry", "kind: ministery")]                                                 // not an enum value
    [InlineData("registry", "from: 2020-01", "from: 2021-02-30")]                                                 // dates that do not exist
    [InlineData("registry", "from: 2020-01", "from: 2023-02-29")]
    [InlineData("registry", "from: 2020-01", "from: 1900-02-29")]
    [InlineData("registry", "from: 2020-01", "from: 2021-04-31")]
    [InlineData("registry", "from: 2020-01", "from: 2021-13")]
    [InlineData("registry", "from: 2020-01", "from: 0000")]
    [InlineData("registry", "from: 2020-01", "from: 13 May 2021")]
    [InlineData("registry", "    start: 2021-05-01\n", "    date: 2021-05-01\n    start: 2021-05-01\n")]      // date and start
    [InlineData("registry", "topics:\n  - id: cooperation", "topics:\n  - cooperation\n  - id: cooperation")]   // a list item that is not a mapping
    [InlineData("registry", "    description: Working together.", "    description: \"  \"")]                   // blank text
    [InlineData("article", "    evidence: \"the briefing 'on Monday' after the forum\"\n", "")]       // inferred without evidence
    [InlineData("article", "    evidence: \"the briefing 'on Monday' after the forum\"\n", "    evidence:\n")] // inferred with an empty evidence
    [InlineData("article", "  outlet: example-news\n", "  outlet:\n    value: example-news\n    basis: inferred\n")]
    [InlineData("article", "  outlet: example-news\n", "  outlet:\n    value: example-news\n    basis: inferred\n    evidence:\n")]
    [InlineData("article", "  headline: Minister rejects “hacking” claims\n", "  headline: { value: Minister rejects claims, basis: inferred, evidence: }\n")]
    [InlineData("article", "basis: inferred, evidence", "basis: printed, evidence")]                   // printed in the mapping form
    [InlineData("article", "  url: https://example.org/article\n", "  url: https://example.org/article\n  updated: { value: 2021-05-11, basis: stated }\n")] // updated is printed only
    [InlineData("article", "    act: deny", "    act: denyy")]
    [InlineData("article", "    kind: direct-quote", "    kind: quote")]
    [InlineData("article", "    kind: also-read", "    kind: see-also")]
    [InlineData("article", "  - text: \"“Open Networks”\"\n    reason: forum theme", "  - text: \"“Open Networks”\"")] // not-speech needs a reason
    [InlineData("article", "    act: appeal\n    topics: [cooperation]\n    responds-to", "    act: appeal\n    occurrence: 0\n    topics: [cooperation]\n    responds-to")]
    [InlineData("article", "    targets: [US]", "    targets: [XX]")]
    [InlineData("article", "    targets: [US]", "    targets: [{ country: US }]")]                             // an unnamed actor needs its description
    [InlineData("article", "  source: fixture-article.txt", "  source: [fixture-article.txt]")]
    [InlineData("article", "article:\n  id: fixture-article\n  source: fixture-article.txt\n", "article:\n  id: fixture-article\n")]
    public void What_the_parser_rejects_for_its_shape_the_schema_rejects(string file, string find, string replace)
    {
        string original = file == "registry" ? Fixture.Registry : Fixture.Article;
        Assert.Contains(find, original, StringComparison.Ordinal);
        string broken = original.Replace(find, replace, StringComparison.Ordinal);

        Assert.NotEmpty(Parser.Parse(file + ".yaml", broken).Diagnostics);
        AssertSchema(false, YamlJson.Read(broken), broken);
    }

    [Fact]
    public void Statements_need_an_article_and_an_organization_needs_no_country()
    {
        const string orphan = "statements:\n  - id: a\n    speaker: b\n    kind: paraphrase\n    text: c\n    act: assert\n";
        Assert.NotEmpty(Parser.Parse("orphan.yaml", orphan).Diagnostics);
        AssertSchema(false, YamlJson.Read(orphan), orphan);

        const string organization = "organizations:\n  - id: united-nations\n    name: United Nations\n    kind: intergovernmental\n  - id: example-agency\n    name: Example agency\n    kind: agency\n";
        Assert.Empty(Parser.Parse("organizations.yaml", organization).Diagnostics);
        AssertSchema(true, YamlJson.Read(organization), organization);
    }

    [Theory]
    // An official without a country is affiliated through a role; an empty roles says no more than none.
    [InlineData("    roles:\n      - title: Spokesperson\n        organization: example-ministry\n", true)]
    [InlineData("    country:\n    roles:\n      - title: Spokesperson\n        organization: example-ministry\n", true)]
    [InlineData("    country: GB\n    roles: []\n", true)]
    [InlineData("", false)]
    [InlineData("    roles:\n", false)]
    [InlineData("    roles: []\n", false)]
    [InlineData("    country:\n    roles: []\n", false)]
    public void An_official_without_a_country_needs_a_role_for_the_parser_and_the_schema_alike(string keys, bool valid) =>
        AssertVerdict("officials:\n  - id: john-roe\n    name: John Roe\n" + keys, valid);

    [Theory]
    // An inferred outlet, headline or date needs its evidence; an empty one gives none.
    [InlineData("outlet", "example-news", "    evidence: the page layout\n", true)]
    [InlineData("outlet", "example-news", "", false)]
    [InlineData("outlet", "example-news", "    evidence:\n", false)]
    [InlineData("outlet", "example-news", "    evidence: \"\"\n", false)]
    [InlineData("headline", "A headline", "    evidence: the page layout\n", true)]
    [InlineData("headline", "A headline", "    evidence:\n", false)]
    [InlineData("published", "2021-05-10", "    evidence: the briefing 'on Monday'\n", true)]
    [InlineData("published", "2021-05-10", "    evidence:\n", false)]
    public void An_inferred_value_needs_its_evidence_for_the_parser_and_the_schema_alike(string key, string value, string evidence, bool valid) =>
        AssertVerdict($"article:\n  id: a\n  source: a.txt\n  {key}:\n    value: {value}\n    basis: inferred\n{evidence}", valid);

    /// <summary>Asserts that the parser and the schema both accept, or both reject, <paramref name="yaml"/>.</summary>
    private static void AssertVerdict(string yaml, bool valid)
    {
        var diagnostics = Parser.Parse("file.yaml", yaml).Diagnostics;
        bool parser = diagnostics.Count == 0;
        Assert.True(valid == parser, $"the parser {(parser ? "accepts" : "rejects")}:\n{yaml}\n{string.Join("\n", diagnostics.Select(d => d.Id))}");
        AssertSchema(valid, YamlJson.Read(yaml), yaml);
    }

    [Fact]
    public void Removing_any_key_setting_it_empty_or_adding_an_unknown_one_gets_the_parsers_verdict()
    {
        int checkedChanges = 0;
        foreach (var (name, text) in ValidTexts())
        {
            var document = YamlJson.Read(text)!;
            // The JSON form, read back as YAML, is the same file to the parser.
            Assert.Empty(Parser.Parse(name, document.ToJsonString(s_json)).Diagnostics);
            foreach (var mapping in Mappings(document))
            {
                foreach (var key in mapping.Select(p => p.Key).ToList())
                {
                    checkedChanges += Agree(name, document, mapping, m => m.Remove(key), $"without '{key}'");
                    checkedChanges += Agree(name, document, mapping, m => m[key] = null, $"with '{key}:' empty");
                }
                checkedChanges += Agree(name, document, mapping, m => m["no-such-key"] = "x", "with an unknown key");
            }
        }
        Assert.True(checkedChanges > 1000, $"only {checkedChanges} changes checked");
    }

    [Fact]
    public void Partial_dates_are_valid_exactly_when_the_parser_reads_them()
    {
        var values = new List<string> { "2021", "0001", "0000", "9999", "21", "2021-5", "2021-05-1", "2021-05-13T00:00", "2021?", "2021~", "2021%", "2021-05?", "2021-05-13~", "2021-05-13??", "2021?-05" };
        foreach (int year in new[] { 1900, 2000, 2023, 2024, 2100 })
        {
            for (int month = 0; month <= 13; month++)
            {
                values.Add($"{year:D4}-{month:D2}");
                for (int day = 0; day <= 32; day++) values.Add($"{year:D4}-{month:D2}-{day:D2}");
            }
        }
        foreach (var value in values)
        {
            string yaml = $"topics:\n  - id: t\n    name: T\nevents:\n  - id: e\n    name: E\n    kind: meeting\n    date: \"{value}\"\n";
            bool parser = Parser.Parse("dates.yaml", yaml).Diagnostics.Count == 0;
            Assert.Equal(PartialDate.TryParse(value, out _), parser);
            Assert.True(parser == Validates(YamlJson.Read(yaml)), $"'{value}': the parser {(parser ? "accepts" : "rejects")} it, the schema does not agree");
        }
    }

    [Fact]
    public void The_schemas_keys_and_values_are_the_parsers()
    {
        var defs = Definitions;
        AssertKeys(Parser.OfficialKeys, defs, "official");
        AssertKeys(Parser.RoleKeys, defs, "role");
        AssertKeys(Parser.OrganizationKeys, defs, "organization");
        AssertKeys(Parser.EventKeys, defs, "event");
        AssertKeys(Parser.TopicKeys, defs, "topic");
        AssertKeys(Parser.ArticleKeys, defs, "article");
        AssertKeys(Parser.BoilerplateKeys, defs, "boilerplate");
        AssertKeys(Parser.NotSpeechKeys, defs, "notSpeech");
        AssertKeys(Parser.StatementKeys, defs, "statement");
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "docs", "annotation.schema.json")))!;
        Assert.Equal(Parser.TopLevelKeys.OrderBy(k => k, StringComparer.Ordinal), root["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));

        Assert.Equal(Vocabulary.Spellings<SpeechAct>(), Enum(defs["statement"]!["properties"]!["act"]!));
        Assert.Equal(Vocabulary.Spellings<StatementKind>(), Enum(defs["statement"]!["properties"]!["kind"]!));
        Assert.Equal(Vocabulary.Spellings<OrganizationKind>(), Enum(defs["organization"]!["properties"]!["kind"]!));
        Assert.Equal(Vocabulary.Spellings<EventKind>(), Enum(defs["event"]!["properties"]!["kind"]!));
        Assert.Equal(Vocabulary.Spellings<BoilerplateKind>(), Enum(defs["boilerplate"]!["properties"]!["kind"]!));
        Assert.Equal(Vocabulary.Spellings<DateBasis>().Where(b => b != "printed"), Enum(defs["date"]!["oneOf"]![1]!["properties"]!["basis"]!));
        Assert.Equal(GeneratorCountries.Codes, defs["country"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private static void AssertKeys(IEnumerable<string> parserKeys, JsonObject defs, string definition) =>
        Assert.Equal(parserKeys.OrderBy(k => k, StringComparer.Ordinal), defs[definition]!["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));

    /// <summary>The enum of a property, looking through the null an optional key allows.</summary>
    private static IEnumerable<string> Enum(JsonNode property)
    {
        var values = property["enum"] ?? property["anyOf"]!.AsArray().Select(a => a!["enum"]).Single(e => e is not null)!;
        return values.AsArray().Select(v => v!.GetValue<string>());
    }

    /// <summary>Applies <paramref name="change"/> to a copy of the document and asserts the parser and the schema agree on it.</summary>
    private static int Agree(string name, JsonNode document, JsonObject mapping, Action<JsonObject> change, string what)
    {
        var path = mapping.GetPath();
        var copy = document.DeepClone();
        var target = path == "$" ? copy.AsObject() : Navigate(copy, path);
        change(target);
        string yaml = copy.ToJsonString(s_json);
        // Warnings (codebook conventions such as a directed act without a target) are advice, not shape: the schema follows the errors.
        bool parser = !Parser.Parse(name, yaml).Diagnostics.Any(d => generator::Corpus.Generator.DiagnosticDescriptors.ById(d.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        bool schema = Validates(copy);
        Assert.True(parser == schema, $"{name}, {path} {what}: the parser {(parser ? "accepts" : "rejects")} it, the schema {(schema ? "accepts" : "rejects")} it");
        return 1;
    }

    private static JsonObject Navigate(JsonNode root, string path)
    {
        JsonNode node = root;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path, @"\.([A-Za-z0-9-]+)|\['([^']+)'\]|\[(\d+)\]"))
        {
            node = step.Groups[3].Success
                ? node[int.Parse(step.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)]!
                : node[step.Groups[1].Success ? step.Groups[1].Value : step.Groups[2].Value]!;
        }
        return node.AsObject();
    }

    private static IEnumerable<JsonObject> Mappings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject mapping:
                yield return mapping;
                foreach (var child in mapping.Select(p => p.Value).SelectMany(Mappings)) yield return child;
                break;
            case JsonArray list:
                foreach (var child in list.SelectMany(Mappings)) yield return child;
                break;
        }
    }

    private static bool Validates(JsonNode? document) =>
        s_schema.Value.Evaluate(Element(document), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    private static JsonElement Element(JsonNode? document) => JsonDocument.Parse(document?.ToJsonString() ?? "null").RootElement;

    private static void AssertSchema(bool valid, JsonNode? document, string what)
    {
        var result = s_schema.Value.Evaluate(Element(document), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid == valid) return;
        var errors = (result.Details ?? (IEnumerable<EvaluationResults>)Array.Empty<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.Fail($"The schema {(result.IsValid ? "accepts" : "rejects")} {what}\n{string.Join("\n", errors.Take(20))}");
    }
}
