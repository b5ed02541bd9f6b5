using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Corpus.Package.Tests;

/// <summary>
/// What the build checked is what the program reads, for every encoding and seed name, in a
/// real consumer build: each seed either builds and reads back exactly at run time (embedded as a
/// resource or compiled in), or fails the build with a diagnostic naming it. Few builds, each
/// holding many cases: they are slow.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class HostileSeedTests
{
    // Characters from the Basic Multilingual Plane and beyond it, and quotes that fold.
    private const string Text = "Ministère: “hacking” — 简体 😀 naïve\n\nThe chair said the stations must agree on common rules for the network.\n";
    private const string LatinText = "Ministère naïve\n\nThe chair said the stations must agree on common rules for the network.\n";
    private const string Quote = "agree on common rules for the network";

    // The seeds quote "hacking" in their first line: a quotation that is not speech (codebook, CORP050).
    private const string ScareQuote = "not-speech:\n  - text: hacking\n    reason: scare quotes around a disputed word\n";

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public HostileSeedTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    /// <summary>Seeds that must build: seed path below seeds/ → bytes.</summary>
    private static readonly (string Name, byte[] Bytes)[] s_faithful =
    {
        ("utf8.txt", new UTF8Encoding(false).GetBytes(Text)),
        ("utf8-bom.txt", WithBom(new UTF8Encoding(true))),
        ("utf16le.txt", WithBom(new UnicodeEncoding(false, true))),
        ("utf16be.txt", WithBom(new UnicodeEncoding(true, true))),
        ("ascii-latin1.txt", Encoding.Latin1.GetBytes("Plain ASCII is Latin-1 too.\n\nThe chair said the stations must agree on common rules for the network.\n")),
        ("a#b.txt", Encoding.UTF8.GetBytes(Text)),
        ("c;d.txt", Encoding.UTF8.GetBytes(Text)),
        ("e,f g~h%41.txt", Encoding.UTF8.GetBytes(Text)),
        ("one/same.txt", Encoding.UTF8.GetBytes(Text)),
        ("two/same.txt", Encoding.UTF8.GetBytes(Text)),
    };

    /// <summary>Seeds that must fail the build with CORP040: name → what the message names.</summary>
    private static readonly (string Name, byte[] Bytes, string Named)[] s_unfaithful =
    {
        ("utf32le.txt", WithBom(new UTF32Encoding(false, true)), "UTF-32"),
        ("utf32be.txt", WithBom(new UTF32Encoding(true, true)), "UTF-32"),
        ("invalid-utf8.txt", Encoding.UTF8.GetBytes(Text).Concat(new byte[] { 0xFF }).ToArray(), "not valid UTF-8"),
        ("latin1.txt", Encoding.Latin1.GetBytes(LatinText), "not valid UTF-8"),
    };

    private static byte[] WithBom(Encoding encoding) => encoding.GetPreamble().Concat(encoding.GetBytes(Text)).ToArray();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_seed_that_builds_reads_at_run_time_exactly_as_the_build_checked_it(bool embed)
    {
        var consumer = Project("Faithful_" + embed, embed, s_faithful.Select(s => (s.Name, s.Bytes)));
        consumer.WithFile("Program.cs", """
            using System;
            using System.Linq;
            using System.Text;
            foreach (var a in Hostile.Articles.All.OrderBy(a => a.Id, StringComparer.Ordinal))
                Console.WriteLine($"{a.SourcePath}|{Convert.ToBase64String(Encoding.UTF8.GetBytes(a.Text))}|{a.Statements.Single().Text}");
            """);
        var build = consumer.Build();
        Log(build);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(build.Lines, l => l.Contains("CORP", StringComparison.Ordinal));

        var run = consumer.Run();
        Log(run);
        Assert.Equal(0, run.ExitCode);
        var expected = s_faithful
            .Select((s, i) => $"{s.Name}|{Convert.ToBase64String(Encoding.UTF8.GetBytes(Decoded(s.Name)))}|{Quote}")
            .ToList();
        var lines = run.Lines.Where(l => l.Contains('|')).ToList();
        Assert.Equal(expected.OrderBy(l => l, StringComparer.Ordinal), lines.OrderBy(l => l, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_seed_that_cannot_be_read_faithfully_or_named_apart_fails_the_build_naming_it(bool embed)
    {
        var consumer = Project("Unfaithful_" + embed, embed, s_unfaithful.Select(s => (s.Name, s.Bytes)),
            "seeds/**/*.txt;more/**/*.txt");
        // A second root: 'more/utf8.txt' and 'seeds/utf8.txt' are both named 'utf8.txt'.
        consumer.WithBytes("seeds/utf8.txt", Encoding.UTF8.GetBytes(Text)).WithBytes("more/utf8.txt", Encoding.UTF8.GetBytes(Text));
        consumer.WithFile("Program.cs", "System.Console.WriteLine(0);\n");

        var build = consumer.Build();
        Log(build);
        Assert.NotEqual(0, build.ExitCode);
        foreach (var (name, _, named) in s_unfaithful)
        {
            Assert.Contains(build.Lines, l => l.Contains("error CORP040", StringComparison.Ordinal)
                && l.Contains($"'{name}'", StringComparison.Ordinal) && l.Contains(named, StringComparison.Ordinal));
        }
        Assert.Contains(build.Lines, l => l.Contains("error CORP041", StringComparison.Ordinal)
            && l.Contains("seeds/utf8.txt", StringComparison.Ordinal) && l.Contains("more/utf8.txt", StringComparison.Ordinal));
        // Nothing but these (and the compiler's own CS2015 for a file it takes for binary): the articles on unreadable seeds are not checked against garbled text.
        Assert.All(build.Lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)),
            l => Assert.Matches("error (CORP04[01]|CS2015)", l));
    }

    private static string Decoded(string name) => name switch
    {
        "ascii-latin1.txt" => "Plain ASCII is Latin-1 too.\n\nThe chair said the stations must agree on common rules for the network.\n",
        _ => Text,
    };

    /// <summary>A consumer with one registry and one article per seed, each quoting the same passage.</summary>
    private ConsumerProject Project(string name, bool embed, IEnumerable<(string Name, byte[] Bytes)> seeds, string? seedGlobs = null)
    {
        var properties = new Dictionary<string, string> { ["CorpusNamespace"] = "Hostile", ["CorpusEmbedSeeds"] = embed ? "true" : "false" };
        if (seedGlobs is not null) properties["CorpusSeeds"] = seedGlobs;
        var consumer = new ConsumerProject(_feed, "Hostile_" + name, "net10.0", properties)
            .WithFile("annotations/registry.yaml", """
                officials:
                  - id: mira-solberg
                    name: Mira Solberg
                    country: AQ
                    roles:
                      - title: Chair
                        organization: polar-network-council
                        from: 2024
                organizations:
                  - id: polar-network-council
                    name: Polar Network Council
                    country: AQ
                    kind: intergovernmental
                """);
        int index = 0;
        foreach (var (seed, bytes) in seeds)
        {
            index++;
            consumer.WithBytes("seeds/" + seed, bytes).WithFile($"annotations/articles/article{index}.yaml", $"""
                article:
                  id: article-{index}
                  source: "{seed}"
                  published: 2025-03-03
                statements:
                  - id: statement-{index}
                    speaker: mira-solberg
                    kind: paraphrase
                    text: {Quote}
                    act: appeal
                    no-target: the text names no one
                {(seed == "ascii-latin1.txt" ? "" : ScareQuote)}
                """);
        }
        return consumer;
    }

    private void Log(CommandResult result) => _output.WriteLine(result.ToString());
}
