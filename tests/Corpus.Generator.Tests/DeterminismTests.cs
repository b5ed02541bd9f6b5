using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

using Corpus.Testing;

namespace Corpus.Generator.Tests;

/// <summary>
/// Deterministic: the same annotations give byte-identical generated code and the same diagnostics
/// whatever order the build passes the files in and whatever the current culture.
/// </summary>
public class DeterminismTests
{
    public static IEnumerable<object[]> Corpora() => new[] { new object[] { "repository" }, new object[] { "repository with errors" } };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Any_order_of_the_input_files_gives_the_same_output(string corpus)
    {
        var inputs = Inputs(corpus);
        var expected = Outcome.Of(inputs);

        var orders = new List<(string Name, IReadOnlyList<CorpusInput> Inputs)>
        {
            ("reversed", inputs.Reverse().ToList()),
            ("seeds first", inputs.OrderBy(i => i.Kind == "seed" ? 0 : 1).ToList()),
            ("by length", inputs.OrderBy(i => i.Text.Length).ToList()),
        };
        for (int seed = 1; seed <= 5; seed++)
        {
            var random = new Random(seed);
            orders.Add(($"shuffle {seed}", inputs.OrderBy(_ => random.Next()).ToList()));
        }
        Assert.All(orders, o => Assert.False(o.Inputs.Select(i => i.Path).SequenceEqual(inputs.Select(i => i.Path)), o.Name + " is the original order"));

        foreach (var (name, shuffled) in orders)
        {
            var actual = Outcome.Of(shuffled);
            expected.AssertSame(actual, name);
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_current_culture_does_not_change_the_output(string corpus)
    {
        var inputs = Inputs(corpus);
        var expected = Cultures.InCulture(CultureInfo.InvariantCulture, () => Outcome.Of(inputs));

        foreach (var name in new[] { "tr-TR", "ar-SA", "ja-JP" })
        {
            var culture = CultureInfo.GetCultureInfo(name);
            var actual = Cultures.InCulture(culture, () =>
            {
                // The culture really is in effect (not the invariant globalization mode).
                Assert.Equal(name, CultureInfo.CurrentCulture.Name);
                if (name == "tr-TR") Assert.Equal("ı", "I".ToLower(CultureInfo.CurrentCulture));
                if (name == "ar-SA") Assert.IsType<UmAlQuraCalendar>(CultureInfo.CurrentCulture.Calendar);
                return Outcome.Of(inputs);
            });
            expected.AssertSame(actual, name);
        }
    }

    internal static IReadOnlyList<CorpusInput> Inputs(string corpus)
    {
        var inputs = GeneratorHarness.RepositoryCorpus().ToList();
        if (corpus == "repository") return inputs;
        // Errors across files: which of two duplicates wins, and the order diagnostics come in,
        // must not depend on the order the files arrive in.
        inputs.Add(CorpusInput.Annotation("aa-extra.yaml", """
            topics:
              - id: hegemony
                name: Hegemony again
              - id: İstanbul
                name: Dotted capital I
            officials:
              - id: extra-official
                name: Extra
                country: in
                roles:
                  - title: Title
                    organization: no-such-org
                    from: 2021-13
            """));
        inputs.Add(CorpusInput.Annotation("articles/zz-broken.yaml", """
            article:
              id: chinese-official-us-cyber-monopoly
              source: missing-seed.txt
            statements:
              - id: broken-statement
                speaker: nobody
                kind: paraphrase
                text: not in any article
                act: assert
            """));
        inputs.Add(CorpusInput.Annotation("syntax.yaml", "topics: [unclosed\n"));
        inputs.Add(CorpusInput.Seed("orphan.txt", "An orphan seed.\n"));
        return inputs;
    }

    /// <summary>What a run produces: the generated file, byte for byte, and the diagnostics in order.</summary>
    private sealed record Outcome(string HintNames, string Source, ImmutableArray<byte> Bytes, IReadOnlyList<string> Places, IReadOnlyList<string> Messages)
    {
        public static Outcome Of(IEnumerable<CorpusInput> inputs)
        {
            var run = GeneratorHarness.Run(inputs);
            Assert.Empty(RunChecks.GeneratorProblems(run));
            Assert.NotEmpty(run.Result.Results[0].GeneratedSources);
            // Per-file diagnostics are reported in the order the build passes the files, as a compiler
            // reports per-file errors; a build log sorts them. Compared here in that sorted order.
            var diagnostics = run.Diagnostics
                .OrderBy(d => d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
                .ToList();
            return new Outcome(
                string.Join(" ", run.GeneratedFiles.Keys.OrderBy(k => k, StringComparer.Ordinal)),
                run.GeneratedSource!,
                System.Text.Encoding.UTF8.GetBytes(run.GeneratedSource!).ToImmutableArray(),
                diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()} {string.Join(", ", d.AdditionalLocations.Select(l => l.GetLineSpan()))}").ToList(),
                diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList());
        }

        public void AssertSame(Outcome other, string what)
        {
            Assert.Equal(HintNames, other.HintNames);
            Assert.Equal(Source, other.Source);
            Assert.True(Bytes.SequenceEqual(other.Bytes), $"{what}: the generated bytes differ");
            Assert.Equal(Places, other.Places);
            Assert.Equal(Messages, other.Messages);
        }
    }
}
