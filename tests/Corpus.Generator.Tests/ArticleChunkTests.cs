extern alias generator;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Testing;
using Microsoft.CodeAnalysis;
using Xunit;
using ArticleChunks = generator::Corpus.Generator.Emission.ArticleChunks;

namespace Corpus.Generator.Tests;

/// <summary>A large corpus's articles go into a bounded number of generated files, and an edit still changes one.</summary>
public class ArticleChunkTests
{
    private const int Articles = ArticleChunks.MaxFiles + 44;

    /// <summary>The fixture article <paramref name="count"/> times over, each with its own IDs and seed; the seeds in the reverse order of the IDs.</summary>
    private static List<CorpusInput> ManyArticles(int count)
    {
        var inputs = new List<CorpusInput> { CorpusInput.Annotation("registry.yaml", Fixture.Registry) };
        string[] ids = { "fixture-article", "briefing-2021-05-10", "doe-rejects-accusations", "doe-oppose-smears", "doe-cooperation-only-way", "ministry-calls-for-dialogue" };
        for (int n = 0; n < count; n++)
        {
            string article = Fixture.Article;
            foreach (var id in ids) article = article.Replace(id, $"{id}-{n:000}", StringComparison.Ordinal);
            string seed = $"seed-{999 - n:000}.txt";
            article = article.Replace($"fixture-article-{n:000}.txt", seed, StringComparison.Ordinal);
            inputs.Add(CorpusInput.Annotation($"articles/a{n:000}.yaml", article));
            inputs.Add(CorpusInput.Seed(seed, Fixture.Seed));
        }
        return inputs;
    }

    private static List<string> ArticleFiles(GeneratorRun run) =>
        run.GeneratedFiles.Keys.Where(k => k.StartsWith("Corpus.Articles.", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).ToList();

    [Fact]
    public void Above_the_limit_articles_share_at_most_that_many_files_each_article_in_exactly_one()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(ManyArticles(Articles), trackSteps: false), GeneratorHarness.CreateCompilation());
        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(run.CompileErrors);

        var files = ArticleFiles(run);
        Assert.InRange(files.Count, 2, ArticleChunks.MaxFiles);
        Assert.All(files, f => Assert.Matches(@"^Corpus\.Articles\.Chunk\d{3}\.g\.cs$", f));
        for (int n = 0; n < Articles; n++)
        {
            string member = $"public static global::Corpus.Article FixtureArticle{n:000} ";
            Assert.Single(files, f => run.GeneratedFiles[f].Contains(member, StringComparison.Ordinal));
        }

