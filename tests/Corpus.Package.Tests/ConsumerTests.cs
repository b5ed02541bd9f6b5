using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Corpus.Package.Tests;

/// <summary>
/// Fresh projects outside the repository that install the packed package from a local folder
/// feed, build with `dotnet build` and run with `dotnet run`: the bundled corpus, a corpus of
/// their own, and a broken annotation.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests
{
    private const string OwnArticle = "annotations/articles/polar-briefing.yaml";
    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public ConsumerTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("net10.0")]
    public void The_README_first_query_runs_against_the_bundled_corpus(string targetFramework)
    {
        var consumer = new ConsumerProject(_feed, "Bundled_" + targetFramework.Replace('.', '_'), targetFramework)
            .WithFile("Program.cs", ReadmeSnippets.Get("bundled/Program.cs"));

        var build = Succeeds(consumer.Build());
        AssertNoWarnings(build);
        // No annotations or seeds of its own: the generator adds nothing.
        Assert.Empty(consumer.GeneratedFiles());

        var run = Succeeds(consumer.Run());
        var hua = Officials.HuaChunying;
        var lines = run.Lines.Where(l => l.Length > 0).ToList();
        Assert.Equal($"Hua Chunying: {hua.Statements.Count} statements", lines[0]);
        var accusations = hua.Statements.Where(s => s.Act == SpeechAct.Accuse).ToList();
        Assert.NotEmpty(accusations);
        Assert.Equal(1 + 2 * accusations.Count, lines.Count);
        foreach (var statement in accusations)
        {
            Assert.Contains($"    {statement.Article.SourcePath}, line {statement.Line}", lines);
            Assert.Contains(lines, l => l.EndsWith($": \"{statement.Text}\"", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("net10.0", "CorpusNamespace")]
    [InlineData("net8.0", "RootNamespace")] // CorpusNamespace defaults to the root namespace
    public void A_project_with_its_own_annotations_gets_its_own_typed_corpus(string targetFramework, string namespaceProperty)
    {
        var consumer = OwnCorpusProject("Own_" + targetFramework.Replace('.', '_'), targetFramework,
            new Dictionary<string, string> { [namespaceProperty] = "Polar.Briefings" });

        var build = Succeeds(consumer.Build());
        AssertNoWarnings(build);
        // One file per article, the registries, the manifest.
        var generated = consumer.GeneratedFiles().OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "Corpus.Articles.polar-council-network-rules.g.cs", "Corpus.Manifest.g.cs", "Corpus.Registries.g.cs" }, generated.Select(f => Path.GetFileName(f)));
        Assert.All(generated, f => Assert.Contains("namespace Polar.Briefings", File.ReadAllText(f)));

        var run = Succeeds(consumer.Run());
        Assert.Equal(ReadmeSnippets.Get("own/output.txt").TrimEnd(), run.Output.TrimEnd());
    }

    [Fact]
    public void A_broken_annotation_fails_the_build_at_its_line_and_column()
    {
        string article = ReadmeSnippets.Get("own/" + OwnArticle);
        const string good = "    act: demand\n";
        Assert.Contains(good, article);
        string broken = article.Replace(good, "    akt: demand\n");
        var (line, column) = Position(broken, "akt:");

        var consumer = OwnCorpusProject("Broken", "net10.0", new Dictionary<string, string> { ["CorpusNamespace"] = "Polar.Briefings" })
            .WithFile(OwnArticle, broken)
            // Uses the corpus without naming the broken statement: the rest still generates.
            .WithFile("Program.cs", "System.Console.WriteLine(Polar.Briefings.Statements.All.Count);\n");

        var build = consumer.Build();
        Log(build);
        Assert.NotEqual(0, build.ExitCode);
        string expected = $"{OwnArticle}({line},{column}): error CORP002: Unknown key 'akt'";
        Assert.Contains(build.Lines, l => l.StartsWith(Path.Combine(consumer.Directory, OwnArticle), StringComparison.Ordinal) && l.Contains(expected, StringComparison.Ordinal));
        Assert.All(build.Lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)),
            l => Assert.Contains(": error CORP", l, StringComparison.Ordinal));
        // The README shows this very error.
        Assert.Contains($"/src/Polar/{OwnArticle}({line},{column}): error CORP002:", File.ReadAllText(ReadmeSnippets.ReadmePath));
    }

    [Fact]
    public void The_build_files_hand_a_projects_corpus_to_the_generator_as_its_properties_say()
    {
        var consumer = OwnCorpusProject("Properties", "net10.0", new Dictionary<string, string>());
        Succeeds(DotNetCli.Run(consumer.Directory, _feed.Environment, "restore", "-tl:off"));

        var defaults = Evaluate(consumer);
        Assert.Equal("Properties", defaults.Namespace); // the project's root namespace
        Assert.Equal(new[]
        {
            "annotations/articles/polar-briefing.yaml=annotation",
            "annotations/registry.yaml=annotation",
            "seeds/polar-briefing.txt=seed",
        }, defaults.Files);

        var configured = Evaluate(consumer, "-p:CorpusNamespace=Elsewhere", "-p:CorpusAnnotations=annotations/articles/*.yaml", "-p:CorpusSeeds=texts/*.txt");
        Assert.Equal("Elsewhere", configured.Namespace);
        Assert.Equal(new[] { "annotations/articles/polar-briefing.yaml=annotation" }, configured.Files);

        Assert.Empty(Evaluate(consumer, "-p:CorpusAutoInclude=false").Files);
    }

    /// <summary>What the generator will see: the CorpusNamespace it is passed and the AdditionalFiles with their CorpusKind.</summary>
    private (string? Namespace, string[] Files) Evaluate(ConsumerProject consumer, params string[] properties)
    {
        var result = Succeeds(DotNetCli.Run(consumer.Directory, _feed.Environment,
            new[] { "msbuild", "-getProperty:CorpusNamespace", "-getItem:AdditionalFiles", "-getItem:CompilerVisibleProperty" }.Concat(properties).ToArray()));
        using var json = JsonDocument.Parse(result.Output);
        var items = json.RootElement.GetProperty("Items");
        Assert.Contains(items.GetProperty("CompilerVisibleProperty").EnumerateArray(), p => p.GetProperty("Identity").GetString() == "CorpusNamespace");
        var files = items.TryGetProperty("AdditionalFiles", out var additional)
            ? additional.EnumerateArray()
                .Where(f => f.TryGetProperty("CorpusKind", out _))
                .Select(f => f.GetProperty("Identity").GetString()!.Replace('\\', '/') + "=" + f.GetProperty("CorpusKind").GetString())
                .OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
        return (json.RootElement.GetProperty("Properties").GetProperty("CorpusNamespace").GetString(), files);
    }

    /// <summary>The README's bring-your-own example: its annotations, seed and program.</summary>
    private ConsumerProject OwnCorpusProject(string name, string targetFramework, IReadOnlyDictionary<string, string> properties)
    {
        var consumer = new ConsumerProject(_feed, name, targetFramework, properties);
        var files = ReadmeSnippets.Under("own/").Where(f => f.Key != "output.txt").ToList();
        Assert.Contains(files, f => f.Key.StartsWith("annotations/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Key.StartsWith("seeds/", StringComparison.Ordinal));
        foreach (var (path, text) in files) consumer.WithFile(path, text);
        return consumer;
    }

    private CommandResult Succeeds(CommandResult result)
    {
        Log(result);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static void AssertNoWarnings(CommandResult build) =>
        Assert.DoesNotContain(build.Lines, l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains("CORP", StringComparison.Ordinal));

    private void Log(CommandResult result) => _output.WriteLine(result.ToString());

    /// <summary>1-based line and column of the first occurrence of <paramref name="text"/>.</summary>
    private static (int Line, int Column) Position(string content, string text)
    {
        int index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' not found");
        int line = 1 + content.Take(index).Count(c => c == '\n');
        int column = index - (content.LastIndexOf('\n', index) + 1) + 1;
        return (line, column);
    }
}
