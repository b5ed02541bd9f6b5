extern alias generator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using generator::Corpus.Generator.Yaml;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The subset reader and YamlDotNet give the same tree, positions included, for every text the subset
/// reader accepts; everything it declines goes to YamlDotNet, so an error never depends on which reader ran.
/// </summary>
public class SubsetYamlReaderTests
{
    /// <summary>Texts in the subset, each with something that reader must get exactly right.</summary>
    public static TheoryData<string> InSubset => new()
    {
        "a: b\n",
        "a: b",
        "a: b   \n",
        "a:\n",
        "a:",
        "a:   # nothing\nb: c\n",
        "a: ~\nb: null\n",
        "a: b # comment\nc: d\n",
        "# head\n\na: b\n\n# tail\n",
        "a: x#y\n",
        "a: b:c\n",
        "a: -5\n",
        "a: [x, y, z]\n",
        "a: []\n",
        "a: [ x , 'y z' , \"w\" ]\n",
        "a: {}\n",
        "a: { value: 2022-10-19, basis: inferred, evidence: \"'on Wednesday'\" }\n",
        "a: {value: 1}\n",
        "a: 'it''s'\n",
        "a: \"say \\\"hi\\\" \\\\ \\n \\t \\u00e9 \\x41\"\n",
        "a: \"one\n  two\n\n  three\"\n",
        "a: 'one\n  two   \n  three'\n",
        "a: \"joined\\\n  here\"\n",
        "a: plain text\n  continued here\n\n  after a blank\nb: c\n",
        "a: plain\n  continued # comment\nb: c\n",
        "a: >-\n  folded\n  text\n\n  para\nb: c\n",
        "a: >\n  folded\n  text\n",
        "a: >\n  folded\n\n\n",
        "a: |\n  literal\n  text\n\n  para\nb: c\n",
        "a: |-\n  literal\n    indented\n",
        "a: |\n\n  after blank\n",
        "a: >- # comment\n  text\n",
        "a: >\nb: c\n",
        "a: |\n",
        "list:\n  - one\n  - two\n",
        "list:\n- one\n- two\nnext: x\n",
        "list:\n  -\n  - two\n",
        "list:\n  - id: one\n    name: One\n  - id: two\n    name: >-\n      Two\n      lines\n",
        "list:\n  - id: one\n    tags: [a, b]\n    more:\n      - x\n",
        "list:\n  -\n    id: one\n",
        "- a\n- b\n",
        "a:\n  b:\n    c: d\n",
        "a:\n  \"quoted on its own line\"\n",
        "a:\n  plain on its own line\n  continued\n",
        "key with spaces: value\n",
        "a: \"\"\n",
        "a: ''\n",
        "a: “curly” quotes and é, 中文\n",
        "",
        "\n\n",
        "# only a comment\n",
        "a: O-5 {\n  ",
        "a: x *y\nb: O {\n  ",
    };

    /// <summary>Texts outside the subset (or not YAML at all), which must be left to YamlDotNet.</summary>
    public static TheoryData<string> OutsideSubset => new()
    {
        "a: &x b\nc: *x\n",
        "a: !!str b\n",
        "? a\n: b\n",
        "\"quoted key\": b\n",
        "---\na: b\n",
        "a: b\n...\n",
        "%YAML 1.2\n---\na: b\n",
        "a: b\rc: d\n",
        "a: b\r",
        "a: \"b\r\"\r\n",
        "a:\tb\n",
        "\uFEFFa: b\n",
        "a: |+\n  keep\n\n",
        "a: |2\n   text\n",
        "a: >\n  folded\n    more indented\n",
        "a: [x, [y]]\n",
        "a: [x,\n  y]\n",
        "a: [\"x\n  y\"]\n",
        "a: {b: [c]}\n",
        "a: b: c\n",
        "a: b\n  c: d\n",
        "a: b\n   - c\n",
        "- - a\n",
        "a: \"unterminated\n",
        "a: \"bad \\q escape\"\n",
        "a: b\n c: d\n",
        "a: b\n- c\n",
        "plain scalar document\n",
        "a: 'x'y\n",
        "a: \"x\"#c\n",
        "a: @x\n",
        "a: `x\n",
        "k *a: x\nb: c\n",
    };

