using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Corpus.Bundled;
using DuckDB.NET.Data;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary><c>corpus export</c>, read back by engines nobody here wrote: DuckDB for Parquet and CSV, System.Text.Json for JSONL.</summary>
public sealed class ExportTests
{
    private static readonly string[] s_tables =
    [
        "articles", "passages", "statements", "statement_targets", "statement_topics", "statement_responds_to",
        "statement_about", "statement_addressees", "statement_reported_by", "statement_concerns", "statement_same_utterance",
        "officials", "roles", "role_attestations", "organizations", "countries", "unnamed_actors", "events", "event_actors", "topics",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parquet_read_by_duckdb_has_every_row_and_every_statement_at_its_code_point_offsets(bool bundled)
    {
        using var output = new TemporaryFolder();
        string dir = output.File("out");
        var result = Cli.Run(["export", "--format", "parquet", "--out", dir, .. bundled ? new[] { "--bundled" } : ["--corpus", TestCorpora.Clean]]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var expected = bundled ? Bundled() : TestCorpus();

        using var duck = DuckDb();
        string Table(string name) => $"read_parquet('{Path.Combine(dir, name + ".parquet")}')";
        Assert.Equal(expected.Statements, Scalar(duck, $"select count(*) from {Table("statements")}"));
        Assert.Equal(expected.Articles, Scalar(duck, $"select count(*) from {Table("articles")}"));
        Assert.Equal(expected.Officials, Scalar(duck, $"select count(*) from {Table("officials")}"));
        Assert.Equal(expected.Topics, Scalar(duck, $"select count(*) from {Table("topics")}"));

        // Every statement of an official joins to its speaker; the names are the annotated ones.
        var bySpeaker = Rows(duck, $"""
            select o.name, count(*) from {Table("statements")} s
            join {Table("officials")} o on s.speaker_type = 'official' and s.speaker_id = o.id
            group by o.name order by o.name
            """).ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture));
        Assert.Equal(expected.OfficialStatements, bySpeaker);

        // For every statement: the article text cut at the code-point offsets is the exported text.
        Assert.Equal(expected.Statements, Scalar(duck, $"""
            select count(*) from {Table("statements")} s join {Table("articles")} a on s.article_id = a.id
            where substring(a.text, s.start_code_point + 1, s.length_code_points) = s.text
            """));
        Assert.Equal(0L, Scalar(duck, $"select count(*) from {Table("statements")} where text is null or length(text) <> length_code_points"));

        // Dates are typed: the bounds read back as DATE.
        Assert.Equal("DATE", Rows(duck, $"select typeof(date_earliest) from {Table("statements")} limit 1").Single()[0]);
    }

    [Fact]
    public void Code_point_and_utf16_offsets_differ_where_the_text_has_characters_outside_the_bmp()
    {
        using var output = new TemporaryFolder();
        string dir = output.File("out");
        Assert.Equal(0, Cli.Run("export", "--corpus", TestCorpora.Clean, "--format", "jsonl", "--out", dir).ExitCode);
        var articles = JsonLines(Path.Combine(dir, "articles.jsonl")).ToDictionary(a => a["id"]!.GetValue<string>());
        var statements = JsonLines(Path.Combine(dir, "statements.jsonl")).ToList();
        Assert.Equal(4, statements.Count);
        foreach (var s in statements)
        {
            string text = articles[s["article_id"]!.GetValue<string>()]["text"]!.GetValue<string>();
            // UTF-16 offsets, as .NET and JavaScript index.
            Assert.Equal(s["text"]!.GetValue<string>(), text.Substring(s["start_utf16"]!.GetValue<int>(), s["length_utf16"]!.GetValue<int>()));
            // Code point offsets, as Python indexes.
            var runes = text.EnumerateRunes().ToArray();
            string cut = string.Concat(runes.Skip(s["start_code_point"]!.GetValue<int>()).Take(s["length_code_points"]!.GetValue<int>()).Select(r => r.ToString()));
            Assert.Equal(s["text"]!.GetValue<string>(), cut);
        }
        var monitoring = statements.Single(s => s["id"]!.GetValue<string>() == "solberg-no-monitoring");
        // The headline's 🧊 comes before it: one code point, two UTF-16 units; the 🛰 inside it likewise.
        Assert.Equal(monitoring["start_utf16"]!.GetValue<int>() - 1, monitoring["start_code_point"]!.GetValue<int>());
        Assert.Equal(monitoring["length_utf16"]!.GetValue<int>() - 1, monitoring["length_code_points"]!.GetValue<int>());
        Assert.Equal(5, monitoring["line"]!.GetValue<int>());
        Assert.Equal(2, monitoring["column"]!.GetValue<int>());
    }

