extern alias generator;

using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using generator::Corpus.Generator.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>YAML features annotations do not use are refused clearly, and values used through aliases are checked where they are used.</summary>
public class YamlFeatureTests
{
    private const string Path = "/corpus/annotations/registry.yaml";

    private static generator::Corpus.Generator.Model.DiagnosticInfo[] Parse(string yaml) =>
        AnnotationParser.Parse(Path, yaml).Diagnostics.ToArray();

    [Fact]
    public void A_bad_value_used_through_an_alias_is_reported_at_each_use()
    {
        string yaml = "topics:\n  - id: &bad Not_Kebab\n    name: One\n  - id: *bad\n    name: Two\n";
        var invalid = Parse(yaml).Where(d => d.Id == "CORP004").ToList();
        Assert.Equal(2, invalid.Count);
        Assert.Equal(new[] { yaml.IndexOf("&bad", System.StringComparison.Ordinal), yaml.IndexOf("*bad", System.StringComparison.Ordinal) },
            invalid.Select(d => d.Location.Range.Start).OrderBy(s => s));
    }

    [Fact]
    public void A_merge_key_is_refused_as_not_supported_not_as_a_misspelt_id()
    {
        string yaml = "topics:\n  - &base\n    id: one\n    name: One\n  - <<: *base\n    id: two\n";
        var d = Assert.Single(Parse(yaml), d => d.Arguments.Any(a => a.Contains("<<")));
        Assert.Equal("CORP004", d.Id);
        Assert.Contains("merge keys", d.Arguments[2]);
        Assert.DoesNotContain(Parse(yaml), x => x.Id == "CORP002");
        Assert.Equal(yaml.IndexOf("<<", System.StringComparison.Ordinal), d.Location.Range.Start);
    }

    [Theory]
    [InlineData("!!binary aGVsbG8=")]
    [InlineData("!custom One")]
    [InlineData("!!timestamp 2021-01-01")]
    public void A_tag_is_refused_at_the_tag(string tagged)
    {
        string yaml = "topics:\n  - id: one\n    name: " + tagged + "\n";
        var d = Assert.Single(Parse(yaml));
        Assert.Equal("CORP001", d.Id);
        Assert.Contains("not supported", d.Arguments[0]);
        Assert.Equal(yaml.IndexOf('!'), d.Location.Range.Start);
    }

    [Fact]
    public void Quoted_and_plain_values_without_tags_are_read_as_before()
    {
        Assert.Empty(Parse("topics:\n  - id: one\n    name: 'One'\n  - id: two\n    name: \"Two\"\n"));
    }

    [Fact]
    public void A_role_that_ends_before_it_starts_is_reported_at_its_end()
    {
        string registry = Fixture.Registry.Replace("        from: 2020-01\n", "        from: 2020-01\n        to: 2019-12\n");
        string article = Fixture.Article.Replace("date: { value: 2021-05-10, basis: inferred, evidence: \"'on Monday'\" }", "");
        Assert.NotEqual(Fixture.Registry, registry);
        var run = GeneratorHarness.Run(Fixture.Inputs(registry: registry, article: article));
        var d = Assert.Single(run.Of("CORP004"));
        Assert.Contains("the role ends before it starts (2020-01)", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var (line, column) = Fixture.PositionOf(registry, "2019-12");
        Assert.Equal((line - 1, column - 1), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
    }
}