    [Theory]
    [MemberData(nameof(InSubset))]
    public void Reads_these_texts_itself_and_exactly_as_YamlDotNet_does(string yaml)
    {
        Assert.True(SubsetYamlReader.TryRead(yaml, out var subset), "the subset reader declined");
        AssertSameTree(YamlTree.ReadWithYamlDotNet(yaml), subset, yaml);
    }

    [Theory]
    [MemberData(nameof(OutsideSubset))]
    public void Declines_these_texts(string yaml)
    {
        Assert.False(SubsetYamlReader.TryRead(yaml, out var root));
        Assert.Null(root);
    }

    [Fact]
    public void Reads_every_repository_annotation_file_itself_and_exactly_as_YamlDotNet_does()
    {
        var files = AnnotationFiles().ToList();
        Assert.True(files.Count >= 9, "the repository's annotation files were not found");
        foreach (var (path, text) in files)
        {
            Assert.True(SubsetYamlReader.TryRead(text, out var subset), $"the subset reader declined {path}");
            AssertSameTree(YamlTree.ReadWithYamlDotNet(text), subset, path);
        }
    }

    /// <summary>
    /// Seeded mutations of the repository's annotations: whatever the subset reader accepts, YamlDotNet
    /// reads without error into the same tree. The mutations are bounded by count, not time.
    /// </summary>
    [Fact]
    public void Whatever_it_accepts_of_mutated_annotations_YamlDotNet_reads_the_same()
    {
        var texts = AnnotationFiles().Select(f => f.Text).ToList();
        int accepted = 0, declined = 0;
        for (int seed = 0; seed < 4000; seed++)
        {
            var random = new Random(seed);
            // Half the bases are the repository's files, half random documents of the subset.
            string text = Mutator.Mutate(seed % 2 == 0 ? texts[seed / 2 % texts.Count] : SubsetDocuments.Build(random), random, out string description);
            if (!SubsetYamlReader.TryRead(text, out var subset))
            {
                declined++;
                continue;
            }
            accepted++;
            YamlNode? expected;
            try
            {
                expected = YamlTree.ReadWithYamlDotNet(text);
            }
            catch (YamlReadException e)
            {
                throw new Xunit.Sdk.XunitException($"seed {seed} ({description}): the subset reader accepted a text YamlDotNet refuses: {e.Message} at {e.Range}\n{(text.Length < 3000 ? text : "")}");
            }
            AssertSameTree(expected, subset, $"seed {seed} ({description})");
        }
        // Both sides are exercised: many mutations stay in the subset, and many leave it (most by a character or an error).
        Assert.True(accepted > 500, $"only {accepted} mutated texts were accepted");
        Assert.True(declined > 500, $"only {declined} mutated texts were declined");
    }

    /// <summary>
    /// Seeded random documents built from the subset's own forms (folded plain and quoted lines, escapes,
    /// block scalars with blank lines, flow collections, comments anywhere): nearly all are accepted, and
    /// every accepted one is YamlDotNet's tree.
    /// </summary>
    [Fact]
    public void Random_documents_of_the_subset_are_read_exactly_as_YamlDotNet_reads_them()
    {
        int accepted = 0;
        const int Documents = 6000;
        for (int seed = 0; seed < Documents; seed++)
        {
            string text = SubsetDocuments.Build(new Random(seed));
            if (!SubsetYamlReader.TryRead(text, out var subset)) continue;
            accepted++;
            YamlNode? expected;
            try
            {
                expected = YamlTree.ReadWithYamlDotNet(text);
            }
            catch (YamlReadException e)
            {
                throw new Xunit.Sdk.XunitException($"seed {seed}: the subset reader accepted a text YamlDotNet refuses: {e.Message} at {e.Range}\n{text}");
            }
            AssertSameTree(expected, subset, $"seed {seed}:\n{text}\n");
        }
        Assert.True(accepted > Documents * 8 / 10, $"only {accepted} of {Documents} documents were accepted");
    }

