extern alias generator;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using generator::Corpus.Generator.Seeds;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Seed names are data: the build passes each seed's path below its seeds root, escaped for the
/// analyzer config file (see build/Corpus.props), and the generator reads it back; the project's
/// own location plays no part, and two seeds with one name are an error naming both.
/// </summary>
public class SeedNameTests
{
    [Theory]
    [InlineData("a~23b.txt", "a#b.txt")]
    [InlineData("c~3Bd.txt", "c;d.txt")]
    [InlineData("sub/x~7Ey~20z.txt", "sub/x~y z.txt")]
    [InlineData("e~2541.txt", "e%41.txt")]
    [InlineData("ü.txt", "ü.txt")]
    [InlineData("plain.txt", "plain.txt")]
    public void Escaped_names_read_back_as_the_file_names(string escaped, string name) =>
        Assert.Equal(name, SeedNames.Unescape(escaped));

    [Theory]
    [InlineData("a~2")]
    [InlineData("a~zzb")]
    public void A_malformed_escape_is_not_read_as_a_name(string escaped) => Assert.Null(SeedNames.Unescape(escaped));

    [Theory]
    [InlineData("a#b.txt", "a~23b.txt")]
    [InlineData("c;d.txt", "c~3Bd.txt")]
    [InlineData("q,r s.txt", "q~2Cr~20s.txt")]
    public void A_seed_named_with_comment_characters_builds_and_reads_its_text(string name, string escaped)
    {
        string resource = "corpus-seed/" + escaped;
        var bytes = Encoding.UTF8.GetBytes(Fixture.Seed);
        var run = BuildFile.Run(Annotations(source: name)
            .Append(BuildFile.Seed("/somewhere/seeds/" + name, bytes, escaped, resource)));
        Assert.Empty(run.Diagnostics);
        var assembly = run.Load(new[] { new ResourceDescription(resource, () => new MemoryStream(bytes), isPublic: true) });
        var article = (Article)GeneratorRun.Static(assembly, "Corpus.Articles", "FixtureArticle")!;
        Assert.Equal(name, article.SourcePath);
        Assert.Equal(Fixture.Seed, article.Text);
    }

    [Fact]
    public void The_name_is_the_one_the_build_gives_wherever_the_project_lives()
    {
        // A project under a folder called "seeds", with its texts in texts/: the path would suggest "proj/texts/a/story.txt".
        var run = BuildFile.Run(Annotations(source: "a/story.txt")
            .Append(BuildFile.Seed("/home/seeds/proj/texts/a/story.txt", Encoding.UTF8.GetBytes(Fixture.Seed), "a/story.txt")));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Two_seeds_with_one_name_are_an_error_naming_both()
    {
        var bytes = Encoding.UTF8.GetBytes(Fixture.Seed);
        var run = BuildFile.Run(Annotations(source: Fixture.SeedName)
            .Append(BuildFile.Seed("/p/texts/one/" + Fixture.SeedName, bytes, Fixture.SeedName))
            .Append(BuildFile.Seed("/p/texts/two/" + Fixture.SeedName, bytes, Fixture.SeedName)));
        var clash = Assert.Single(run.Of("CORP041"));
        Assert.Equal(DiagnosticSeverity.Error, clash.Severity);
        string message = clash.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("/p/texts/one/" + Fixture.SeedName, message);
        Assert.Contains("/p/texts/two/" + Fixture.SeedName, message);
        Assert.Equal("/p/texts/two/" + Fixture.SeedName, clash.Location.GetLineSpan().Path);
        Assert.Equal("/p/texts/one/" + Fixture.SeedName, Assert.Single(clash.AdditionalLocations).GetLineSpan().Path);
    }

    private static IEnumerable<BuildFile> Annotations(string source) => Fixture
        .Inputs(article: Fixture.Article.Replace("source: " + Fixture.SeedName, "source: \"" + source + "\""))
        .Where(i => i.Kind == "annotation").Select(BuildFile.Annotation);
}