        // Every article is there at run time, its statements with it.
        var assembly = run.Load();
        var all = (IEnumerable<Corpus.Statement>)GeneratorRun.Static(assembly, "Corpus.Statements", "All")!;
        Assert.Equal(Articles * 4, all.Count());
    }

    [Fact]
    public void Above_the_limit_each_file_holds_its_articles_data_in_one_method_and_the_corpus_is_in_seed_path_order()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(ManyArticles(Articles), trackSteps: false), GeneratorHarness.CreateCompilation());
        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var files = ArticleFiles(run);
        var assembly = run.Load();

        // Loading compiles every data method to machine code: one per file (and the registries'), not one per article.
        var data = assembly.GetType("Corpus.CorpusData", throwOnError: true)!;
        const BindingFlags Static = BindingFlags.NonPublic | BindingFlags.Static;
        Assert.Equal(files.Count, (int)data.GetField("ArticleSources", Static)!.GetRawConstantValue()!);
        Assert.Equal(files.Count + 1, data.GetMethods(Static).Count(m => m.ReturnType == typeof(ReadOnlySpan<byte>) && m.GetParameters().Length == 0));

        // The files group articles by a hash of their ID; the corpus still lists them by seed path, and the statements article by article.
        var articles = (IReadOnlyList<Corpus.Article>)GeneratorRun.Static(assembly, "Corpus.Articles", "All")!;
        Assert.Equal(Enumerable.Range(0, Articles).Select(n => $"seed-{1000 - Articles + n:000}.txt"), articles.Select(a => a.SourcePath));
        Assert.Equal(Enumerable.Range(0, Articles).Select(n => $"fixture-article-{Articles - 1 - n:000}"), articles.Select(a => a.Id));
        var all = (IReadOnlyList<Corpus.Statement>)GeneratorRun.Static(assembly, "Corpus.Statements", "All")!;
        Assert.Equal(articles.SelectMany(a => a.Statements), all);
        Assert.All(articles, a => Assert.Equal(4, a.Statements.Count));
        Assert.All(all, s => Assert.Contains(s, s.Article.Statements));
    }

    [Fact]
    public void Above_the_limit_an_edit_to_one_article_changes_one_file()
    {
        var inputs = ManyArticles(Articles);
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(inputs, trackSteps: false), compilation);
        var target = inputs.Single(i => i.Path.EndsWith("/a150.yaml", StringComparison.Ordinal));
        string edited = target.Text.Replace("The ministry's own words are in quotes.", "The ministry's own words are in quotes (edited).", StringComparison.Ordinal);
        Assert.NotEqual(target.Text, edited);
        var driver = first.Driver.ReplaceAdditionalText(FindText(first, target.Path), new InMemoryAdditionalText(target.Path, edited));
        var second = GeneratorHarness.Run(driver, compilation);

        var before = first.GeneratedFiles;
        var after = second.GeneratedFiles;
        Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var changed = Assert.Single(before.Keys, k => before[k] != after[k]);
        Assert.Contains("FixtureArticle150 ", after[changed], StringComparison.Ordinal);
        Assert.Contains("(edited)", after[changed], StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_keeps_its_file_when_another_is_added()
    {
        var one = GeneratorHarness.Run(GeneratorHarness.CreateDriver(ManyArticles(Articles), trackSteps: false), GeneratorHarness.CreateCompilation());
        var two = GeneratorHarness.Run(GeneratorHarness.CreateDriver(ManyArticles(Articles + 1), trackSteps: false), GeneratorHarness.CreateCompilation());
        var changed = two.GeneratedFiles.Keys.Where(k => k.StartsWith("Corpus.Articles.", StringComparison.Ordinal)
            && (!one.GeneratedFiles.TryGetValue(k, out var text) || text != two.GeneratedFiles[k])).ToList();
        // Only the file the new article went into.
        var file = Assert.Single(changed);
        Assert.Contains($"FixtureArticle{Articles:000} ", two.GeneratedFiles[file], StringComparison.Ordinal);
    }

    [Fact]
    public void Up_to_the_limit_each_article_has_its_own_file_named_after_it()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(ManyArticles(3), trackSteps: false), GeneratorHarness.CreateCompilation());
        Assert.Equal(new[] { "Corpus.Articles.fixture-article-000.g.cs", "Corpus.Articles.fixture-article-001.g.cs", "Corpus.Articles.fixture-article-002.g.cs" }, ArticleFiles(run));
    }

    [Fact]
    public void The_bucket_of_an_id_is_fixed()
    {
        // FNV-1a, 32 bits, worked by hand for "a" (0x61): (2166136261 ^ 0x61) * 16777619 mod 2^32 = 0xE40C292C; mod 256 = 0x2C.
        Assert.Equal(0x2C, ArticleChunks.Bucket("a"));
    }

    private static AdditionalText FindText(GeneratorRun run, string path) =>
        run.Driver.GetType().GetField("_state", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(run.Driver) is { } state
        && state.GetType().GetField("AdditionalTexts", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!.GetValue(state) is System.Collections.Immutable.ImmutableArray<AdditionalText> texts
            ? texts.First(t => t.Path == path)
            : throw new InvalidOperationException("the driver's texts were not found");
}
