using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Cli.Tests;

/// <summary><c>corpus new</c>: a starting annotation the build rejects until a person decides speaker and act.</summary>
public sealed class NewTests
{
    [Fact]
    public void Scaffold_has_every_quotation_verbatim_and_the_build_rejects_it_until_speaker_and_act_are_filled_in()
    {
        using var corpus = TestCorpora.Copy();
        File.Delete(corpus.File("annotations/articles/polar-briefing.yaml"));
        var result = Cli.Run("new", corpus.File("seeds/polar-briefing.txt"));
        Assert.True(result.ExitCode == 0, result.Error);
        string scaffold = corpus.File("annotations/articles/polar-briefing.yaml");
        string yaml = File.ReadAllText(scaffold);
        Assert.StartsWith("# yaml-language-server: $schema=../../.corpus/annotation.schema.json\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  source: 'polar-briefing.txt'", yaml);
        Assert.Contains("  headline: 'Polar council calls for shared network rules 🧊'", yaml);
        Assert.Contains("    text: 'agree on common rules for the shared network before the winter season'", yaml);
        Assert.Contains("    text: 'No station should monitor another station''s traffic 🛰️'", yaml);
        Assert.Contains("    - text: 'ALSO READ: Ice core data centre opens'\n      kind: also-read", yaml);

        // Unfinished: every statement is rejected, with the key to add.
        var check = Cli.Run("check", corpus.Path, "--format", "json");
        Assert.Equal(1, check.ExitCode);
        var missing = System.Text.Json.Nodes.JsonNode.Parse(check.Output)!.AsArray()
            .Where(d => d!["file"]!.GetValue<string>() == "annotations/articles/polar-briefing.yaml")
            .Select(d => (d!["id"]!.GetValue<string>(), d["message"]!.GetValue<string>()))
            .ToList();
        Assert.Equal(4, missing.Count);
        Assert.All(missing, d => Assert.Equal("CORP003", d.Item1));
        Assert.Equal(2, missing.Count(d => d.Item2.Contains("'speaker'", StringComparison.Ordinal)));

        // Decided: the scaffold passes as it is.
        File.WriteAllText(scaffold, yaml
            .Replace("    # speaker: Mira Solberg?", "    speaker: mira-solberg\n    #", StringComparison.Ordinal)
            .Replace("    # speaker: an official", "    speaker: mira-solberg\n    # an official", StringComparison.Ordinal)
            .Replace("    # act: ", "    act: assert\n    # ", StringComparison.Ordinal));
        var done = Cli.Run("check", corpus.Path);
        Assert.True(done.ExitCode == 0, done.Output);
    }