    [Fact]
    public void Jsonl_has_dates_as_strings_with_typed_bounds_and_long_link_tables()
    {
        using var output = new TemporaryFolder();
        string dir = output.File("out");
        Assert.Equal(0, Cli.Run("export", "--corpus", TestCorpora.Clean, "--format", "jsonl", "--out", dir).ExitCode);
        var article = JsonLines(Path.Combine(dir, "articles.jsonl")).Single(a => a["id"]!.GetValue<string>() == "station-alpha-uplink");
        Assert.Equal("2025-03", article["published"]!.GetValue<string>());
        Assert.Equal("2025-03-01", article["published_earliest"]!.GetValue<string>());
        Assert.Equal("2025-03-31", article["published_latest"]!.GetValue<string>());

        var topics = JsonLines(Path.Combine(dir, "statement_topics.jsonl"))
            .Where(t => t["statement_id"]!.GetValue<string>() == "solberg-no-monitoring")
            .Select(t => (t["ordinal"]!.GetValue<int>(), t["topic_id"]!.GetValue<string>()));
        Assert.Equal([(1, "surveillance"), (2, "network-rules")], topics);
        var respondsTo = JsonLines(Path.Combine(dir, "statement_responds_to.jsonl")).Single();
        Assert.Equal(("solberg-outage-report", "statement", "solberg-no-monitoring"),
            (respondsTo["statement_id"]!.GetValue<string>(), respondsTo["responds_to_type"]!.GetValue<string>(), respondsTo["responds_to_id"]!.GetValue<string>()));
        var target = JsonLines(Path.Combine(dir, "statement_targets.jsonl")).Single();
        Assert.Equal(("organization", "polar-network-council"), (target["target_type"]!.GetValue<string>(), target["target_id"]!.GetValue<string>()));
        var passages = JsonLines(Path.Combine(dir, "passages.jsonl")).Select(p => (p["type"]!.GetValue<string>(), p["text"]!.GetValue<string>())).ToList();
        Assert.Contains(("boilerplate", "ALSO READ: Ice core data centre opens"), passages);
        Assert.Contains(("not-speech", "Uplink restored"), passages);
    }

