using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>One test (at least) per diagnostic: its ID, its exact location, and a message that names the fix.</summary>
public class DiagnosticTests
{
    private const string ArticleFile = "articles/fixture-article.yaml";
    private const string RegistryFile = "registry.yaml";

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var matches = run.Of(id);
        Assert.True(matches.Count == 1, $"expected one {id}, got {matches.Count}:\n" + string.Join("\n", run.Diagnostics));
        return matches[0];
    }

    /// <summary>Asserts the 1-based line and column, as `dotnet build` prints them.</summary>
    private static void AssertAt(Diagnostic diagnostic, string file, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith(file, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    private static void AssertAt(Diagnostic diagnostic, string file, string text, string marker, int occurrence = 1)
    {
        var (line, column) = Fixture.PositionOf(text, marker, occurrence);
        AssertAt(diagnostic, file, line, column);
    }

    private static GeneratorRun RunArticle(string article) => GeneratorHarness.Run(Fixture.WithArticle(article));

    private static GeneratorRun RunRegistry(string registry) => GeneratorHarness.Run(Fixture.WithRegistry(registry));

    [Fact]
    public void CORP001_yaml_syntax_error_at_its_position_and_the_rest_still_generates()
    {
        string article = Fixture.Article.Replace("    act: deny\n", "    act: [deny\n");
        var run = RunArticle(article);

        var d = Single(run, "CORP001");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.EndsWith(ArticleFile, d.Location.GetLineSpan().Path);
        Assert.True(d.Location.GetLineSpan().StartLinePosition.Line + 1 >= Fixture.PositionOf(article, "act: [deny").Line);
        // The registry file is unaffected: its officials are still generated.
        Assert.Contains("JaneDoe", run.GeneratedSource);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void CORP001_an_over_indented_line_is_one_error_that_names_the_indentation_and_loses_nothing()
    {
        // One space too many before a statement's key: YAML reads it as part of the line above.
        string article = Fixture.Article.Replace("    kind: direct-quote\n", "     kind: direct-quote\n");
        var run = RunArticle(article);

        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("CORP001", d.Id);
        Assert.Equal(Fixture.PositionOf(article, "     kind: direct-quote").Line, d.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("indentation", d.GetMessage());
        Assert.Contains("indented by 5 spaces, deeper than the key above it (4)", d.GetMessage());
        // Every member is still generated, the broken statement's included: code that uses them still compiles.
        Assert.Equal(Members(GeneratorHarness.Run(Fixture.Inputs())), Members(run));
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void CORP001_a_list_item_out_of_line_is_left_out_by_name_and_the_seed_is_still_annotated()
    {
        string article = Fixture.Article.Replace("  - id: doe-oppose-smears\n", " - id: doe-oppose-smears\n");
        var run = RunArticle(article);

        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("CORP001", d.Id);
        Assert.Contains("line " + Fixture.PositionOf(article, " - id: doe-oppose-smears").Line + " is indented by 1 spaces, unlike any line above it", d.GetMessage());
        Assert.Contains("the statement 'doe-oppose-smears' is left out", d.GetMessage());
        var members = Members(run);
        Assert.DoesNotContain(members, m => m.EndsWith(".DoeOpposeSmears", System.StringComparison.Ordinal));
        Assert.Contains(members, m => m.EndsWith(".DoeRejectsAccusations", System.StringComparison.Ordinal));
        Assert.Contains(members, m => m.EndsWith(".DoeCooperationOnlyWay", System.StringComparison.Ordinal));
        Assert.Contains("Articles.FixtureArticle", members);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void CORP001_a_file_that_cannot_be_read_says_so_and_its_seed_gets_no_second_warning()
    {
        // An unclosed quote in the article's own keys: nothing after it can be trusted.
        string article = Fixture.Article.Replace("  id: fixture-article\n", "  id: \"fixture-article\n");
        var run = RunArticle(article);

        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("CORP001", d.Id);
        Assert.Contains("nothing in this file is read", d.GetMessage());
        Assert.Empty(run.Of("CORP010"));
        Assert.Contains("JaneDoe", run.GeneratedSource);
        Assert.Empty(run.CompileErrors);
    }

    /// <summary>The generated corpus's named members (<c>Statements.FixtureArticle.DoeOpposeSmears</c>, …), read from the compiled assembly.</summary>
    private static string[] Members(GeneratorRun run) =>
        run.Load().GetTypes()
            .Where(t => t.Namespace == "Corpus" && t.IsAbstract && t.IsSealed && (t.IsPublic || t.IsNestedPublic))
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Where(p => p.Name != "All")
                .Select(p => t.FullName!.Substring("Corpus.".Length).Replace('+', '.') + "." + p.Name))
            .OrderBy(n => n, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void CORP002_unknown_key_suggests_the_closest_key()
    {
        string article = Fixture.Article.Replace("    speaker: jane-doe\n    kind: direct-quote", "    spekaer: jane-doe\n    kind: direct-quote");
        var run = RunArticle(article);

        var d = Single(run, "CORP002");
        AssertAt(d, ArticleFile, article, "spekaer");
        Assert.Contains("did you mean 'speaker'", d.GetMessage());
    }

    [Fact]
    public void CORP003_missing_required_key_at_the_mapping_that_lacks_it()
    {
        string article = Fixture.Article.Replace("    act: appeal\n    topics: [cooperation]\n    responds-to", "    topics: [cooperation]\n    responds-to");
        var run = RunArticle(article);

        var d = Single(run, "CORP003");
        AssertAt(d, ArticleFile, article, "id: doe-cooperation-only-way");
        Assert.Contains("'act'", d.GetMessage());
    }

    [Theory]
    [InlineData("date: { value: 2021-05-10", "date: { value: 2021-13-10", "2021-13-10", "partial date")]
    [InlineData("act: deny", "act: denyy", "denyy", "did you mean 'deny'")]
    public void CORP004_invalid_value_in_an_article(string find, string replace, string marker, string hint)
    {
        string article = Fixture.Article.Replace(find, replace);
        var run = RunArticle(article);

        var d = Single(run, "CORP004");
        AssertAt(d, ArticleFile, article, marker);
        Assert.Contains(hint, d.GetMessage());
    }

    [Theory]
    [InlineData("    country: CN\n    roles:", "    country: UK\n    roles:", "UK", "the United Kingdom's code is 'GB'")]
    [InlineData("    country: CN\n    roles:", "    country: XX\n    roles:", "XX", "ISO 3166-1")]
    [InlineData("    country: CN\n    roles:", "    country: cn\n    roles:", "cn", "did you mean 'CN'")]
    [InlineData("id: jane-doe", "id: Jane_Doe", "Jane_Doe", "kebab-case")]
    [InlineData("kind: ministry", "kind: ministery", "ministery", "did you mean 'ministry'")]
    [InlineData("from: 2020-01", "from: 2021-02-30", "2021-02-30", "exists")]
    public void CORP004_invalid_value_in_the_registry(string find, string replace, string marker, string hint)
    {
        string registry = Fixture.Registry.Replace(find, replace);
        var run = RunRegistry(registry);

        var d = Single(run, "CORP004");
        AssertAt(d, RegistryFile, registry, marker);
        Assert.Contains(hint, d.GetMessage());
    }

    [Fact]
    public void CORP004_occurrence_beyond_the_matches()
    {
        string article = Fixture.Article.Replace("    text: cooperation is the only way\n", "    text: cooperation is the only way\n    occurrence: 3\n");
        var run = RunArticle(article);

        var d = Single(run, "CORP004");
        AssertAt(d, ArticleFile, article, "cooperation is the only way");
        Assert.Contains("occurs only 1 time", d.GetMessage());
    }

    [Fact]
    public void CORP005_duplicate_id_names_both_places()
    {
        string registry = Fixture.Registry.Replace("  - id: accusations\n    name: Accusations", "  - id: accusations\n    name: Accusations\n  - id: cooperation\n    name: Cooperation again");
        var run = RunRegistry(registry);

        var d = Single(run, "CORP005");
        AssertAt(d, RegistryFile, registry, "cooperation", 2);
        var (firstLine, firstColumn) = Fixture.PositionOf(registry, "cooperation");
        Assert.Contains($"registry.yaml({firstLine},{firstColumn})", d.GetMessage());
        var additional = Assert.Single(d.AdditionalLocations);
        Assert.Equal(firstLine, additional.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void CORP006_unresolved_reference_suggests_the_closest_id()
    {
        string article = Fixture.Article.Replace("    speaker: jane-doe\n    kind: paraphrase\n    text: cooperation", "    speaker: jane-do\n    kind: paraphrase\n    text: cooperation");
        var run = RunArticle(article);

        var d = Single(run, "CORP006");
        AssertAt(d, ArticleFile, article, "jane-do\n");
        Assert.Contains("did you mean 'jane-doe'", d.GetMessage());
    }

    [Fact]
    public void CORP006_unresolved_topic_event_and_response()
    {
        string article = Fixture.Article
            .Replace("topics: [accusations]", "topics: [acusations]")
            .Replace("event: briefing-2021-05-10", "event: briefing-2021-05-11")
            .Replace("responds-to: doe-rejects-accusations", "responds-to: doe-rejects-accusation");
        var run = RunArticle(article);

        var all = run.Of("CORP006");
        Assert.Equal(3, all.Count);
        Assert.Contains(all, d => d.GetMessage().Contains("did you mean 'accusations'"));
        Assert.Contains(all, d => d.GetMessage().Contains("did you mean 'briefing-2021-05-10'"));
        Assert.Contains(all, d => d.GetMessage().Contains("did you mean 'doe-rejects-accusations'"));
    }

    [Fact]
    public void CORP007_text_not_found_shows_the_closest_passage_and_the_difference()
    {
        string article = Fixture.Article.Replace("text: rejected the accusations", "text: rejected the acusations");
        var run = RunArticle(article);

        var d = Single(run, "CORP007");
        AssertAt(d, ArticleFile, article, "rejected the acusations");
        string message = d.GetMessage();
        Assert.Contains("Closest passage (line 5): \"rejected the accusations\"", message);
        Assert.Contains("the annotation has \"usations\"", message);
        // The other statements of the article are still generated.
        Assert.Contains("DoeOpposeSmears", run.GeneratedSource);
        Assert.DoesNotContain("DoeRejectsAccusations =>", run.GeneratedSource);
    }

    [Fact]
    public void Quotes_apostrophes_and_whitespace_match_their_variants_but_offsets_stay_original()
    {
        // Straight quote for the curly apostrophe, a line break for a space.
        string article = Fixture.Article.Replace("text: called for \"dialogue and cooperation\" between countries",
            "text: >-\n      The ministry's statement called\n      for \"dialogue and cooperation\"");
        var run = RunArticle(article);
        Assert.Empty(run.Diagnostics);
        var assembly = run.Load();
        var statement = (Statement)GeneratorRun.Static(assembly, "Corpus.Statements+FixtureArticle", "MinistryCallsForDialogue")!;
        Assert.Equal("The ministry’s statement called for “dialogue and cooperation”", statement.Text);
    }

    [Fact]
    public void CORP008_ambiguous_text_says_how_often_and_where()
    {
        string article = Fixture.Article.Replace("text: cooperation is the only way", "text: cooperation");
        var run = RunArticle(article);

        var d = Single(run, "CORP008");
        AssertAt(d, ArticleFile, article, "cooperation\n");
        Assert.Contains("occurs 2 times", d.GetMessage());
        Assert.Contains("lines 7, 9", d.GetMessage());
        Assert.Equal(2, d.AdditionalLocations.Count);
        Assert.All(d.AdditionalLocations, l => Assert.EndsWith(Fixture.SeedName, l.GetLineSpan().Path));
    }

    [Fact]
    public void An_occurrence_picks_one_of_several_matches()
    {
        // The second "cooperation" is inside “dialogue and cooperation”: quoted words, so a direct quote (CORP052).
        string article = Fixture.Article.Replace("kind: paraphrase\n    text: cooperation is the only way", "kind: direct-quote\n    text: cooperation\n    occurrence: 2");
        var run = RunArticle(article);
        Assert.Empty(run.Diagnostics);
        var statement = (Statement)GeneratorRun.Static(run.Load(), "Corpus.Statements+FixtureArticle", "DoeCooperationOnlyWay")!;
        Assert.Equal(9, statement.Line);
    }

    [Fact]
    public void CORP009_seed_missing_suggests_the_closest_seed()
    {
        string article = Fixture.Article.Replace("source: fixture-article.txt", "source: fixture-artcle.txt");
        var run = RunArticle(article);

        var d = Single(run, "CORP009");
        AssertAt(d, ArticleFile, article, "fixture-artcle.txt");
        Assert.Contains("did you mean 'fixture-article.txt'", d.GetMessage());
    }

    [Fact]
    public void CORP010_seed_without_annotation_is_a_warning_at_the_seed()
    {
        var inputs = Fixture.Inputs().Append(CorpusInput.Seed("orphan.txt", "An article nobody annotated.")).ToList();
        var run = GeneratorHarness.Run(inputs);

        var d = Single(run, "CORP010");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "seeds/orphan.txt", 1, 1);
        Assert.Contains("annotations/articles/orphan.yaml", d.GetMessage());
    }

    [Fact]
    public void CORP011_date_after_publication_names_both_dates()
    {
        string article = Fixture.Article.Replace("date: { value: 2021-05-10, basis: inferred", "date: { value: 2021-06-01, basis: inferred");
        var run = RunArticle(article);

        var d = Single(run, "CORP011");
        AssertAt(d, ArticleFile, article, "2021-06-01");
        Assert.Contains("2021-06-01", d.GetMessage());
        Assert.Contains("2021-05-10", d.GetMessage());
    }

    [Fact]
    public void CORP012_speaker_without_a_role_valid_on_the_date()
    {
        string article = Fixture.Article
            .Replace("date: { value: 2021-05-10, basis: inferred, evidence: \"'on Monday'\" }", "date: { value: 2019-05-10, basis: inferred, evidence: \"'on Monday'\" }")
            .Replace("    responds-to: [forum-2021]\n", "");
        var run = RunArticle(article);

        var d = Single(run, "CORP012");
        AssertAt(d, ArticleFile, article, "jane-doe");
        Assert.Contains("2019-05-10", d.GetMessage());
        Assert.Contains("Spokesperson 2020-01", d.GetMessage());
    }

    [Theory]
    [InlineData("  - id: accusations\n    name: Accusations", "  - id: accusations\n    name: Accusations\n  - id: accusations2\n    name: A2\n  - id: accusations-2\n    name: A-2", "accusations-2", "Accusations2")]
    [InlineData("  - id: accusations\n    name: Accusations", "  - id: accusations\n    name: Accusations\n  - id: all\n    name: All", "all\n", "already uses")]
    public void CORP013_two_ids_with_one_member_name(string find, string replace, string marker, string hint)
    {
        string registry = Fixture.Registry.Replace(find, replace);
        var run = RunRegistry(registry);

        var d = Single(run, "CORP013");
        AssertAt(d, RegistryFile, registry, marker);
        Assert.Contains(hint, d.GetMessage());
        Assert.Empty(run.CompileErrors);
    }

    [Theory]
    [InlineData("Unrelated story", "also-read boilerplate")]
    [InlineData("Minister rejects", "headline")]
    public void CORP014_statement_inside_boilerplate_or_headline(string text, string where)
    {
        string article = Fixture.Article.Replace("text: cooperation is the only way", "text: " + text);
        var run = RunArticle(article);

        var d = Single(run, "CORP014");
        // The marker's first occurrence is in the article's own headline/boilerplate entry.
        AssertAt(d, ArticleFile, article, text, 2);
        Assert.Contains(where, d.GetMessage());
    }

    [Fact]
    public void A_body_sentence_that_repeats_the_headline_can_be_quoted()
    {
        string seed = Fixture.Seed + "\nMinister rejects “hacking” claims\n";
        string article = Fixture.Article.Replace("text: cooperation is the only way", "text: Minister rejects \"hacking\" claims\n    occurrence: 2");
        var run = GeneratorHarness.Run(Fixture.Inputs(article: article, seed: seed));

        Assert.Empty(run.Diagnostics);
        var statement = (Statement)GeneratorRun.Static(run.Load(), "Corpus.Statements+FixtureArticle", "DoeCooperationOnlyWay")!;
        Assert.Equal(15, statement.Line);
    }

    [Fact]
    public void CORP015_deep_nesting_is_refused()
    {
        string nested = "topics:\n" + string.Concat(Enumerable.Repeat("[", 50)) + string.Concat(Enumerable.Repeat("]", 50)) + "\n";
        var run = GeneratorHarness.Run(Fixture.Inputs().Append(CorpusInput.Annotation("nested.yaml", nested)));

        var d = Single(run, "CORP015");
        Assert.EndsWith("nested.yaml", d.Location.GetLineSpan().Path);
        Assert.Contains("32 levels", d.GetMessage());
        Assert.Contains("JaneDoe", run.GeneratedSource);
    }

    [Fact]
    public void CORP015_alias_bombs_are_refused()
    {
        var bomb = new System.Text.StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) bomb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        var run = GeneratorHarness.Run(Fixture.Inputs().Append(CorpusInput.Annotation("bomb.yaml", bomb.ToString())));

        var d = Single(run, "CORP015");
        Assert.EndsWith("bomb.yaml", d.Location.GetLineSpan().Path);
        Assert.Contains("stand for more than", d.GetMessage());
    }

    [Fact]
    public void CORP015_huge_files_are_refused_before_parsing()
    {
        string huge = "topics:\n" + string.Concat(Enumerable.Repeat("  - id: t\n    name: T\n", 250_000));
        // The message must read the same on every build machine.
        var run = Corpus.Testing.Cultures.InCulture(new System.Globalization.CultureInfo("de-DE"),
            () => GeneratorHarness.Run(Fixture.Inputs().Append(CorpusInput.Annotation("huge.yaml", huge))));

        var d = Single(run, "CORP015");
        AssertAt(d, "huge.yaml", 1, 1);
        Assert.Contains("split it", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("4,194,304", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CORP016_response_dated_before_what_it_answers()
    {
        string article = Fixture.Article.Replace("    responds-to: [forum-2021]\n", "    responds-to: [later-forum]\n");
        string registry = Fixture.Registry + "\n  - id: later-forum\n    name: A later forum\n    kind: conference\n    date: 2021-05-20\n";
        var run = GeneratorHarness.Run(Fixture.Inputs(registry: registry, article: article));

        var d = Single(run, "CORP016");
        AssertAt(d, ArticleFile, article, "later-forum");
        Assert.Contains("2021-05-20", d.GetMessage());
    }

    [Fact]
    public void CORP017_unreferenced_entities_are_hidden_by_default_and_can_be_enabled()
    {
        string registry = Fixture.Registry.Replace("  - id: accusations\n", "  - id: unused-topic\n    name: Unused\n  - id: accusations\n");
        var quiet = RunRegistry(registry);
        Assert.Empty(quiet.Of("CORP017"));

        var compilation = GeneratorHarness.CreateCompilation().WithOptions(GeneratorHarness.CreateCompilation().Options
            .WithSpecificDiagnosticOptions(new[] { new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("CORP017", ReportDiagnostic.Warn) }));
        var loud = GeneratorHarness.Run(Fixture.WithRegistry(registry), compilation: compilation);
        var d = Single(loud, "CORP017");
        AssertAt(d, RegistryFile, registry, "unused-topic");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void Severities_can_be_lowered_like_any_analyzers()
    {
        var inputs = Fixture.Inputs().Append(CorpusInput.Seed("orphan.txt", "Nobody annotated this.")).ToList();
        var options = GeneratorHarness.CreateCompilation().Options
            .WithSpecificDiagnosticOptions(new[] { new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("CORP010", ReportDiagnostic.Suppress) });
        var run = GeneratorHarness.Run(inputs, compilation: GeneratorHarness.CreateCompilation().WithOptions(options));
        Assert.Empty(run.Of("CORP010"));
    }

    [Fact]
    public void CORP018_same_speaker_twice_for_overlapping_text()
    {
        string article = Fixture.Article + "\n  - id: doe-overlap\n    speaker: jane-doe\n    kind: paraphrase\n    text: the only way\n    act: appeal\n";
        var run = RunArticle(article);

        var d = Single(run, "CORP018");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, ArticleFile, article, "the only way\n", 2);
        Assert.Contains("doe-cooperation-only-way", d.GetMessage());
    }

    [Fact]
    public void CORP019_two_articles_for_one_seed()
    {
        string second = "article:\n  id: second-article\n  source: fixture-article.txt\n";
        var run = GeneratorHarness.Run(Fixture.Inputs().Append(CorpusInput.Annotation("articles/second.yaml", second)));

        var d = Single(run, "CORP019");
        AssertAt(d, "articles/second.yaml", 3, 11);
        Assert.Contains("fixture-article", d.GetMessage());
    }

    [Fact]
    public void CORP020_an_unreadable_file_is_reported_and_the_rest_generates()
    {
        var inputs = Fixture.Inputs().Append(new CorpusInput(CorpusInput.Root + "annotations/locked.yaml", "", "annotation") { Unreadable = true });
        var run = GeneratorHarness.Run(inputs);

        var d = Single(run, "CORP020");
        AssertAt(d, "locked.yaml", 1, 1);
        Assert.Contains("could not be read", d.GetMessage());
        Assert.Contains("JaneDoe", run.GeneratedSource);
    }

    [Theory]
    [InlineData("my-app", "my_app")]
    [InlineData("2024.Corpus", "_2024.Corpus")]
    [InlineData("Research.class", "Research._class")]
    public void CORP021_an_invalid_namespace_is_a_warning_and_its_nearest_valid_form_is_used(string property, string used)
    {
        var run = GeneratorHarness.Run(Fixture.Inputs(), @namespace: property);

        var d = Single(run, "CORP021");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(Location.None, d.Location);
        Assert.Contains($"generated into '{used}'", d.GetMessage());
        Assert.Contains($"namespace {used}", run.GeneratedSource);
        Assert.Empty(run.CompileErrors);
    }

    [Fact]
    public void CORP050_a_quoted_passage_no_entry_covers_is_reported_at_the_seed()
    {
        // Without its not-speech entry, the forum theme “Open Networks” (seed line 11) is covered by nothing.
        string article = Fixture.Article.Replace("not-speech:\n  - text: \"“Open Networks”\"\n    reason: forum theme\n", "");
        var run = RunArticle(article);

        var d = Single(run, "CORP050");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertAt(d, "seeds/" + Fixture.SeedName, 11, 24);
        Assert.Contains("\"Open Networks\"", d.GetMessage());
        Assert.Contains("not-speech", d.GetMessage());
    }

    [Fact]
    public void CORP050_deleting_the_statement_that_covers_a_quote_no_longer_builds_cleanly()
    {
        int start = Fixture.Article.IndexOf("  - id: doe-oppose-smears", System.StringComparison.Ordinal);
        int end = Fixture.Article.IndexOf("  - id: doe-cooperation-only-way", System.StringComparison.Ordinal);
        var run = RunArticle(Fixture.Article.Remove(start, end - start));

        var d = Single(run, "CORP050");
        AssertAt(d, "seeds/" + Fixture.SeedName, 7, 2);
        Assert.Contains("We firmly oppose groundless smears", d.GetMessage());
    }

    [Fact]
    public void CORP051_a_directed_act_without_a_target_or_a_reason()
    {
        string article = Fixture.Article.Replace("    no-target: the article names no one the appeal is addressed to\n", "");
        var run = RunArticle(article);

        var d = Single(run, "CORP051");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, ArticleFile, article, "doe-cooperation-only-way");
        Assert.Contains("'appeal'", d.GetMessage());
        Assert.Contains("no-target", d.GetMessage());
    }

    [Theory]
    [InlineData("kind: direct-quote", "kind: paraphrase", "\"\\\"We firmly", "code it as a direct-quote")]
    [InlineData("kind: paraphrase\n    text: rejected the accusations", "kind: direct-quote\n    text: rejected the accusations", "rejected the accusations", "code it as a paraphrase")]
    [InlineData("text: called for \"dialogue and cooperation\" between countries", "text: called for", "called for", "code it as a paraphrase")]
    public void CORP052_kind_disagrees_with_the_quotation_marks(string find, string replace, string marker, string fix)
    {
        string article = Fixture.Article.Replace(find, replace);
        var run = RunArticle(article);

        var d = Single(run, "CORP052");
        AssertAt(d, ArticleFile, article, marker);
        Assert.Contains(fix, d.GetMessage());
    }

    [Fact]
    public void CORP052_a_paraphrase_may_hold_scare_quotes()
    {
        // "called for “dialogue and cooperation” between countries" is the article's words around a quotation.
        Assert.Empty(RunArticle(Fixture.Article.Replace("kind: partial-quote", "kind: paraphrase")).Diagnostics);
    }

    [Theory]
    [InlineData("doe-missing", "names no statement")]
    [InlineData("doe-cooperation-only-way", "itself")]
    public void CORP053_same_utterance_link_to_nothing_or_to_itself(string link, string why)
    {
        string article = Fixture.Article.Replace("    no-target: the article names no one the appeal is addressed to\n",
            $"    no-target: the article names no one the appeal is addressed to\n    same-utterance-as: {link}\n");
        var run = RunArticle(article);

        var d = Single(run, "CORP053");
        AssertAt(d, ArticleFile, article, link + "\n", link == "doe-missing" ? 1 : 2);
        Assert.Contains(why, d.GetMessage());
    }

    [Fact]
    public void CORP053_same_utterance_links_need_compatible_speakers_and_no_cycle()
    {
        // The ministry and its spokesperson may report one utterance; a link back makes a cycle.
        string linked = Fixture.Article.Replace("    reported-by: example-news\n", "    reported-by: example-news\n    same-utterance-as: doe-oppose-smears\n");
        Assert.Empty(RunArticle(linked).Of("CORP053"));

        string cycle = linked.Replace("    no-target: the quotation names no accuser\n", "    no-target: the quotation names no accuser\n    same-utterance-as: ministry-calls-for-dialogue\n");
        var d = Single(RunArticle(cycle), "CORP053");
        Assert.Contains("cycle", d.GetMessage());

        string foreign = linked.Replace("  - id: ministry-calls-for-dialogue\n    speaker: example-ministry", "  - id: ministry-calls-for-dialogue\n    speaker: US");
        var mismatch = Single(RunArticle(foreign), "CORP053");
        Assert.Contains("'US' and 'jane-doe'", mismatch.GetMessage());
    }

    [Fact]
    public void CORP054_a_cameo_code_of_another_acts_family()
    {
        string article = Fixture.Article.Replace("    act: reject\n", "    act: reject\n    cameo: 1125\n");
        var run = RunArticle(article);

        var d = Single(run, "CORP054");
        AssertAt(d, ArticleFile, article, "1125");
        Assert.Contains("Accuse of espionage, treason", d.GetMessage());
        Assert.Contains("write 'act: accuse'", d.GetMessage());
        Assert.Contains("12x", d.GetMessage());

        var unknown = Single(RunArticle(Fixture.Article.Replace("    act: reject\n", "    act: reject\n    cameo: 1299\n")), "CORP004");
        Assert.Contains("CAMEO", unknown.GetMessage());
        Assert.Empty(RunArticle(Fixture.Article.Replace("    act: reject\n", "    act: reject\n    cameo: 125\n")).Diagnostics);
    }

    [Fact]
    public void CORP055_a_role_neither_dated_nor_attested_is_reported_once()
    {
        string registry = Fixture.Registry.Replace("        from: 2020-01\n", "");
        var run = RunRegistry(registry);

        var d = Single(run, "CORP055");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("attested: [fixture-article]", d.GetMessage());
        Assert.Contains("2021-05-10", d.GetMessage());

        // Attested by the article that prints it: valid on its publication date.
        Assert.Empty(RunRegistry(Fixture.Registry.Replace("        from: 2020-01\n", "        attested: [fixture-article]\n")).Diagnostics);
        // Attested on another date only: no role is valid on the statement's date.
        var other = RunRegistry(Fixture.Registry.Replace("        from: 2020-01\n", "        attested: [2019-03]\n"));
        Assert.Contains("2021-05-10", Single(other, "CORP012").GetMessage());
        var unresolved = Single(RunRegistry(Fixture.Registry.Replace("        from: 2020-01\n", "        attested: [fixture-artcle]\n")), "CORP006");
        Assert.Contains("did you mean 'fixture-article'", unresolved.GetMessage());
    }

    [Fact]
    public void CORP056_targets_on_an_act_directed_at_no_one()
    {
        string article = Fixture.Article.Replace("    act: reject\n", "    act: assert\n");
        var run = RunArticle(article);

        var d = Single(run, "CORP056");
        AssertAt(d, ArticleFile, article, "US]");
        Assert.Contains("move [US] to 'about: [...]'", d.GetMessage());
        Assert.Empty(RunArticle(article.Replace("    targets: [US]\n", "    about: [US]\n")).Diagnostics);
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_to_its_docs_section_and_a_test_here()
    {
        var source = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot(), "tests/Corpus.Generator.Tests/DiagnosticTests.cs"));
        var descriptors = DescriptorIds();
        Assert.Equal(36, descriptors.Length);
        foreach (var id in descriptors) Assert.Contains($"void {id}_", source);

        // Each help link lands on a section of docs/diagnostics.md, and each ID is tracked for release.
        string docs = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot(), "docs/diagnostics.md"));
        string releases = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot(), "generator/AnalyzerReleases.Unshipped.md"));
        foreach (var id in descriptors)
        {
            Assert.Contains($"\n## {id}\n", docs.ReplaceLineEndings("\n"));
            Assert.Contains($"{id} | Corpus |", releases);
        }
    }

    [Fact]
    public void CORP040_a_seed_filled_with_NULs_is_refused_at_its_first_NUL_and_its_article_not_linked()
    {
        string utf16ReadAsUtf8 = string.Concat(Fixture.Seed.Select(c => c + "\0"));
        var run = GeneratorHarness.Run(Fixture.Inputs(seed: utf16ReadAsUtf8));
        var d = Single(run, "CORP040");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.EndsWith("seeds/" + Fixture.SeedName, d.Location.GetLineSpan().Path);
        Assert.Equal(1, d.Location.SourceSpan.Start);
        Assert.Contains("NUL", d.GetMessage());
        Assert.DoesNotContain(run.Diagnostics, other => other.Id == "CORP007");
    }

    [Fact]
    public void CORP041_two_seeds_with_one_name_are_refused_naming_both()
    {
        var run = GeneratorHarness.Run(Fixture.Inputs().Append(new CorpusInput("/corpus/other/" + Fixture.SeedName, Fixture.Seed, "seed")));
        var d = Single(run, "CORP041");
        Assert.Contains("/corpus/other/" + Fixture.SeedName, d.GetMessage());
        Assert.Contains("/corpus/seeds/" + Fixture.SeedName, d.GetMessage());
    }

    [Fact]
    public void CORP042_more_than_a_hundred_diagnostics_in_a_file_end_in_one_that_counts_the_rest()
    {
        var article = new System.Text.StringBuilder(Fixture.Article + "\n");
        for (int i = 0; i < 150; i++) article.Append($"  - id: missing-{i}\n    speaker: nobody-{i}\n    kind: paraphrase\n    text: not in the article {i}\n    act: reject\n");
        var run = GeneratorHarness.Run(Fixture.WithArticle(article.ToString()));
        string file = CorpusInput.Root + "annotations/articles/fixture-article.yaml";
        Assert.Equal(100, run.Diagnostics.Count(d => d.Location.GetLineSpan().Path == file && d.Id != "CORP042"));
        var more = Single(run, "CORP042");
        Assert.Equal(DiagnosticSeverity.Error, more.Severity);
        Assert.Equal(file, more.Location.GetLineSpan().Path);
        Assert.Contains("200 more diagnostics", more.GetMessage());
    }

    [Fact]
    public void CORP043_more_than_a_hundred_warnings_in_a_file_end_in_a_warning_that_counts_the_rest()
    {
        var article = new System.Text.StringBuilder(Fixture.Article + "\n");
        for (int i = 0; i < 103; i++) article.Append($"  - id: same-{i}\n    speaker: jane-doe\n    kind: paraphrase\n    text: rejected the accusations\n    occurrence: 1\n    act: reject\n");
        var run = GeneratorHarness.Run(Fixture.WithArticle(article.ToString()));
        var more = Single(run, "CORP043");
        Assert.Equal(DiagnosticSeverity.Warning, more.Severity);
        Assert.Contains("3 more diagnostics in this file are not shown, 0 of them errors (the first: CORP018)", more.GetMessage());
    }

    [Fact]
    public void CORP046_past_a_megabyte_of_build_log_errors_end_in_one_that_counts_the_rest()
    {
        // 30 registry files, each with 100 unknown keys of 400 characters (and one that counts its rest): far past the budget.
        var inputs = Enumerable.Range(0, 30).Select(f => CorpusInput.Annotation($"registry-{f:00}.yaml",
            string.Concat(Enumerable.Range(0, 101).Select(k => $"x{k:000}{new string('k', 400)}: 1\n")))).ToList();
        var run = GeneratorHarness.Run(inputs);
        var more = Single(run, "CORP046");
        Assert.Equal(DiagnosticSeverity.Error, more.Severity);
        int shown = run.Diagnostics.Count(d => d.Id == "CORP002");
        Assert.InRange(shown, 1, 3_029);
        Assert.StartsWith($"{30 * 101 - shown - run.Diagnostics.Count(d => d.Id == "CORP042"):N0} more diagnostics in the corpus are not shown", more.GetMessage(), System.StringComparison.Ordinal);
        Assert.True(run.Diagnostics.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d.ToString()) + 1 + 300) <= 1_000_000);
    }

    [Fact]
    public void CORP047_past_a_megabyte_of_build_log_warnings_end_in_a_warning_that_counts_the_rest()
    {
        // 2,000 seeds with long names that no article claims: a warning each (CORP010).
        var seeds = Enumerable.Range(0, 2_000).Select(i => CorpusInput.Seed($"{i:0000}-{new string('s', 240)}.txt", "text")).ToList();
        var run = GeneratorHarness.Run(seeds);
        var more = Single(run, "CORP047");
        Assert.Equal(DiagnosticSeverity.Warning, more.Severity);
        int shown = run.Of("CORP010").Count;
        Assert.Contains($"{2_000 - shown:N0} more diagnostics in the corpus are not shown, 0 of them errors (the first: CORP010 in ", more.GetMessage(), System.StringComparison.Ordinal);
        Assert.True(run.Diagnostics.Sum(d => System.Text.Encoding.UTF8.GetByteCount(d.ToString()) + 1 + 300) <= 1_000_000);
    }

    [Fact]
    public void CORP044_organizations_that_are_their_own_ancestors_and_statements_that_answer_themselves_are_refused()
    {
        string registry = Fixture.Registry
            .Replace("    kind: ministry\n", "    kind: ministry\n    parent: example-news\n")
            .Replace("    kind: media\n", "    kind: media\n    parent: example-ministry\n");
        string article = Fixture.Article.Replace("responds-to: doe-rejects-accusations", "responds-to: doe-cooperation-only-way");
        var run = GeneratorHarness.Run(Fixture.Inputs(registry: registry, article: article));
        var cycles = run.Of("CORP044").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, cycles.Count);
        Assert.Contains("The organization 'example-ministry' leads back to itself through 'parent': example-ministry → example-news → example-ministry", cycles[0] + cycles[1]);
        Assert.Contains("The statement 'doe-cooperation-only-way' leads back to itself through 'responds-to': doe-cooperation-only-way → doe-cooperation-only-way", cycles[0] + cycles[1]);
        var (line, column) = Fixture.PositionOf(article, "doe-cooperation-only-way", 2);
        Assert.Contains(run.Of("CORP044"), d => d.Location.GetLineSpan().StartLinePosition == new Microsoft.CodeAnalysis.Text.LinePosition(line - 1, column - 1));
    }

    [Fact]
    public void CORP045_a_large_embedded_seed_no_article_claims_is_named_with_its_size()
    {
        var big = new CorpusInput(CorpusInput.Root + "seeds/big.txt", new string('a', 1_200_000), "seed") { Resource = "corpus-seed/big.txt" };
        var small = new CorpusInput(CorpusInput.Root + "seeds/small.txt", "a", "seed") { Resource = "corpus-seed/small.txt" };
        var run = GeneratorHarness.Run(Fixture.Inputs().Append(big).Append(small));
        var d = Single(run, "CORP045");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("'big.txt' (1,200,000 characters) is embedded", d.GetMessage());
    }

    private static string[] DescriptorIds() =>
        System.Text.RegularExpressions.Regex.Matches(
                System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.RepositoryRoot(), "generator/DiagnosticDescriptors.cs")), "\"(CORP\\d{3})\"")
            .Select(m => m.Groups[1].Value).Distinct().ToArray();
}