    [Fact]
    public void Scaffold_points_editors_at_the_shipped_schema_and_a_second_run_reuses_it()
    {
        using var corpus = TestCorpora.Copy();
        File.Delete(corpus.File("annotations/articles/polar-briefing.yaml"));
        File.Delete(corpus.File("annotations/articles/station-notice.yaml"));
        var first = Cli.Run("new", corpus.File("seeds/polar-briefing.txt"));
        Assert.True(first.ExitCode == 0, first.Error);
        string schema = corpus.File(".corpus/annotation.schema.json");
        Assert.Contains($"Wrote {schema}: the annotation schema, for editors.", first.Lines);
        Assert.Equal(ShippedSchema(), File.ReadAllBytes(SchemaOf(corpus.File("annotations/articles/polar-briefing.yaml"))));
        var written = File.GetLastWriteTimeUtc(schema);

        // Again, for another seed and at another depth: the same schema, left as it is.
        var second = Cli.Run("new", "station-notice.txt", "--corpus", corpus.Path, "--out", corpus.File("annotations/2025/march/notice.yaml"));
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.DoesNotContain("annotation schema", second.Output, StringComparison.Ordinal);
        Assert.Equal(schema, SchemaOf(corpus.File("annotations/2025/march/notice.yaml")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(schema));
        Assert.Single(Directory.GetFiles(corpus.File(".corpus")));

        // Both parse: the check reports only each statement's missing speaker and act.
        var check = Cli.Run("check", corpus.Path, "--format", "json");
        var ids = System.Text.Json.Nodes.JsonNode.Parse(check.Output)!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToList();
        int statements = new[] { "annotations/articles/polar-briefing.yaml", "annotations/2025/march/notice.yaml" }
            .Sum(f => File.ReadLines(corpus.File(f)).Count(l => l.StartsWith("  - id: ", StringComparison.Ordinal)));
        Assert.Equal(4, statements);
        Assert.Equal(2 * statements, ids.Count);
        Assert.All(ids, id => Assert.Equal("CORP003", id));
    }

    [Fact]
    public void A_schema_copy_that_differs_from_the_shipped_one_is_replaced()
    {
        using var corpus = TestCorpora.Copy();
        File.Delete(corpus.File("annotations/articles/polar-briefing.yaml"));
        Directory.CreateDirectory(corpus.File(".corpus"));
        string schema = corpus.File(".corpus/annotation.schema.json");
        File.WriteAllText(schema, "{ \"title\": \"an older schema\" }");
        var result = Cli.Run("new", corpus.File("seeds/polar-briefing.txt"));
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains($"Updated {schema}: the annotation schema, for editors.", result.Lines);
        Assert.Equal(ShippedSchema(), File.ReadAllBytes(schema));
        Assert.Equal(schema, SchemaOf(corpus.File("annotations/articles/polar-briefing.yaml")));
    }

    [Fact]
    public void A_copy_of_the_schema_the_annotations_already_point_at_is_used_and_an_outdated_one_is_not()
    {
        using var corpus = TestCorpora.Copy();
        File.Delete(corpus.File("annotations/articles/polar-briefing.yaml"));
        string registry = corpus.File("annotations/registry.yaml");
        File.WriteAllText(registry, "# yaml-language-server: $schema=schema/annotation.schema.json\n" + File.ReadAllText(registry));
        Directory.CreateDirectory(corpus.File("annotations/schema"));
        string own = corpus.File("annotations/schema/annotation.schema.json");
        File.WriteAllBytes(own, ShippedSchema());

        var result = Cli.Run("new", corpus.File("seeds/polar-briefing.txt"));
        Assert.True(result.ExitCode == 0, result.Error);
        string scaffold = corpus.File("annotations/articles/polar-briefing.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=../schema/annotation.schema.json\n", File.ReadAllText(scaffold), StringComparison.Ordinal);
        Assert.False(Directory.Exists(corpus.File(".corpus")));

        // The corpus's copy is of another version: the tool's own copy is written and used instead.
        File.Delete(scaffold);
        File.WriteAllText(own, "{}");
        Assert.Equal(0, Cli.Run("new", corpus.File("seeds/polar-briefing.txt")).ExitCode);
        Assert.Equal(corpus.File(".corpus/annotation.schema.json"), SchemaOf(scaffold));
        Assert.Equal("{}", File.ReadAllText(own));
    }

    [Fact]
    public void A_path_with_white_space_is_written_as_a_file_uri()
    {
        using var folder = new TemporaryFolder();
        string root = folder.File("polar corpus");
        TestCorpora.CopyDirectory(TestCorpora.Clean, root);
        File.Delete(Path.Combine(root, "annotations", "articles", "polar-briefing.yaml"));
        string scaffold = folder.File("drafts/polar-briefing.yaml");
        var result = Cli.Run("new", Path.Combine(root, "seeds", "polar-briefing.txt"), "--out", scaffold);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("# yaml-language-server: $schema=file:///", File.ReadAllText(scaffold), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(root, ".corpus", "annotation.schema.json"), SchemaOf(scaffold));
    }

    [Fact]
    public void A_filled_in_scaffold_of_every_bundled_seed_covers_every_quotation_with_the_right_kind()
    {
        string repository = TestCorpora.Repository();
        foreach (var seed in Directory.GetFiles(Path.Combine(repository, "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            using var corpus = new TemporaryFolder();
            TestCorpora.CopyDirectory(Path.Combine(repository, "annotations"), corpus.File("annotations"));
            TestCorpora.CopyDirectory(Path.Combine(repository, "seeds"), corpus.File("seeds"));
            Directory.CreateDirectory(corpus.File("docs"));
            File.Copy(Path.Combine(repository, "docs", "annotation.schema.json"), corpus.File("docs/annotation.schema.json"));
            string annotation = corpus.File(Path.Combine("annotations", "articles", Path.ChangeExtension(seed!, ".yaml")));
            // The article keeps its ID, so the registries' references to it still resolve.
            string id = Regex.Match(File.ReadAllText(annotation), @"^  id: (\S+)$", RegexOptions.Multiline).Groups[1].Value;
            File.Delete(annotation);
            var result = Cli.Run("new", seed!, "--corpus", corpus.Path);
            Assert.True(result.ExitCode == 0, result.Error);
            // The repository's annotations point at docs/: the scaffold does too, and no second copy is written.
            string yaml = File.ReadAllText(annotation);
            Assert.StartsWith("# yaml-language-server: $schema=../../docs/annotation.schema.json\n", yaml, StringComparison.Ordinal);
            Assert.False(Directory.Exists(corpus.File(".corpus")));
            // A person's decisions, made mechanically: a speaker, an act, a topic, a date.
            yaml = Regex.Replace(yaml, @"^  id: \S+$", "  id: " + id, RegexOptions.Multiline);
            yaml = Regex.Replace(yaml, @"^    # speaker: .*$", "    speaker: US", RegexOptions.Multiline);
            yaml = Regex.Replace(yaml, @"^    # act: .*$", "    act: assert\n    no-target: decided mechanically\n    topics: [attribution]", RegexOptions.Multiline);
            File.WriteAllText(annotation, yaml.Replace("  # published: YYYY-MM-DD", "  published: 2025-12-01", StringComparison.Ordinal));

            var check = Cli.Run("check", corpus.Path, "--format", "json");
            var here = System.Text.Json.Nodes.JsonNode.Parse(check.Output)!.AsArray()
                .Select(d => $"{d!["file"]}: {d["id"]} {d["message"]}")
                .Where(d => d.StartsWith("annotations/articles/" + Path.ChangeExtension(seed!, ".yaml"), StringComparison.Ordinal) || d.StartsWith("seeds/" + seed, StringComparison.Ordinal))
                .ToList();
            Assert.True(here.Count == 0, seed + ":\n" + string.Join("\n", here));
        }
    }

    /// <summary>The schema the tool ships: the repository's docs/annotation.schema.json.</summary>
    private static byte[] ShippedSchema() => File.ReadAllBytes(Path.Combine(TestCorpora.Repository(), "docs", "annotation.schema.json"));

    /// <summary>
    /// The file the first line of <paramref name="annotation"/> points editors at, as the YAML language server reads
    /// it: a <c>file:</c> URI, or a path relative to the annotation's folder. The file must exist.
    /// </summary>
    private static string SchemaOf(string annotation)
    {
        string first = File.ReadLines(annotation).First();
        var match = Regex.Match(first, @"^# yaml-language-server: \$schema=(\S+)$");
        Assert.True(match.Success, $"The first line of {annotation} is not a schema line: {first}");
        string reference = match.Groups[1].Value;
        string path = reference.StartsWith("file:", StringComparison.Ordinal)
            ? new Uri(reference).LocalPath
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(annotation)!, reference));
        Assert.True(File.Exists(path), $"{annotation} points at {reference}, which does not exist");
        return path;
    }

    [Fact]
    public void Sentences_with_a_reporting_verb_and_a_named_speaker_become_paraphrases_and_boilerplate_is_proposed()
    {
        using var corpus = TestCorpora.Copy();
        File.WriteAllText(corpus.File("seeds/talks.txt"),
            "Minister backs talks\n\nForeign Minister Anna Kowalska said the talks would continue next week. Officials told reporters nothing.\n\n"
            + "She added that nothing was agreed.\n\nPhoto: The ministry building\n\nCopyright 2025 Example News. All rights reserved.\n");
        var result = Cli.Run("new", "talks.txt", "--corpus", corpus.Path);
        Assert.True(result.ExitCode == 0, result.Error);
        string yaml = File.ReadAllText(corpus.File("annotations/articles/talks.yaml"));
        Assert.Contains("    kind: paraphrase\n    text: 'Foreign Minister Anna Kowalska said the talks would continue next week.'", yaml);
        Assert.Contains("# speaker: Foreign Minister Anna Kowalska?", yaml);
        // No named speaker: not proposed.
        Assert.DoesNotContain("Officials told", yaml);
        Assert.DoesNotContain("She added", yaml);
        Assert.Contains("    - text: 'Photo: The ministry building'\n      kind: caption", yaml);
        Assert.Contains("    - text: 'Copyright 2025 Example News. All rights reserved.'\n      kind: footer", yaml);
        Assert.Single(yaml.Split('\n'), l => l.StartsWith("  - id: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Existing_annotation_is_never_overwritten()
    {
        using var corpus = TestCorpora.Copy();
        string existing = corpus.File("annotations/articles/polar-briefing.yaml");
        string before = File.ReadAllText(existing);
        var result = Cli.Run("new", corpus.File("seeds/polar-briefing.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.Contains("never overwrites", result.Error);
        Assert.Equal(before, File.ReadAllText(existing));
    }

    [Fact]
    public void Missing_seed_is_bad_input()
    {
        using var corpus = TestCorpora.Copy();
        var result = Cli.Run("new", "nothing-here.txt", "--corpus", corpus.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void Seed_that_is_not_utf8_is_bad_input()
    {
        using var corpus = TestCorpora.Copy();
        File.WriteAllBytes(corpus.File("seeds/latin1.txt"), [.. "Caf"u8.ToArray(), 0xE9, (byte)'\n']);
        var result = Cli.Run("new", "latin1.txt", "--corpus", corpus.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not UTF-8", result.Error);
        Assert.False(File.Exists(corpus.File("annotations/articles/latin1.yaml")));
    }
}
