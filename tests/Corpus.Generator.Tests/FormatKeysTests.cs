using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>The keys the codebook added to the format: accepted, checked, and reported where they are wrong.</summary>
public class FormatKeysTests
{
    private const string ArticleFile = "articles/fixture-article.yaml";

    private static GeneratorRun RunArticle(string article) => GeneratorHarness.Run(Fixture.WithArticle(article));

    private static GeneratorRun RunRegistry(string registry) => GeneratorHarness.Run(Fixture.WithRegistry(registry));

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var matches = run.Of(id);
        Assert.True(matches.Count == 1, $"expected one {id}, got {matches.Count}:\n" + string.Join("\n", run.Diagnostics));
        return matches[0];
    }

    private static void AssertAt(Diagnostic d, string text, string marker, string file = ArticleFile)
    {
        var (line, column) = Fixture.PositionOf(text, marker);
        var span = d.Location.GetLineSpan();
        Assert.EndsWith(file, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    [Fact]
    public void Every_new_key_is_accepted_and_the_corpus_still_builds_cleanly()
    {
        string article = Fixture.Article
            .Replace("  outlet: example-news\n", "  outlet: { value: example-news, basis: inferred, evidence: the footer's layout }\n")
            .Replace("  url: https://example.org/article\n", "  url: https://example.org/article\n  updated: 2021-05-11\n")
            .Replace("    act: reject\n    targets: [US]\n", "    act: reject\n    cameo: \"125\"\n    targets: [US]\n    about: [jane-doe]\n    concerns: [forum-2021]\n")
            .Replace("    addressee: example-news\n", "    addressees: [example-news, example-ministry]\n")
            .Replace("    reported-by: example-news\n", "    reported-by: [example-news, example-ministry]\n    same-utterance-as: [doe-oppose-smears]\n");
        var run = RunArticle(article);
        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        Assert.Empty(run.CompileErrors);

        string registry = Fixture.Registry
            .Replace("            country: CN\n            roles:\n", "            roles:\n")
            .Replace("    location: Example City\n", "    location: Example City\n  - id: forum-keynote\n    name: Keynote\n    kind: speech\n    part-of: forum-2021\n");
        var registryRun = RunRegistry(registry.Replace("  - id: forum-2021\n", "  - id: forum-2021\n"));
        Assert.True(registryRun.Diagnostics.IsEmpty, string.Join("\n", registryRun.Diagnostics));
    }

    [Theory]
    [InlineData("    addressee: example-news\n", "    addressee: example-news\n    addressees: [example-news]\n", "example-news\n    addressees", "not both")]
    [InlineData("  url: https://example.org/article\n", "  url: https://example.org/article\n  updated: 2021-05-01\n", "2021-05-01", "updated before it was published")]
    [InlineData("    act: reject\n", "    act: reject\n    cameo: 12\n", "12\n", "exact CAMEO event code")]
    [InlineData("  url: https://example.org/article\n", "  url: https://example.org/article\n  updated: { value: 2021-05-11, basis: inferred, evidence: the footer }\n", "{ value: 2021-05-11", "the page's own printed 'Updated:' date")]
    public void Invalid_new_values_are_reported_where_they_are_written(string find, string replace, string marker, string why)
    {
        string article = Fixture.Article.Replace(find, replace);
        var d = Single(RunArticle(article), "CORP004");
        AssertAt(d, article, marker);
        Assert.Contains(why, d.GetMessage());
    }

    [Fact]
    public void An_inferred_outlet_needs_its_evidence_and_a_printed_one_is_a_plain_value()
    {
        var missing = Single(RunArticle(Fixture.Article.Replace("  outlet: example-news\n", "  outlet: { value: example-news, basis: inferred }\n")), "CORP003");
        Assert.Contains("'evidence'", missing.GetMessage());
        var printed = Single(RunArticle(Fixture.Article.Replace("  outlet: example-news\n", "  outlet: { value: example-news, basis: printed }\n")), "CORP004");
        Assert.Contains("plain value", printed.GetMessage());
    }

    [Theory]
    // The key written without a value says no more than the key left out: the same error, at the key.
    [InlineData("  outlet: example-news\n", "  outlet:\n    value: example-news\n    basis: inferred\n    evidence:\n", "An inferred outlet")]
    [InlineData("  headline: Minister rejects “hacking” claims\n", "  headline:\n    value: Minister rejects claims\n    basis: inferred\n    evidence:\n", "An inferred headline")]
    [InlineData("    evidence: \"the briefing 'on Monday' after the forum\"\n", "    evidence:\n", "An inferred date")]
    public void An_empty_evidence_is_no_evidence_and_is_reported_at_its_key(string find, string replace, string what)
    {
        Assert.Contains(find, Fixture.Article, System.StringComparison.Ordinal);
        string article = Fixture.Article.Replace(find, replace);
        var d = Single(RunArticle(article), "CORP003");
        Assert.Equal($"{what} is missing the required key 'evidence'; add 'evidence: …'", d.GetMessage());
        AssertAt(d, article, "evidence:\n");
    }

    [Theory]
    [InlineData("    roles:\n")]
    [InlineData("    roles: []\n")]
    [InlineData("    country:\n    roles: []\n")]
    public void An_official_without_a_country_needs_a_role_and_an_empty_list_names_none(string roles)
    {
        string registry = Fixture.Registry.Replace("officials:\n", "officials:\n  - id: john-roe\n    name: John Roe\n" + roles);
        var d = Single(RunRegistry(registry), "CORP003");
        Assert.Equal("An official without a country is missing the required key 'roles'; add 'roles: …'", d.GetMessage());
        AssertAt(d, registry, "roles:", "registry.yaml");

        // With a country, no role is needed, and an empty list says so.
        string withCountry = Fixture.Registry.Replace("officials:\n", "officials:\n  - id: john-roe\n    name: John Roe\n    country: GB\n" + roles.Replace("    country:\n", ""));
        Assert.Empty(RunRegistry(withCountry).Of("CORP003"));
    }

    [Theory]
    [InlineData("    act: reject\n", "    act: reject\n    concerns: [forum-2012]\n", "an event ID")]
    [InlineData("    act: reject\n", "    act: reject\n    about: [jane-do]\n", "did you mean 'jane-doe'")]
    [InlineData("    reported-by: example-news\n", "    reported-by: [example-news, example-newz]\n", "did you mean 'example-news'")]
    public void New_references_resolve_or_are_reported(string find, string replace, string hint)
    {
        var d = Single(RunArticle(Fixture.Article.Replace(find, replace)), "CORP006");
        Assert.Contains(hint, d.GetMessage());
    }

    [Fact]
    public void An_event_is_part_of_another_event_not_of_itself_nor_of_nothing()
    {
        string self = Fixture.Registry.Replace("    location: Example City\n", "    location: Example City\n    part-of: forum-2021\n");
        Assert.Contains("part of itself", Single(RunRegistry(self), "CORP004").GetMessage());
        string unknown = Fixture.Registry.Replace("    location: Example City\n", "    location: Example City\n    part-of: forum-2020\n");
        Assert.Contains("did you mean 'forum-2021'", Single(RunRegistry(unknown), "CORP006").GetMessage());
    }

    [Fact]
    public void An_official_without_roles_needs_a_country()
    {
        string registry = Fixture.Registry.Replace(
            "officials:\n",
            "officials:\n  - id: john-roe\n    name: John Roe\n");
        var d = Single(RunRegistry(registry), "CORP003");
        Assert.Contains("'country'", d.GetMessage());
    }
}
