using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Whatever valid IDs a corpus uses, the generated code compiles without an error or a warning:
/// random kebab-case IDs for every kind of entity, mixed with IDs that become C# keywords, names
/// of the members the generated classes and <c>object</c> already have, and article and statement
/// IDs that meet. Written against the generator's public behaviour (the driver and the compiler),
/// not how it names members. IDs that collide with each other may be refused (CORP013), never
/// turned into code that does not compile.
/// </summary>
public class GeneratedNamesPropertyTests
{
    private static readonly string[] s_awkward =
    {
        "class", "int", "namespace", "object", "string", "event", "operator", "default", "this", "base", "var", "async", "await", "value",
        "equals", "get-hash-code", "to-string", "get-type", "memberwise-clone", "finalize", "reference-equals",
        "all", "statements", "officials", "organizations", "events", "articles", "topics", "countries", "id", "name", "text",
        "article", "statement", "speaker", "corpus", "system", "global", "list", "a", "a1", "x-1-2",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_valid_IDs_of_every_kind_compile_without_errors_or_warnings(int seed)
    {
        var random = new Random(seed);
        string Id() => random.Next(3) == 0 ? s_awkward[random.Next(s_awkward.Length)] : RandomId(random);
        // One pool, so IDs of different kinds meet: an article, a statement and a topic may share an ID.
        var pool = Enumerable.Range(0, 40).Select(_ => Id()).Distinct().ToList();
        string Pick() => pool[random.Next(pool.Count)];

        var topics = Enumerable.Range(0, 4).Select(_ => Pick()).Distinct().ToList();
        var organizations = Enumerable.Range(0, 3).Select(_ => Pick()).Distinct().ToList();
        var officials = Enumerable.Range(0, 3).Select(_ => Pick()).Distinct().ToList();
        var events = Enumerable.Range(0, 3).Select(_ => Pick()).Distinct().ToList();
        var statements = Enumerable.Range(0, 8).Select(_ => Pick()).Distinct().ToList();
        string articleId = Pick();

        var registry = new StringBuilder("topics:\n");
        foreach (var t in topics) registry.Append($"  - id: {t}\n    name: Topic {t}\n");
        registry.Append("organizations:\n");
        foreach (var o in organizations) registry.Append($"  - id: {o}\n    name: Organization {o}\n    country: GB\n    kind: ministry\n");
        registry.Append("officials:\n");
        foreach (var o in officials) registry.Append($"  - id: {o}\n    name: Official {o}\n    country: GB\n    roles:\n      - title: Minister\n        organization: {organizations[0]}\n        from: 2019\n");
        registry.Append("events:\n");
        foreach (var e in events) registry.Append($"  - id: {e}\n    name: Event {e}\n    kind: conference\n    date: 2020-01-01\n");

        var seedText = new StringBuilder("Headline of the article\n\n");
        var article = new StringBuilder($"article:\n  id: {articleId}\n  source: random.txt\n  published: 2021-01-01\nstatements:\n");
        for (int i = 0; i < statements.Count; i++)
        {
            seedText.Append($"Sentence {i}. ");
            article.Append($"  - id: {statements[i]}\n    speaker: {officials[i % officials.Count]}\n    kind: paraphrase\n    text: \"Sentence {i}.\"\n    act: appeal\n    no-target: the sentence names no one\n")
                .Append($"    topics: [{topics[i % topics.Count]}]\n    event: {events[i % events.Count]}\n    date: 2020-01-01\n");
        }

        var run = GeneratorHarness.Run(new[]
        {
            CorpusInput.Annotation("registry.yaml", registry.ToString()),
            CorpusInput.Annotation("articles/random.yaml", article.ToString()),
            CorpusInput.Seed("random.txt", seedText.ToString()),
        });
        string ids = $"topics {string.Join(",", topics)}; organizations {string.Join(",", organizations)}; officials {string.Join(",", officials)}; events {string.Join(",", events)}; article {articleId}; statements {string.Join(",", statements)}";
        // A refused ID (CORP013) leaves the references to it unresolved (CORP006): nothing else may be reported.
        var refused = run.Of("CORP013").Select(d => System.Text.RegularExpressions.Regex.Match(d.GetMessage(), "ID '([^']+)'").Groups[1].Value).ToHashSet();
        Assert.True(run.Diagnostics.All(d => d.Id == "CORP013" || (d.Id == "CORP006" && refused.Contains(System.Text.RegularExpressions.Regex.Match(d.GetMessage(), "^'([^']+)'").Groups[1].Value))),
            ids + "\n" + string.Join("\n", run.Diagnostics));
        Assert.NotNull(run.GeneratedSource);
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, ids + "\n" + string.Join("\n", problems));
    }

    private static string RandomId(Random random)
    {
        var id = new StringBuilder();
        id.Append((char)('a' + random.Next(26)));
        int length = random.Next(0, 20);
        for (int i = 0; i < length; i++)
        {
            int kind = random.Next(10);
            if (kind == 0 && id[^1] != '-') id.Append('-');
            else if (kind < 3) id.Append((char)('0' + random.Next(10)));
            else id.Append((char)('a' + random.Next(26)));
        }
        if (id[^1] == '-') id.Append('x');
        return id.ToString();
    }
}