    /// <summary>The codebook's lists and fields in the bundled export; each expected value is the annotation's (annotations/*.yaml).</summary>
    [Fact]
    public void The_codebook_fields_are_columns_and_long_tables()
    {
        using var output = new TemporaryFolder();
        string dir = output.File("out");
        Assert.Equal(0, Cli.Run("export", "--bundled", "--format", "jsonl", "--out", dir).ExitCode);
        IEnumerable<JsonNode> Table(string name) => JsonLines(Path.Combine(dir, name + ".jsonl"));
        static string? Value(JsonNode row, string column) => row[column]?.GetValue<string>();
        IEnumerable<(int, string?, string?)> Actors(string table, string statement, string prefix) => Table(table)
            .Where(r => Value(r, "statement_id") == statement)
            .Select(r => (r["ordinal"]!.GetValue<int>(), Value(r, prefix + "_type"), Value(r, prefix + "_id")));

        // 004, raab-invest-22-million-pounds: about [CN, RU]; 003, us-officials-link-hackers-to-china: addressees [washington-post, cnn];
        // 003, cnn-china-culprit-headline: reported-by [cnn].
        Assert.Equal([(1, "country", "CN"), (2, "country", "RU")], Actors("statement_about", "raab-invest-22-million-pounds", "about"));
        Assert.Equal([(1, "organization", "washington-post"), (2, "organization", "cnn")], Actors("statement_addressees", "us-officials-link-hackers-to-china", "addressee"));
        Assert.Equal([(1, "organization", "cnn")], Actors("statement_reported_by", "cnn-china-culprit-headline", "reported_by"));
        // 003: seven statements concern the OPM breach.
        Assert.Equal(7, Table("statement_concerns").Count(r => Value(r, "event_id") == "opm-data-breach"));
        // Six same-utterance links, written on the side that names them.
        var links = Table("statement_same_utterance").Select(r => (Value(r, "statement_id"), Value(r, "other_statement_id"))).ToList();
        Assert.Equal(6, links.Count);
        Assert.Contains(("beijing-trumped-up-charge", "hong-lei-trumped-up-charge"), links);

        var statements = Table("statements").ToDictionary(r => Value(r, "id")!);
        // 002: wang-wenbin-us-spies-on-world gives cameo "1125"; wang-wenbin-us-steals-data none (accuse: 112).
        Assert.Equal(("1125", "1125"), (Value(statements["wang-wenbin-us-spies-on-world"], "cameo_code"), Value(statements["wang-wenbin-us-spies-on-world"], "exact_cameo_code")));
        Assert.Equal(("112", null), (Value(statements["wang-wenbin-us-steals-data"], "cameo_code"), Value(statements["wang-wenbin-us-steals-data"], "exact_cameo_code")));
        Assert.StartsWith("\"It is necessary to work together at international level\"", Value(statements["li-tao-work-together-international-level"], "no_target_reason"));
        // "Beijing" and Hong Lei report one utterance, which the named official stands for; 74 reports of 68 utterances.
        Assert.Equal("hong-lei-trumped-up-charge", Value(statements["beijing-trumped-up-charge"], "utterance_id"));
        Assert.Equal("hong-lei-trumped-up-charge", Value(statements["hong-lei-trumped-up-charge"], "utterance_id"));
        Assert.Equal("wang-wenbin-us-steals-data", Value(statements["wang-wenbin-us-steals-data"], "utterance_id"));
        Assert.Equal(74, statements.Count);
        Assert.Equal(68, statements.Values.Select(r => Value(r, "utterance_id")).Distinct().Count());

        // events.yaml: raab-cyberuk-2021 part-of cyberuk-2021.
        Assert.Equal("cyberuk-2021", Value(Table("events").Single(r => Value(r, "id") == "raab-cyberuk-2021"), "part_of_id"));
        // officials.yaml: Wang Lei's second role is attested by 001 (published 2025-01).
        var attestation = Table("role_attestations").Single(r => Value(r, "official_id") == "wang-lei" && r["role_ordinal"]!.GetValue<int>() == 2);
        Assert.Equal(("us-urged-address-cyber-concerns", "2025-01", "2025-01-01", "2025-01-31"),
            (Value(attestation, "article_id"), Value(attestation, "date"), Value(attestation, "date_earliest"), Value(attestation, "date_latest")));
        Assert.Equal(5, Table("role_attestations").Count());
        // 001 prints "Updated: 2025-01-19 21:53" and its outlet; 000's outlet China Daily is inferred.
        var articles = Table("articles").ToDictionary(r => Value(r, "id")!);
        Assert.Equal(("2025-01-19", "printed"), (Value(articles["us-urged-address-cyber-concerns"], "updated"), Value(articles["us-urged-address-cyber-concerns"], "outlet_basis")));
        Assert.Equal(("china-daily", "inferred"), (Value(articles["chinese-official-us-cyber-monopoly"], "outlet_id"), Value(articles["chinese-official-us-cyber-monopoly"], "outlet_basis")));
        Assert.StartsWith("not printed; ", Value(articles["chinese-official-us-cyber-monopoly"], "outlet_evidence"));
    }

