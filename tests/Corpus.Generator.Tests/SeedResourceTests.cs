using System;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>Seeds the build embeds as resources: the generated code names them instead of holding the text.</summary>
public class SeedResourceTests
{
    private const string ResourceName = "corpus-seed/" + Fixture.SeedName;

    private static GeneratorRun RunWithResourceSeed() => GeneratorHarness.Run(Fixture.Inputs()
        .Select(i => i.Kind == "seed" ? i with { Resource = ResourceName } : i));

    private static ResourceDescription Resource(byte[] bytes) => new(ResourceName, () => new MemoryStream(bytes), isPublic: true);

    [Fact]
    public void The_text_stays_out_of_the_generated_code_and_is_read_from_the_resource()
    {
        var run = RunWithResourceSeed();
        Assert.Empty(run.Diagnostics);
        // Text that no doc comment quotes (a footer) is nowhere in the code.
        Assert.DoesNotContain("Copyright Example News", run.GeneratedSource);
        Assert.Contains($"\\@{Fixture.Seed.Length}:{ResourceName}", run.GeneratedSource);

        // As a file on disk would be: UTF-8 with a byte order mark, which the compiler strips too.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Fixture.Seed)).ToArray();
        var assembly = run.Load(new[] { Resource(bytes) });
        var article = (Article)GeneratorRun.Static(assembly, "Corpus.Articles", "FixtureArticle")!;
        Assert.Equal(Fixture.Seed, article.Text);
        var quote = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", "DoeOpposeSmears")!;
        Assert.Equal("“We firmly oppose groundless smears,”", quote.Text);
    }

    [Fact]
    public void A_missing_or_different_resource_fails_with_a_message_that_says_why()
    {
        var run = RunWithResourceSeed();

        var missing = (Article)GeneratorRun.Static(run.Load(), "Corpus.Articles", "FixtureArticle")!;
        var error = Assert.Throws<InvalidOperationException>(() => missing.Text);
        Assert.Contains(ResourceName, error.Message);
        Assert.Contains("CorpusEmbedSeeds", error.Message);

        var edited = (Article)GeneratorRun.Static(run.Load(new[] { Resource(Encoding.UTF8.GetBytes(Fixture.Seed + "more")) }), "Corpus.Articles", "FixtureArticle")!;
        var mismatch = Assert.Throws<InvalidDataException>(() => edited.Text);
        Assert.Contains("rebuild", mismatch.Message);
    }
}
