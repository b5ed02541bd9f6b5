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

/// <summary>The emitter on hand-built models, for shapes the small fixtures cannot reach.</summary>
public class EmitterTests
{
    [Fact]
    public void Past_the_per_type_member_limit_statements_are_grouped_by_article()
    {
        int perArticle = Emission.CorpusEmitter.MaxMembersPerClass / 2 + 1;
        var articles = Enumerable.Range(0, 2).Select(a => Article($"article-{a}", $"Article{a}", perArticle)).ToArray();
        var model = new Model.CorpusModel("Big",
            Model.EquatableArray<Model.CountryData>.Empty, Model.EquatableArray<Model.TopicData>.Empty,
            Model.EquatableArray<Model.OrganizationData>.Empty,
            new Model.EquatableArray<Model.OfficialData>(new[] { new Model.OfficialData("speaker", "Speaker", "Speaker", null, null, Model.EquatableArray<Model.RoleData>.Empty) }),
            Model.EquatableArray<Model.UnnamedData>.Empty, Model.EquatableArray<Model.EventData>.Empty,
            new Model.EquatableArray<Model.ArticleData>(articles));

        string source = Emission.CorpusEmitter.Emit(model, "1.0.0");

        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var statements = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == "Statements");
        var nested = statements.Members.OfType<ClassDeclarationSyntax>().ToList();
        Assert.Equal(new[] { "Article0", "Article1" }, nested.Select(c => c.Identifier.Text));
        Assert.All(nested, c => Assert.Equal(perArticle, c.Members.OfType<PropertyDeclarationSyntax>().Count()));
        Assert.Single(statements.Members.OfType<PropertyDeclarationSyntax>());
        // Indices keep counting across the groups, into the one Statements.All list.
        Assert.Contains($"S{perArticle - 1} => global::Big.CorpusData.Graph.Statements[{2 * perArticle - 1}];", nested[1].ToString());
    }

    [Fact]
    public void Below_the_limit_every_statement_is_a_member_of_Statements_itself()
    {
        var run = GeneratorHarness.Run(Fixture.Inputs());
        var statements = CSharpSyntaxTree.ParseText(run.GeneratedSource!).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .Single(c => c.Identifier.Text == "Statements");
        Assert.Empty(statements.Members.OfType<ClassDeclarationSyntax>());
        Assert.Equal(5, statements.Members.OfType<PropertyDeclarationSyntax>().Count());
    }

    private static Model.ArticleData Article(string id, string member, int statements)
    {
        string text = "Quoted words.";
        var list = Enumerable.Range(0, statements).Select(i => new Model.StatementData(
            $"{id}-s{i}", $"S{i}", "o:speaker", "Speaker", "paraphrase", 0, 6, 1, 1, null, null, null, null, "assert",
            null, null, null, null, null, null, "Quoted")).ToArray();
        return new Model.ArticleData(id, member, id + ".txt", null, null, null, null, null, null, null, null, null, text, null,
            Model.EquatableArray<Model.PassageData>.Empty, Model.EquatableArray<Model.PassageData>.Empty,
            Model.EquatableArray<Model.EventData>.Empty, new Model.EquatableArray<Model.StatementData>(list));
    }
}