    [Fact]
    public void Csv_is_rfc4180_utf8_and_duckdb_reads_the_same_statements_as_from_parquet()
    {
        using var output = new TemporaryFolder();
        Assert.Equal(0, Cli.Run("export", "--bundled", "--format", "csv", "--out", output.File("csv")).ExitCode);
        Assert.Equal(0, Cli.Run("export", "--bundled", "--format", "parquet", "--out", output.File("parquet")).ExitCode);
        byte[] bytes = File.ReadAllBytes(output.File("csv/statements.csv"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "CSV starts with a byte order mark.");
        Assert.StartsWith("id,article_id,speaker_type,speaker_id,kind,act,", Encoding.UTF8.GetString(bytes));
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes));

        using var duck = DuckDb();
        string csv = output.File("csv/statements.csv"), parquet = output.File("parquet/statements.parquet");
        Assert.Equal(Bundled().Statements, Scalar(duck, $"select count(*) from read_csv('{csv}', header = true, all_varchar = true)"));
        Assert.Equal(0L, Scalar(duck, $"""
            select count(*) from read_csv('{csv}', header = true, all_varchar = true) c
            full join read_parquet('{parquet}') p on c.id = p.id
            where c.text is distinct from p.text or cast(c.start_code_point as integer) is distinct from p.start_code_point
            """));
    }

    [Fact]
    public void Provenance_names_the_corpus_version_and_every_source_with_its_hash_and_no_time_unless_given()
    {
        using var output = new TemporaryFolder();
        Assert.Equal(0, Cli.Run("export", "--corpus", TestCorpora.Clean, "--format", "jsonl", "--out", output.File("a")).ExitCode);
        var provenance = JsonNode.Parse(File.ReadAllText(output.File("a/provenance.json")))!;
        Assert.Equal("TestCorpus", provenance["corpus"]!.GetValue<string>());
        Assert.Equal(ToolInfo.Version, provenance["version"]!.GetValue<string>());
        Assert.Null(provenance["exported_at"]);
        var sources = provenance["sources"]!.AsArray().ToDictionary(s => s!["path"]!.GetValue<string>(), s => s!["sha256"]!.GetValue<string>());
        string seed = Path.Combine(TestCorpora.Clean, "seeds", "station-notice.txt");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(seed))), sources["seeds/station-notice.txt"]);
        Assert.Equal(5, sources.Count);
        var tables = provenance["tables"]!.AsArray();
        Assert.Equal(s_tables, tables.Select(t => t!["name"]!.GetValue<string>()));
        foreach (var table in tables)
        {
            Assert.Equal(File.ReadAllLines(output.File("a/" + table!["file"]!.GetValue<string>())).Length, table["rows"]!.GetValue<int>());
        }

        Assert.Equal(0, Cli.Run("export", "--corpus", TestCorpora.Clean, "--format", "jsonl", "--out", output.File("b"), "--time", "2025-01-31T12:00:00Z").ExitCode);
        Assert.Equal("2025-01-31T12:00:00Z", JsonNode.Parse(File.ReadAllText(output.File("b/provenance.json")))!["exported_at"]!.GetValue<string>());
    }

    [Fact]
    public void Tables_come_in_their_fixed_order_and_each_is_heard_once_as_it_is_built()
    {
        var heard = new System.Collections.Concurrent.ConcurrentBag<Table>();
        var tables = CorpusTables.Build(CorpusLoader.Load(CorpusFolder.Bundled).Graph, heard.Add);

        Assert.Equal(s_tables, tables.Select(t => t.Name));
        Assert.Equal(CorpusTables.Count, tables.Count);
        Assert.Equal(tables.Select(t => t.Name).Order(StringComparer.Ordinal), heard.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tables, table => Assert.Same(table, heard.Single(h => h.Name == table.Name)));
    }

    [Fact]
    public void Docs_describe_every_table_and_column_the_export_writes()
    {
        string docs = File.ReadAllText(Path.Combine(TestCorpora.Repository(), "docs", "cli.md"));
        foreach (var table in CorpusTables.Build(CorpusLoader.Load(CorpusFolder.Bundled).Graph))
        {
            int heading = docs.IndexOf($"### `{table.Name}`", StringComparison.Ordinal);
            Assert.True(heading >= 0, $"docs/cli.md has no section for {table.Name}.");
            int next = docs.IndexOf("### ", heading + 4, StringComparison.Ordinal);
            string section = next < 0 ? docs[heading..] : docs[heading..next];
            foreach (var column in table.Columns) Assert.Contains($"| `{column.Name}` |", section);
        }
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void Two_exports_of_the_same_corpus_are_byte_identical(string format)
    {
        using var output = new TemporaryFolder();
        Assert.Equal(0, Cli.Run("export", "--bundled", "--format", format, "--out", output.File("a")).ExitCode);
        Assert.Equal(0, Cli.Run("export", "--bundled", "--format", format, "--out", output.File("b")).ExitCode);
        foreach (var file in Directory.GetFiles(output.File("a")).Select(Path.GetFileName))
        {
            Assert.True(File.ReadAllBytes(output.File("a/" + file)).AsSpan().SequenceEqual(File.ReadAllBytes(output.File("b/" + file))), $"{file} differs.");
        }
        Assert.Equal(s_tables.Select(t => t + "." + format).Append("provenance.json").Order(StringComparer.Ordinal),
            Directory.GetFiles(output.File("a")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Existing_output_is_not_overwritten_without_force()
    {
        using var output = new TemporaryFolder();
        string dir = output.File("out");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "mine");
        var refused = Cli.Run("export", "--bundled", "--format", "jsonl", "--out", dir);
        Assert.Equal(2, refused.ExitCode);
        Assert.Single(refused.Error.TrimEnd().Split('\n'));
        Assert.Contains("--force", refused.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "keep.txt")));

        Assert.Equal(0, Cli.Run("export", "--bundled", "--format", "jsonl", "--out", dir, "--force").ExitCode);
        Assert.False(File.Exists(Path.Combine(dir, "keep.txt")));
        Assert.True(File.Exists(Path.Combine(dir, "statements.jsonl")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Unwritable_output_is_bad_input_and_leaves_nothing()
    {
        using var output = new TemporaryFolder();
        File.WriteAllText(output.File("file"), "");
        // A folder under a file cannot be created, whoever runs the tests.
        var result = Cli.Run("export", "--bundled", "--format", "csv", "--out", Path.Combine(output.File("file"), "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("choose a writable folder", result.Error);
        Assert.Equal(["file"], Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Corpus_with_errors_is_not_exported()
    {
        using var corpus = CheckTests.Broken();
        string dir = corpus.File("out");
        var result = Cli.Run("export", "--corpus", corpus.Path, "--format", "parquet", "--out", dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error CORP006", result.Error);
        Assert.False(Directory.Exists(dir));
        Assert.DoesNotContain(Directory.GetDirectories(corpus.Path), d => Path.GetFileName(d).StartsWith(".out", StringComparison.Ordinal));
    }

    private sealed record Expected(long Statements, long Articles, long Officials, long Topics, Dictionary<string, long> OfficialStatements);

    // The test corpus as its YAML declares it.
    private static Expected TestCorpus() => new(4, 2, 2, 3, new() { ["Jonas Berg"] = 1, ["Mira Solberg"] = 3 });

    // The bundled corpus as the compiled library has it.
    private static Expected Bundled() => new(
        Statements.All.Count, Articles.All.Count, Officials.All.Count, Topics.All.Count,
        Statements.All.Where(s => s.Speaker is Official).GroupBy(s => s.Speaker.Name).ToDictionary(g => g.Key, g => (long)g.Count()));

    private static DuckDBConnection DuckDb()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static IEnumerable<JsonNode> JsonLines(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!);
}
