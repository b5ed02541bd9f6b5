using System.Collections;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

public class FixtureTests
{
    [Fact]
    public void The_fixture_is_valid_and_its_generated_code_is_pinned()
    {
        var run = GeneratorHarness.Run(Fixture.Inputs());

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileErrors);
        Snapshot.Verify(run.GeneratedSource!, "Fixture.Corpus.g");
    }

    [Fact]
    public void Generated_members_reach_the_exact_article_characters()
    {
        var run = GeneratorHarness.Run(Fixture.Inputs());
        var assembly = run.Load();

        var quote = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", "DoeOpposeSmears")!;
        Assert.Equal("“We firmly oppose groundless smears,”", quote.Text);
        Assert.Equal(quote.Text, quote.Article.Text.Substring(quote.Start, quote.Length));
        Assert.Equal(7, quote.Line);
        Assert.Equal(1, quote.Column);
        Assert.Equal(SpeechAct.Deny, quote.Act);

        var doe = (Official)GeneratorRun.Static(assembly, "Corpus.Officials", "JaneDoe")!;
        Assert.Same(doe, quote.Speaker);
        Assert.Contains(quote, doe.Statements);
        Assert.Equal("Spokesperson", doe.RoleAt(PartialDate.Parse("2021-05-10"))!.Title);
        Assert.Null(doe.RoleAt(PartialDate.Parse("2019")));

        var article = (Article)GeneratorRun.Static(assembly, "Corpus.Articles", "FixtureArticle")!;
        Assert.DoesNotContain("ALSO READ", article.Body);
        Assert.DoesNotContain("Copyright", article.Body);
        Assert.Contains("We firmly oppose", article.Body);
        Assert.Equal(DateBasis.Inferred, article.PublishedBasis);
        Assert.Equal("Example News", article.Outlet!.Name);
        Assert.Equal("“Open Networks”", Assert.Single(article.NotSpeech).Text);

        var dialogue = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", "MinistryCallsForDialogue")!;
        Assert.Equal("countries in dispute", Assert.IsType<UnnamedActor>(Assert.Single(dialogue.Targets)).Description);
        Assert.Equal("Example News", dialogue.ReportedBy!.Name);

        var rejects = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", "DoeRejectsAccusations")!;
        Assert.Equal("US", Assert.IsType<Country>(Assert.Single(rejects.Targets)).Code);
        Assert.Equal("Example Forum 2021", Assert.IsType<Event>(Assert.Single(rejects.RespondsTo)).Name);
        var followUp = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", "DoeCooperationOnlyWay")!;
        Assert.Same(rejects, Assert.Single(followUp.RespondsTo));
        Assert.Contains(followUp, rejects.Responses);
    }

    [Fact]
    public void Evidence_that_statements_share_is_written_once_and_read_back_for_each()
    {
        string evidence = "'on Monday', the briefing after the forum";
        string article = Fixture.Article
            .Replace("date: { value: 2021-05-10, basis: inferred, evidence: \"'on Monday'\" }", $"date: {{ value: 2021-05-10, basis: inferred, evidence: \"{evidence}\" }}")
            .Replace("    act: deny\n", $"    act: deny\n    date: {{ value: 2021-05-10, basis: inferred, evidence: \"{evidence}\" }}\n");
        var run = GeneratorHarness.Run(Fixture.WithArticle(article));
        Assert.Empty(run.Diagnostics);

        string source = run.GeneratedSource!;
        Assert.Equal(1, source.Split(evidence).Length - 1);
        Assert.Equal(2, source.Split("\\~0").Length - 1);
        var assembly = run.Load();
        foreach (var member in new[] { "DoeRejectsAccusations", "DoeOpposeSmears" })
        {
            var statement = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", member)!;
            Assert.Equal(evidence, statement.DateEvidence);
        }
        var unshared = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", "MinistryCallsForDialogue")!;
        Assert.Equal("The ministry's own words are in quotes.", unshared.Note);
    }
}
