extern alias generator;

using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Emission = generator::Corpus.Generator.Emission;
using Model = generator::Corpus.Generator.Model;

namespace Corpus.Generator.Tests;

/// <summary>The emitters on hand-built models: what each output looks like apart from the parser and linker.</summary>
public class EmitterTests
{
    private static Model.EquatableArray<T> Array<T>(params T[] items) where T : System.IEquatable<T> => new(items);

    private static readonly Model.ActorKey s_doe = new(Model.ActorKind.Official, "jane-doe");
    private static readonly Model.ActorKey s_officials = new(Model.ActorKind.Unnamed, "unnamed \"officials\"", "GB");

    /// <summary>
    /// An article of two statements, one by an unnamed actor, with an event (part of a registry event), a boilerplate
    /// passage, shared evidence, an inferred outlet, and the codebook's lists (about, addressees, a reported-by chain,
    /// a same-utterance link, concerns, an exact CAMEO code).
    /// </summary>
    internal static Model.ArticleData HandBuiltArticle()
    {
        const string text = "Headline\nAlso read: other\n“We reject it,” Doe said.\nOfficials said it was so.\n";
        var responds = Array(new Model.ResponseKey(IsStatement: false, "summit-2021"));
        var none = Model.EquatableArray<Model.ActorKey>.Empty;
        var first = new Model.StatementData("doe-rejects", s_doe, "Jane Doe", "direct-quote", 26, 15, 3, 1, "2021-05-10", "inferred",
            "Evidence shared by both statements", null, "deny", Array(new Model.ActorKey(Model.ActorKind.Country, "GB")), none,
            Array("accusations"), none, responds, "A note <with> markup", "“We reject it,”",
            About: Array(new Model.ActorKey(Model.ActorKind.Country, "CN")), Concerns: Array("summit-2021"));
        var second = new Model.StatementData("officials-say-so", s_officials, "unnamed \"officials\"", "paraphrase", 52, 24, 4, 1, "2021-05-10", "inferred",
            "Evidence shared by both statements", "briefing", "accuse", Model.EquatableArray<Model.ActorKey>.Empty, Array(s_doe, new Model.ActorKey(Model.ActorKind.Organization, "example-news")),
            Model.EquatableArray<string>.Empty, Array(new Model.ActorKey(Model.ActorKind.Unnamed, "a wire service"), s_doe),
            Array(new Model.ResponseKey(IsStatement: true, "doe-rejects")), null, "Officials said it was so",
            NoTarget: "the article names no one", SameUtteranceAs: Array("doe-rejects"), Cameo: "1121");
        var briefing = new Model.EventData("briefing", "Press briefing", "press-conference", "2021-05-10", null, "stated", null, "Beijing",
            new Model.ActorKey(Model.ActorKind.Organization, "example-ministry"), Array(s_officials), null, PartOf: "summit-2021");
        return new Model.ArticleData("hand-built-article", "hand-built.txt", "Headline", null, "example-news", "By Someone", "2021-05-11", "stated", null,
            "https://example.com/a", null, text, Resource: null,
            Array(new Model.PassageData(9, 16, "also-read", null)), Model.EquatableArray<Model.PassageData>.Empty,
            Array(briefing), Array(first, second),
            OutletBasis: "inferred", OutletEvidence: "the footer's layout", HeadlineBasis: "printed", Updated: "2021-05-12");
    }

    [Fact]
    public void An_article_file_from_a_hand_built_model_is_pinned()
    {
        string source = Emission.ArticleEmitter.Emit(HandBuiltArticle(), "Hand.Built", "1.0.0");
        Assert.Empty(CSharpSyntaxTree.ParseText(source).GetDiagnostics());
        Snapshot.Verify(source, "Emitter.Article");
    }

    [Fact]
    public void The_registries_and_the_manifest_from_hand_built_models_are_pinned()
    {
        var registries = new Model.RegistryData(
            Array(new Model.TopicData("accusations", "Accusations", null)),
            Array(new Model.OrganizationData("example-ministry", "Example Ministry", "EM", "ministry", "CN", null)),
            Array(new Model.OfficialData("jane-doe", "Jane Doe", null, "CN", Array(
                new Model.RoleData("Spokesperson", "example-ministry", "Example Ministry", "2020-01", null),
                new Model.RoleData("Deputy Director", "example-ministry", "Example Ministry", null, null,
                    Array(new Model.AttestationKey(IsArticle: true, "hand-built-article"), new Model.AttestationKey(IsArticle: false, "2019-03?")))))),
            Array(new Model.EventData("summit-2021", "Summit", "conference", "2021-05-01", "2021-05-02", "stated", null, null, null, Array(s_officials, s_doe), null)));
        var countries = Array(new Model.CountryData("CN", "China"), new Model.CountryData("GB", "United Kingdom"));
        string registrySource = Emission.RegistryEmitter.Emit(registries, countries, "Hand.Built", "1.0.0");
        string manifest = Emission.ManifestEmitter.Emit(Array(new Model.ManifestEntry("second", "a.txt"), new Model.ManifestEntry("first", "b.txt")), "Hand.Built", "1.0.0");

        Assert.Empty(CSharpSyntaxTree.ParseText(registrySource).GetDiagnostics());
        Assert.Empty(CSharpSyntaxTree.ParseText(manifest).GetDiagnostics());
        Snapshot.Verify(registrySource, "Emitter.Registries");
        Snapshot.Verify(manifest, "Emitter.Manifest");
    }

    /// <summary>
    /// One shape at every size: whatever the number of statements, each article's are members of
    /// its own class in Statements, and Statements itself holds only All.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20_000)]
    public void Statements_are_members_of_their_articles_class_at_every_size(int count)
    {
        var template = HandBuiltArticle().Statements[0];
        var statements = Enumerable.Range(0, count).Select(i => template with { Id = $"s-{i}" }).ToArray();
        var article = HandBuiltArticle() with { Statements = new Model.EquatableArray<Model.StatementData>(statements), Events = Model.EquatableArray<Model.EventData>.Empty };

        var root = CSharpSyntaxTree.ParseText(Emission.ArticleEmitter.Emit(article, "Big", "1.0.0")).GetRoot();

        var outer = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "Statements");
        var nested = Assert.Single(outer.Members);
        var articleClass = Assert.IsType<ClassDeclarationSyntax>(nested);
        Assert.Equal("HandBuiltArticle", articleClass.Identifier.Text);
        var properties = articleClass.Members.OfType<PropertyDeclarationSyntax>().ToList();
        Assert.Equal(count, properties.Count);
        Assert.Equal(count, articleClass.Members.Count);
        Assert.Equal($"S{count - 1}", properties[^1].Identifier.Text);
        // Indices count within the article, never across the corpus.
        Assert.EndsWith($".Statements[{count - 1}]", properties[^1].ExpressionBody!.Expression.ToString());
    }
}
