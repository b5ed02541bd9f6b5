using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Bundled;
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
        var generated = Assert.Single(consumer.GeneratedFiles());
        Assert.Equal("Corpus.g.cs", Path.GetFileName(generated));
        Assert.Contains("namespace Polar.Briefings", File.ReadAllText(generated));

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
    public void A_diagnostic_links_to_the_catalogue_that_came_with_the_package()
    {
        string broken = ReadmeSnippets.Get("own/" + OwnArticle).Replace("    act: demand\n", "    akt: demand\n");
        var consumer = OwnCorpusProject("HelpLink", "net10.0", new Dictionary<string, string> { ["CorpusNamespace"] = "Polar.Briefings" })
            .WithFile(OwnArticle, broken)
            .WithFile("Program.cs", "System.Console.WriteLine(Polar.Briefings.Statements.All.Count);\n");

        var build = consumer.Build();
        Log(build);
        string line = Assert.Single(build.Lines.Where(l => l.Contains(": error CORP002:", StringComparison.Ordinal)).Distinct());
        var link = System.Text.RegularExpressions.Regex.Match(line, @"\((file:[^)\s]+)#(corp\d{3})\)");
        Assert.True(link.Success, "no help link in: " + line);
        Assert.Equal("corp002", link.Groups[2].Value);
        string catalogue = new Uri(link.Groups[1].Value).LocalPath;
        // The catalogue is the restored package's own copy, and has the section the link names.
        Assert.StartsWith(Path.Combine(_feed.Root, "packages", "corpus"), catalogue, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "docs", "diagnostics.md")), File.ReadAllText(catalogue));
        Assert.Contains("\n## CORP002\n", File.ReadAllText(catalogue).Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_opts_in_extends_the_bundled_corpus()
    {
        var consumer = new ConsumerProject(_feed, "Extend", "net10.0", new Dictionary<string, string>
        {
            ["CorpusNamespace"] = "Mfa.Briefings",
            ["CorpusIncludeBundled"] = "true",
        });
        foreach (var (path, text) in ReadmeSnippets.Under("extend/")) consumer.WithFile(path, text);

        // Without the property the bundled registries are unknown: the failure the property is for.
        var without = consumer.Build("-p:CorpusIncludeBundled=false");
        Log(without);
        Assert.NotEqual(0, without.ExitCode);
        Assert.Contains(without.Lines, l => l.Contains("error CORP006: 'hua-chunying' is not", StringComparison.Ordinal));

        var build = Succeeds(consumer.Build());
        AssertNoWarnings(build);
        var run = Succeeds(consumer.Run());
        var lines = run.Lines.Where(l => l.Length > 0).ToList();
        Assert.Equal(new[]
        {
            "Hua Chunying, IntendToCooperate, International cooperation: is ready to work with all parties on rules that everyone can accept",
            $"Hua Chunying: {Corpus.Bundled.Officials.HuaChunying.Statements.Count + 1} statements, {Corpus.Bundled.Officials.HuaChunying.Statements.Count} of them bundled",
            $"Articles: {Corpus.Bundled.Articles.All.Count + 1}",
        }, lines);
        Assert.Equal("International cooperation", Corpus.Bundled.Topics.InternationalCooperation.Name);
    }

    [Fact]
    public void An_application_that_gets_Corpus_through_a_library_keeps_its_own_folders()
    {
        var library = new ConsumerProject(_feed, "Library", "net10.0")
            .WithFile("Library.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Corpus" Version="{_feed.Version}" />
                  </ItemGroup>
                </Project>
                """)
            .WithFile("Spokesperson.cs", "namespace Library;\npublic static class Spokesperson\n{\n    public static string Name => Corpus.Bundled.Officials.HuaChunying.Name;\n}\n");
        var application = new ConsumerProject(_feed, "Application", "net10.0")
            .WithFile("Application.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="../Library/Library.csproj" />
                  </ItemGroup>
                </Project>
                """)
            // Folders of its own that have nothing to do with Corpus: not YAML the generator would accept.
            .WithFile("annotations/settings.yaml", "theme: dark\nfonts: [serif\n")
            .WithFile("seeds/notes.txt", "Seed packets for the garden.\n")
            .WithFile("Program.cs", "System.Console.WriteLine(Library.Spokesperson.Name);\n"
                + "System.Console.WriteLine(typeof(Corpus.Statement).Assembly.GetName().Name);\n"
                + "System.Console.WriteLine(typeof(Program).Assembly.GetManifestResourceNames().Length);\n");

        var build = Succeeds(application.Build());
        AssertNoWarnings(build);
        Assert.Empty(application.GeneratedFiles());
        var run = Succeeds(application.Run());
        Assert.Equal(new[] { "Hua Chunying", "Corpus", "0" }, run.Lines.Where(l => l.Length > 0));

        // The library itself references Corpus directly: the same folders there would be compiled.
        library.WithFile("annotations/settings.yaml", "theme: dark\n");
        var libraryBuild = library.Build();
        Log(libraryBuild);
        Assert.Contains(libraryBuild.Lines, l => l.Contains("CORP", StringComparison.Ordinal));
    }

    [Fact]
    public void The_README_local_feed_steps_install_the_package()
    {
        var commands = ReadmeSnippets.Get("local-feed/commands").Split('\n')
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal(new[]
        {
            "dotnet pack Corpus/runtime -o corpus-feed",
            "dotnet new console -o MyApp",
            "cp nuget.config MyApp/",
            $"dotnet add MyApp package Corpus --version {_feed.VersionPrefix}",
        }, commands);

        // The layout the README describes, with the package this run packed from runtime/ (as the
        // first command does), and nothing of the test feed's configuration.
        string root = Path.Combine(_feed.Root, "readme");
        string feed = Path.Combine(root, "corpus-feed");
        Directory.CreateDirectory(feed);
        File.Copy(_feed.PackagePath, Path.Combine(feed, Path.GetFileName(_feed.PackagePath)));
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, name), "<Project />\n");
        }
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };

        Succeeds(DotNetCli.Run(root, environment, "new", "console", "-o", "MyApp"));
        File.WriteAllText(Path.Combine(root, "MyApp", "nuget.config"), ReadmeSnippets.Get("local-feed/nuget.config"));
        Succeeds(DotNetCli.Run(root, environment, "add", "MyApp", "package", "Corpus", "--version", _feed.Version));

        File.WriteAllText(Path.Combine(root, "MyApp", "Program.cs"), ReadmeSnippets.Get("bundled/Program.cs"));
        Succeeds(DotNetCli.Run(Path.Combine(root, "MyApp"), environment, "build", "-tl:off", "-nodeReuse:false", "-v:minimal"));
        var run = Succeeds(DotNetCli.Run(Path.Combine(root, "MyApp"), environment, "run", "--no-build"));
        Assert.Equal($"Hua Chunying: {Corpus.Bundled.Officials.HuaChunying.Statements.Count} statements", run.Lines.First());
        Assert.True(Directory.Exists(Path.Combine(root, "packages", "corpus", _feed.Version.ToLowerInvariant())), "restored from the README's folder source");
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
