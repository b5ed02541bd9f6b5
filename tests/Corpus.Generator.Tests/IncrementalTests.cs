extern alias generator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using CorpusGenerator = generator::Corpus.Generator.CorpusGenerator;

namespace Corpus.Generator.Tests;

/// <summary>The pipeline re-runs only what an edit touches.</summary>
public class IncrementalTests
{
    private static readonly string[] s_trackedSteps =
    {
        "Classified", "Parsed", "Seeds", "AllSeeds", "SeedCatalog", "Namespace", "Declarations", "Unplaced", "Index", "ArticleUnits", "SeedMatched", "Linked",
        "Registries", "Summaries", "DeclarationsForChecks", "ChecksIndex", "DeclarationChecks", "ReferenceChecks", "ChecksPlaced", "Countries", "Unlinked", "RegistryData", "ArticleData", "ArticleChunks", "Manifest", "IsEmpty", "FileDiagnostics", "ArticleDiagnostics",
    };

    private const string EditedArticle = "004_1e278fe6e9cedae5.yaml";

    [Fact]
    public void Every_pipeline_step_is_tracked()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RepositoryCorpus());
        var steps = run.Result.Results.Single().TrackedSteps;
        foreach (var name in s_trackedSteps) Assert.True(steps.ContainsKey(name), $"step {name} is not tracked");
    }

    [Fact]
    public void Editing_a_cs_file_reparses_no_yaml_and_regenerates_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation("class First { }");
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.RepositoryCorpus()), compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Second { }", path: "Second.cs"));
        var second = GeneratorHarness.Run(first.Driver, edited);

        var result = second.Result.Results.Single();
        foreach (var name in s_trackedSteps)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                Assert.All(step.Outputs, o => Assert.True(
                    o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} ran again: {o.Reason}"));
            }
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output ran again: {o.Reason}"));
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
    }

    [Fact]
    public void Editing_one_article_reparses_only_that_file()
    {
        var inputs = GeneratorHarness.RepositoryCorpus();
        var driver = GeneratorHarness.CreateDriver(inputs);
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(driver, compilation);

        var target = inputs.First(i => i.Path.EndsWith("004_1e278fe6e9cedae5.yaml", StringComparison.Ordinal));
        var oldText = first.Driver is var d ? FindText(d, target.Path) : null;
        string newYaml = target.Text.Replace("note:", "note: Edited.", StringComparison.Ordinal);
        Assert.NotEqual(target.Text, newYaml);
        var replaced = first.Driver.ReplaceAdditionalText(oldText!, new InMemoryAdditionalText(target.Path, newYaml));
        var second = GeneratorHarness.Run(replaced, compilation);

        var parsed = second.Result.Results.Single().TrackedSteps["Parsed"];
        var reasons = parsed.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        int annotationFiles = inputs.Count(i => i.Kind == "annotation");
        Assert.Equal(annotationFiles, reasons.Count);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(annotationFiles - 1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(second.Result.Results.Single().TrackedSteps["Seeds"].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_change_that_only_moves_diagnostics_does_not_regenerate_code()
    {
        // Adding an unknown key changes the diagnostics but no declaration and no linked data.
        var inputs = Fixture.Inputs();
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(inputs), compilation);
        var registry = inputs.First(i => i.Path.EndsWith("registry.yaml", StringComparison.Ordinal));
        var edited = first.Driver.ReplaceAdditionalText(FindText(first.Driver, registry.Path)!,
            new InMemoryAdditionalText(registry.Path, registry.Text + "\nextra-section: true\n"));
        var second = GeneratorHarness.Run(edited, compilation);

        Assert.Single(second.Of("CORP002"));
        foreach (var name in new[] { "Index", "Registries", "Linked", "ArticleData", "Manifest" }) AssertNotRerun(second, name);
        Assert.Equal(first.GeneratedSource, second.GeneratedSource);
    }

    [Fact]
    public void Editing_one_statement_relinks_and_reemits_only_its_article()
    {
        var inputs = GeneratorHarness.RepositoryCorpus();
        // One statement's note: part of its article's data, not of any declaration.
        var (first, second) = RunTwice(inputs, "/" + EditedArticle,
            "spokesperson's reported speech", "spokesperson's reported speech (edited)");

        Assert.Empty(second.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        int articles = inputs.Count(i => i.Path.Contains("/articles/", StringComparison.Ordinal));
        foreach (var name in new[] { "Linked", "ArticleData" })
        {
            var reasons = Reasons(second, name);
            Assert.Equal(articles, reasons.Count);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.All(reasons.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {r}"));
        }
        // The declarations below the edit moved, but what linking and the corpus-wide checks need of them did not.
        foreach (var name in new[] { "Unplaced", "Index", "Registries", "DeclarationsForChecks", "ChecksIndex", "DeclarationChecks", "ReferenceChecks", "Manifest" }) AssertNotRerun(second, name);

        var before = first.GeneratedFiles;
        var after = second.GeneratedFiles;
        Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
        Assert.Equal(new[] { "Corpus.Articles.hua-chunying-uk-cyber-smear.g.cs" }, changed);
        Assert.Contains("(edited)", after[changed[0]]);
    }

    [Fact]
    public void A_corpus_wide_diagnostic_follows_its_text_without_the_checks_running_again()
    {
        // Article 001's first statement takes the ID of one in article 004: a duplicate the corpus-wide checks find.
        var inputs = GeneratorHarness.RepositoryCorpus().Select(i => i.Path.EndsWith("/001_960ca792217014db.yaml", StringComparison.Ordinal)
            ? i with { Text = i.Text.Replace("  - id: wang-lei-take-beijing-concerns-seriously", "  - id: uk-china-sponsoring-hackers", StringComparison.Ordinal) }
            : i).ToList();
        // The later file's is the duplicate. Then two lines are put above everything in it: every position in it moves down by two.
        var (first, second) = RunTwice(inputs, "/004_1e278fe6e9cedae5.yaml", "article:", "# moved\n# down\narticle:");

        var before = first.Of("CORP005").Single();
        var after = second.Of("CORP005").Single();
        var beforeSpan = before.Location.GetLineSpan();
        var afterSpan = after.Location.GetLineSpan();
        Assert.EndsWith("004_1e278fe6e9cedae5.yaml", afterSpan.Path, StringComparison.Ordinal);
        // Where the file as committed declares it (Roslyn counts lines from 0).
        Assert.Equal(LineOf(inputs, "/004_1e278fe6e9cedae5.yaml", "  - id: uk-china-sponsoring-hackers"), beforeSpan.StartLinePosition.Line);
        Assert.Equal(beforeSpan.StartLinePosition.Line + 2, afterSpan.StartLinePosition.Line);
        Assert.Equal(beforeSpan.StartLinePosition.Character, afterSpan.StartLinePosition.Character);
        // The first declaration, in the other file, is where it was, in the message and as the additional location.
        var firstDeclaration = Assert.Single(after.AdditionalLocations).GetLineSpan();
        Assert.EndsWith("001_960ca792217014db.yaml", firstDeclaration.Path, StringComparison.Ordinal);
        int firstLine = LineOf(inputs, "/001_960ca792217014db.yaml", "  - id: uk-china-sponsoring-hackers");
        Assert.Equal(firstLine, firstDeclaration.StartLinePosition.Line);
        Assert.Contains($"001_960ca792217014db.yaml({firstLine + 1},{firstDeclaration.StartLinePosition.Character + 1})", after.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(before.GetMessage(), after.GetMessage());
        Assert.DoesNotContain("\u0001", after.GetMessage(), StringComparison.Ordinal);

        // The checks did not run again: only their diagnostics were put back in place.
        foreach (var name in new[] { "Index", "ChecksIndex", "DeclarationChecks", "ReferenceChecks" }) AssertNotRerun(second, name);
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, "ChecksPlaced"));
    }

    [Fact]
    public void Changing_only_what_a_statement_refers_to_reruns_the_reference_check_alone()
    {
        // A topic is no declaration: the statement's article links again, and the check of what is referred to runs again.
        var (_, second) = RunTwice(GeneratorHarness.RepositoryCorpus(), "/" + EditedArticle,
            "    topics: [attribution, cyberattacks]\n    note: >-\n      The UK's accusation",
            "    topics: [attribution, cyber-espionage]\n    note: >-\n      The UK's accusation");

        Assert.Empty(second.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, "Summaries"));
        // It ran (its input changed), and found the same: both topics are referred to elsewhere too.
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, Reasons(second, "ReferenceChecks"));
        // The checks of declarations see the same declarations: they do not run at all.
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, Reasons(second, "DeclarationChecks"));
        foreach (var name in new[] { "Index", "DeclarationsForChecks", "ChecksIndex" }) AssertNotRerun(second, name);
    }

    [Fact]
    public void A_registry_edit_reemits_only_what_shows_it()
    {
        // A topic's description is shown by the Topics class only; no article's data holds it.
        var (first, second) = RunTwice(GeneratorHarness.RepositoryCorpus(), "/topics.yaml",
            "Stealing information through networks; spying by states.", "Stealing information through networks; spying by states (edited).");

        Assert.Empty(second.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        // The index changed, so every article is linked again, but no article's data changes.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, "Index"));
        Assert.All(Reasons(second, "ArticleData"), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"ArticleData: {r}"));
        var before = first.GeneratedFiles;
        var after = second.GeneratedFiles;
        Assert.Equal(new[] { "Corpus.Registries.g.cs" }, before.Keys.Where(k => before[k] != after[k]));
    }

    [Fact]
    public void Changing_the_namespace_relinks_nothing()
    {
        var inputs = GeneratorHarness.RepositoryCorpus();
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(inputs, "First.Corpus"), compilation);
        var options = new CorpusOptionsProvider(inputs.ToDictionary(f => f.Path, f => (f.Kind, f.Resource)), "Second.Corpus");
        var second = GeneratorHarness.Run(first.Driver.WithUpdatedAnalyzerConfigOptions(options), compilation);

        foreach (var name in new[] { "Index", "Linked", "Registries", "ArticleData", "Manifest" }) AssertNotRerun(second, name);
        Assert.Contains("namespace Second.Corpus", second.GeneratedSource);
        Assert.DoesNotContain("namespace First.Corpus", second.GeneratedSource);
    }

    [Fact]
    public void Two_fresh_runs_give_equal_models_with_equal_hash_codes()
    {
        var one = GeneratorHarness.Run(GeneratorHarness.RepositoryCorpus());
        var two = GeneratorHarness.Run(GeneratorHarness.RepositoryCorpus());
        foreach (var name in new[] { "Parsed", "Declarations", "Index", "SeedMatched", "Linked", "Registries", "Countries", "ArticleData", "Manifest" })
        {
            var first = Outputs(one, name);
            var second = Outputs(two, name);
            Assert.NotEmpty(first);
            Assert.Equal(first.Count, second.Count);
            for (int i = 0; i < first.Count; i++)
            {
                Assert.NotSame(first[i], second[i]);
                Assert.Equal(first[i], second[i]);
                Assert.Equal(first[i].GetHashCode(), second[i].GetHashCode());
            }
        }
    }

    /// <summary>A run over the inputs, then one with <paramref name="oldText"/> replaced in the file whose path ends with <paramref name="pathEnd"/>.</summary>
    private static (GeneratorRun First, GeneratorRun Second) RunTwice(IReadOnlyList<CorpusInput> inputs, string pathEnd, string oldText, string newText)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(inputs), compilation);
        var target = inputs.Single(i => i.Path.EndsWith(pathEnd, StringComparison.Ordinal));
        string edited = target.Text.Replace(oldText, newText, StringComparison.Ordinal);
        Assert.NotEqual(target.Text, edited);
        return (first, GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(FindText(first.Driver, target.Path)!, new InMemoryAdditionalText(target.Path, edited)), compilation));
    }

    /// <summary>The 0-based line of the file whose path ends with <paramref name="pathEnd"/> that starts with <paramref name="start"/>.</summary>
    private static int LineOf(IReadOnlyList<CorpusInput> inputs, string pathEnd, string start)
    {
        var lines = inputs.Single(i => i.Path.EndsWith(pathEnd, StringComparison.Ordinal)).Text.ReplaceLineEndings("\n").Split('\n');
        return Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].StartsWith(start, StringComparison.Ordinal));
    }

    private static List<object> Outputs(GeneratorRun run, string step) =>
        run.Result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();

    private static List<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        run.Result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    /// <summary>Every output of the step came from the cache or equals the previous one.</summary>
    private static void AssertNotRerun(GeneratorRun run, string step)
    {
        var reasons = Reasons(run, step);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(
            r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"step {step}: {r}"));
    }

    [Fact]
    public void Models_hold_no_roslyn_symbols_syntax_locations_or_compilations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxTree), typeof(AdditionalText) };
        var modelTypes = typeof(CorpusGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace == "Corpus.Generator.Model" && !t.IsAbstract)
            .ToList();
        Assert.NotEmpty(modelTypes);
        var seen = new HashSet<Type>();
        foreach (var type in modelTypes) Walk(type, forbidden, seen, type.Name);

        // And the values the pipeline caches: walk what the tracked steps produced.
        var run = GeneratorHarness.Run(Fixture.Inputs());
        foreach (var name in new[] { "Parsed", "Seeds", "Declarations", "Index", "Linked", "Registries", "ArticleData", "Manifest" })
        {
            foreach (var output in run.Result.Results.Single().TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                Walk(output.Value.GetType(), forbidden, seen, name);
            }
        }
    }

    private static void Walk(Type type, Type[] forbidden, HashSet<Type> seen, string path)
    {
        if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.IsEnum) return;
        Assert.False(forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
        if (type.IsGenericType) foreach (var argument in type.GetGenericArguments()) Walk(argument, forbidden, seen, path + "<" + argument.Name + ">");
        if (type.IsArray) Walk(type.GetElementType()!, forbidden, seen, path + "[]");
        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.FieldType, forbidden, seen, path + "." + field.Name);
        }
    }

    private static AdditionalText? FindText(GeneratorDriver driver, string path)
    {
        // The driver keeps the texts it was created with; find ours by path.
        var state = driver.GetType().GetField("_state", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(driver)!;
        var texts = (ImmutableArray<AdditionalText>)state.GetType().GetField("AdditionalTexts", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(state)!;
        return texts.FirstOrDefault(t => t.Path == path);
    }
}