    /// <summary>
    /// The same documents and the repository's files written with CR LF line breaks, as a Windows checkout
    /// writes them: read by the subset reader whenever their LF form is, into YamlDotNet's tree of the CR LF text.
    /// </summary>
    [Fact]
    public void Texts_with_CR_LF_breaks_are_read_exactly_as_YamlDotNet_reads_them()
    {
        var texts = AnnotationFiles().Select(f => (Where: f.Path, f.Text))
            .Concat(Enumerable.Range(0, 3000).Select(seed => (Where: $"seed {seed}", Text: SubsetDocuments.Build(new Random(seed)))))
            .ToList();
        int accepted = 0;
        foreach (var (where, lf) in texts)
        {
            if (!SubsetYamlReader.TryRead(lf, out _)) continue;
            string crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
            Assert.True(SubsetYamlReader.TryRead(crlf, out var subset), $"{where}: declined with CR LF breaks");
            accepted++;
            AssertSameTree(YamlTree.ReadWithYamlDotNet(crlf), subset, $"{where} with CR LF breaks:\n{crlf.Replace("\r", "\\r", StringComparison.Ordinal)}\n");
        }
        Assert.True(accepted > 2000, $"only {accepted} texts were compared");
    }

    [Fact]
    public void An_error_is_YamlDotNet_s_whichever_reader_is_tried_first()
    {
        const string yaml = "topics:\n  - id: one\n    name: \"unterminated\n";
        var direct = Assert.Throws<YamlReadException>(() => YamlTree.ReadWithYamlDotNet(yaml));
        var viaRead = Assert.Throws<YamlReadException>(() => YamlTree.Read(yaml));
        Assert.Equal(direct.Message, viaRead.Message);
        Assert.Equal(direct.Range, viaRead.Range);
    }

    private static IEnumerable<(string Path, string Text)> AnnotationFiles()
    {
        string root = GeneratorHarness.RepositoryRoot();
        foreach (string directory in new[] { Path.Combine(root, "annotations"), Path.Combine(root, "tests", "Corpus.Cli.Tests", "TestCorpus", "annotations") })
        {
            foreach (string path in Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
            {
                yield return (path, File.ReadAllText(path));
            }
        }
    }

    private static void AssertSameTree(YamlNode? expected, YamlNode? actual, string where)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{where}: one reader found an empty stream and the other did not");
            return;
        }
        Compare(expected, actual, where, "$");
    }

    private static void Compare(YamlNode expected, YamlNode actual, string where, string path)
    {
        void Same<T>(T e, T a, string what)
        {
            if (!EqualityComparer<T>.Default.Equals(e, a))
            {
                throw new Xunit.Sdk.XunitException($"{where} at {path}: {what} differs; YamlDotNet {Show(e)}, subset reader {Show(a)}");
            }
        }
        Same(expected.Kind, actual.Kind, "kind");
        Same(expected.Value, actual.Value, "value");
        Same(expected.IsPlainScalar, actual.IsPlainScalar, "plain");
        Same(expected.Range, actual.Range, "range");
        Same(expected.ExpandedSize, actual.ExpandedSize, "size");
        Same(expected.Entries.Count, actual.Entries.Count, "entry count");
        Same(expected.Items.Count, actual.Items.Count, "item count");
        for (int i = 0; i < expected.Entries.Count; i++)
        {
            Compare(expected.Entries[i].Key, actual.Entries[i].Key, where, $"{path}.key[{i}]");
            Compare(expected.Entries[i].Value, actual.Entries[i].Value, where, $"{path}.{expected.Entries[i].Key.Value}");
        }
        for (int i = 0; i < expected.Items.Count; i++)
        {
            Compare(expected.Items[i], actual.Items[i], where, $"{path}[{i}]");
        }
    }

    private static string Show<T>(T value) => value is string s ? "\"" + s.Replace("\n", "\\n", StringComparison.Ordinal) + "\"" : value?.ToString() ?? "null";
}
