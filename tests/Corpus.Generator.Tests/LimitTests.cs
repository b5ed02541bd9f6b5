extern alias generator;

using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using generator::Corpus.Generator.Linking;
using generator::Corpus.Generator.Model;
using generator::Corpus.Generator.Parsing;
using generator::Corpus.Generator.Seeds;
using generator::Corpus.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// Each documented limit (docs/reliability.md) holds at its value and refuses just past it, and
/// measures what it says; the costs that no limit refuses are bounded by work counted, not by the
/// clock (a shared build machine's clock says little).
/// </summary>
public class LimitTests
{
    private static string[] LimitMessages(string yaml) => AnnotationParser.Parse("/corpus/annotations/limits.yaml", yaml).Diagnostics
        .Where(d => d.Id == "CORP015").Select(d => string.Join(" ", d.Arguments)).ToArray();

    [Fact]
    public void A_large_file_without_aliases_is_not_refused_as_an_alias_bomb()
    {
        // 300,000 nodes, no alias: more than the old count of every node allowed.
        var yaml = new StringBuilder("topics:\n");
        for (int i = 0; i < 60_000; i++) yaml.Append("  - id: topic-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\n    name: Topic\n");
        Assert.Empty(LimitMessages(yaml.ToString()));
    }

    /// <summary>An anchored list of 999 scalars (1,000 nodes), then <paramref name="uses"/> aliases of it and <paramref name="scalars"/> aliases of a scalar.</summary>
    private static string Aliases(int uses, int scalars) =>
        "topics: []\nx-list: &l [" + string.Join(", ", Enumerable.Repeat("x", 999)) + "]\nx-scalar: &s y\nx-uses: ["
        + string.Join(", ", Enumerable.Repeat("*l", uses).Concat(Enumerable.Repeat("*s", scalars))) + "]\n";

    [Fact]
    public void Alias_expansion_is_accepted_at_the_limit_and_refused_just_past_it_at_the_alias()
    {
        Assert.Equal(200_000, YamlTree.MaxAliasExpansion);
        Assert.Empty(LimitMessages(Aliases(uses: 200, scalars: 0)));
        var past = AnnotationParser.Parse("/corpus/annotations/limits.yaml", Aliases(uses: 200, scalars: 1)).Diagnostics.Single(d => d.Id == "CORP015");
        Assert.Contains("aliases", past.Arguments[0]);
        // At the one alias that went past: the last '*s'.
        string text = Aliases(200, 1);
        Assert.Equal(text.LastIndexOf("*s", StringComparison.Ordinal), past.Location.Range.Start);
    }

    [Fact]
    public void Nesting_is_accepted_at_the_limit_and_refused_just_past_it()
    {
        // The top-level mapping is level 1, its value level 2: k brackets reach level k + 1.
        string Nested(int brackets) => "topics: []\nx-nested: " + new string('[', brackets) + new string(']', brackets) + "\n";
        Assert.Equal(32, YamlTree.MaxDepth);
        Assert.Empty(LimitMessages(Nested(31)));
        Assert.Contains("32 levels", Assert.Single(LimitMessages(Nested(32))));
    }

    [Fact]
    public void File_size_is_accepted_at_the_limit_and_refused_just_past_it()
    {
        const string start = "topics: []\n";
        string atLimit = start + "#" + new string('x', AnnotationParser.MaxFileLength - start.Length - 2) + "\n";
        Assert.Equal(AnnotationParser.MaxFileLength, atLimit.Length);
        Assert.Empty(LimitMessages(atLimit));
        Assert.Contains("more than the limit", Assert.Single(LimitMessages(atLimit + "\n")));
    }

    [Fact]
    public void Seed_size_is_accepted_at_the_limit_and_refused_just_past_it()
    {
        string atLimit = new('a', SeedLimits.MaxSeedLength);
        Assert.False(SeedReading.Read("/corpus/seeds/a.txt", () => SourceText.From(atLimit), "a.txt", null).IsTooLarge);
        Assert.True(SeedReading.Read("/corpus/seeds/a.txt", () => SourceText.From(atLimit + "a"), "a.txt", null).IsTooLarge);
    }

    [Fact]
    public void A_thousand_statements_on_the_same_words_give_one_overlap_warning_each_at_most()
    {
        var article = new StringBuilder(Fixture.Article.Substring(0, Fixture.Article.IndexOf("statements:", StringComparison.Ordinal)) + "statements:\n");
        for (int i = 0; i < 1_000; i++)
        {
            article.Append($"  - id: same-{i}\n    speaker: jane-doe\n    kind: paraphrase\n    text: rejected the accusations\n    occurrence: 1\n    act: reject\n");
        }
        var run = GeneratorHarness.Run(Fixture.WithArticle(article.ToString()));
        // 999 overlaps (exactly: see the test of OverlapReport), of which the first hundred diagnostics of the file are shown and the rest counted.
        Assert.Equal(100, run.Of("CORP018").Count);
        // The fixture's own quotations are left unannotated here (CORP050, reported in the seed).
        Assert.Equal(new string[0], run.Diagnostics.Where(d => d.Id is not ("CORP018" or "CORP043" or "CORP050")).Select(d => d.ToString()));
        string more = Assert.Single(run.Of("CORP043")).GetMessage(CultureInfo.InvariantCulture);
        int hidden = int.Parse(more.Substring(0, more.IndexOf(' ')), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.InRange(hidden, 899, 901);
        Assert.True(LogSize(run) < 1_000_000, $"{LogSize(run):N0} characters of diagnostics");
    }

    /// <summary>
    /// Memory within the limits: what a run allocates bounds what it holds at any time from above, and is
    /// counted exactly (unlike a peak read from the process on a shared machine). The largest inputs the
    /// limits allow, each in one run: a file just under the size limit of small declarations, a seed just
    /// under its limit with a passage found a million times, and a thousand statements on the same words.
    /// </summary>
    [Fact]
    public void A_run_on_inputs_at_the_limits_allocates_less_than_a_gigabyte()
    {
        var topics = new StringBuilder("topics:\n");
        while (topics.Length < 4_100_000) topics.Append("  - id: topic-").Append(topics.Length.ToString(CultureInfo.InvariantCulture)).Append("\n    name: Topic\n");
        var overlapping = new StringBuilder(Fixture.Article.Substring(0, Fixture.Article.IndexOf("statements:", StringComparison.Ordinal)) + "statements:\n");
        for (int i = 0; i < 1_000; i++) overlapping.Append($"  - id: same-{i}\n    speaker: jane-doe\n    kind: paraphrase\n    text: rejected the accusations\n    occurrence: 1\n    act: reject\n");
        string seed = Fixture.Seed + string.Concat(Enumerable.Repeat("§\n", 2_000_000));
        var cases = new[]
        {
            Fixture.Inputs().Append(CorpusInput.Annotation("topics-at-the-limit.yaml", topics.ToString())).ToList(),
            Fixture.Inputs(article: Fixture.Article.Replace("text: rejected the accusations", "text: §"), seed: seed).ToList(),
            Fixture.WithArticle(overlapping.ToString()).ToList(),
        };
        Assert.True(topics.Length <= AnnotationParser.MaxFileLength && seed.Length <= AnnotationParser.MaxFileLength, "the inputs are within the limits");
        foreach (var inputs in cases)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var run = GeneratorHarness.Run(inputs);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CORP015" or "CORP020");
            Assert.True(allocated < 1L << 30, $"{allocated:N0} bytes allocated");
        }
    }

    [Fact]
    public void Overlaps_are_found_in_one_pass_one_per_statement_against_the_one_reaching_furthest()
    {
        var same = Enumerable.Repeat(("jane-doe", 10, 5), 1_000).ToList();
        Assert.Equal(Enumerable.Range(1, 999).Select(i => (i, 0)), OverlapReport.Find(same));
        var mixed = new[] { ("a", 0, 10), ("b", 2, 2), ("a", 5, 20), ("a", 12, 2), ("b", 4, 1), ("a", 30, 1) };
        Assert.Equal(new[] { (2, 0), (3, 2) }, OverlapReport.Find(mixed));
    }

    [Fact]
    public void A_passage_occurring_a_million_times_gets_one_short_message()
    {
        Assert.DoesNotContain("§", Fixture.Seed);
        string seed = Fixture.Seed + string.Concat(Enumerable.Repeat("§\n", 1_000_000));
        string article = Fixture.Article.Replace("text: rejected the accusations", "text: §");
        var run = GeneratorHarness.Run(Fixture.Inputs(article: article, seed: seed));
        var ambiguous = Assert.Single(run.Of("CORP008"));
        string message = ambiguous.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("occurs 1,000,000 times", message);
        int firstLine = Fixture.Seed.Count(c => c == '\n') + 1;
        Assert.Contains($"first at lines {firstLine}, {firstLine + 1}, {firstLine + 2}, {firstLine + 3}, {firstLine + 4} …", message);
        Assert.True(message.Length < 1_000, message);
        Assert.Equal(PassageSearch.Listed, ambiguous.AdditionalLocations.Count);
    }

    [Fact]
    public void Looking_for_an_occurrence_stops_at_it_and_a_passage_is_searched_once()
    {
        string text = string.Concat(Enumerable.Repeat("x ", 1_000_000));
        var locator = new TextLocator(text);
        var search = new PassageSearch(locator);
        var third = search.Find("x", 3, null);
        Assert.Equal((4, 1), third.Nth);
        Assert.True(locator.Work <= 20, $"work {locator.Work}");

        for (int i = 0; i < 200; i++) search.Find("x", 3, null);
        Assert.True(locator.Work <= 20, $"work {locator.Work}");

        // A passage not there is one pass over the text.
        search.Find("y", null, null);
        Assert.InRange(locator.Work, text.Length - 2, text.Length + 40);
    }

    [Fact]
    public void An_article_that_has_searched_its_budget_searches_no_more()
    {
        var locator = new TextLocator(new string('a', 1_000));
        var search = new PassageSearch(locator, maxWork: 2_500);
        for (int i = 0; i < 3; i++) Assert.False(search.Find("b" + i, null, null).OverBudget);
        var refused = search.Find("b3", null, null);
        Assert.True(refused.OverBudget);
        Assert.True(locator.Work <= 2_500 + 1_001 + 1);
    }

    [Fact]
    public void Did_you_mean_over_thousands_of_long_IDs_fills_a_bounded_table()
    {
        var random = new Random(7);
        string Id() => new(Enumerable.Range(0, 200).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var ids = Enumerable.Range(0, 2_000).Select(_ => Id()).ToList();
        string typo = ids[1_234].Remove(100, 1).Insert(100, "!");
        Assert.Equal(ids[1_234], Suggestions.Closest(typo, ids, out long work));
        Assert.True(work <= Suggestions.MaxWork + 200 * (2 * Suggestions.MaxDistance + 1), $"work {work:N0}");
        for (int i = 0; i < 50; i++)
        {
            Suggestions.Closest(Id(), ids, out work);
            Assert.True(work <= Suggestions.MaxWork + 200 * (2 * Suggestions.MaxDistance + 1), $"work {work:N0}");
        }
    }

    [Fact]
    public void Shortened_text_never_splits_a_surrogate_pair()
    {
        string emoji = "\U0001F600";
        for (int max = 2; max < 12; max++)
        {
            string shortened = MessageText.Shorten("ab" + string.Concat(Enumerable.Repeat(emoji, 10)), max);
            Assert.True(shortened.Length <= max);
            Assert.False(shortened.Any(char.IsSurrogate) && !IsWellFormed(shortened), shortened);
        }
        for (int start = 0; start < 6; start++)
        {
            Assert.True(IsWellFormed(MessageText.Slice("a" + emoji + emoji + "b", start, 2)));
        }
    }

    /// <summary><paramref name="count"/> CORP010 warnings about seeds with long names, in one file each.</summary>
    private static DiagnosticInfo[] SeedWarnings(int count) => Enumerable.Range(0, count)
        .Select(i => DiagnosticInfo.Create(generator::Corpus.Generator.DiagnosticDescriptors.SeedWithoutAnnotation,
            new LocationInfo($"/corpus/seeds/{i:00000}-{new string('s', 200)}.txt", default), $"{i:00000}.txt", $"{i:00000}"))
        .ToArray();

    [Fact]
    public void A_file_shows_every_diagnostic_up_to_its_cap_and_counts_the_rest_just_past_it()
    {
        DiagnosticInfo[] Errors(int count) => Enumerable.Range(0, count)
            .Select(i => DiagnosticInfo.Create(generator::Corpus.Generator.DiagnosticDescriptors.UnknownKey,
                new LocationInfo("/corpus/annotations/a.yaml", new TextRange(i, 1, i, 0, i, 1)), $"key-{i}", ""))
            .ToArray();
        Assert.Equal(100, DiagnosticBudget.MaxPerFile);
        var atCap = DiagnosticBudget.Apply(Errors(100));
        Assert.Equal(100, atCap.Count);
        Assert.DoesNotContain(atCap, d => d.Id is "CORP042" or "CORP043");

        var past = DiagnosticBudget.Apply(Errors(101));
        Assert.Equal(101, past.Count);
        var more = Assert.Single(past, d => d.Id == "CORP042");
        Assert.Equal(new[] { "1", "1", "100", "CORP002" }, more.Arguments);
        // The one left out is the last: the first hundred are shown as found.
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"key-{i}"), past.Where(d => d.Id == "CORP002").Select(d => d.Arguments[0]));
    }

    [Fact]
    public void The_build_log_holds_every_diagnostic_up_to_its_budget_and_counts_the_rest_just_past_it()
    {
        // Every line is the same size here, measured as the build writes it: Roslyn's text, a line break, MSBuild's additions.
        var one = SeedWarnings(1)[0];
        long line = Encoding.UTF8.GetByteCount(one.ToDiagnostic().ToString()) + 1 + DiagnosticBudget.LineOverhead;
        int fit = (int)((DiagnosticBudget.MaxBuildLog - DiagnosticBudget.SummaryReserve) / line);

        var atLimit = DiagnosticBudget.ForBuildLog(new[] { SeedWarnings(fit) });
        Assert.Equal(fit, atLimit.Count);
        Assert.DoesNotContain(atLimit, d => d.Id is "CORP046" or "CORP047");

        var past = DiagnosticBudget.ForBuildLog(new[] { SeedWarnings(fit + 1) });
        Assert.Equal(fit + 1, past.Count);
        var more = Assert.Single(past, d => d.Id == "CORP047");
        Assert.Equal("1", more.Arguments[0]);
        Assert.Equal("0", more.Arguments[1]);
        // The one not shown is the last by file: the seeds are named in order.
        Assert.Equal($"/corpus/seeds/{fit:00000}-{new string('s', 200)}.txt", more.Location.FilePath);
        Assert.True(past.Sum(d => Encoding.UTF8.GetByteCount(d.ToDiagnostic().ToString()) + 1 + DiagnosticBudget.LineOverhead) <= DiagnosticBudget.MaxBuildLog);
    }

    [Fact]
    public void Past_the_build_log_budget_errors_are_kept_before_warnings_and_the_count_is_an_error()
    {
        var warnings = SeedWarnings(3_000);
        var errors = Enumerable.Range(0, 10).Select(i => DiagnosticInfo.Create(generator::Corpus.Generator.DiagnosticDescriptors.DuplicateId,
            new LocationInfo($"/corpus/annotations/z{i}.yaml", default), "topic", $"t{i}", "a.yaml(1,1)")).ToArray();
        var kept = DiagnosticBudget.ForBuildLog(new[] { warnings, errors });
        // All ten errors, though they come last by file and in the input; the warnings that fit; one error counting the warnings left out.
        Assert.Equal(10, kept.Count(d => d.Id == "CORP005"));
        var more = Assert.Single(kept, d => d.Id is "CORP046" or "CORP047");
        Assert.Equal("CORP047", more.Id);
        int shown = kept.Count(d => d.Id == "CORP010");
        Assert.Equal(3_000 - shown, int.Parse(more.Arguments[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));

        // An error among those left out makes the count an error, so the build cannot pass because of the budget.
        var lateError = DiagnosticInfo.Create(generator::Corpus.Generator.DiagnosticDescriptors.DuplicateId,
            new LocationInfo("/corpus/annotations/z.yaml", default), "topic", new string('x', 500), new string('y', 500));
        var manyErrors = Enumerable.Repeat(lateError, 2_000).ToArray();
        var withErrors = DiagnosticBudget.ForBuildLog(new[] { manyErrors });
        var count = Assert.Single(withErrors, d => d.Id is "CORP046" or "CORP047");
        Assert.Equal("CORP046", count.Id);
        Assert.True(withErrors.Count < 2_000);
    }

    [Fact]
    public void Rules_off_by_default_pass_the_build_log_budget_uncounted()
    {
        var unreferenced = Enumerable.Range(0, 5_000).Select(i => DiagnosticInfo.Create(generator::Corpus.Generator.DiagnosticDescriptors.Unreferenced,
            new LocationInfo($"/corpus/annotations/t{i}.yaml", default), "topic", $"{i}-{new string('t', 400)}")).ToArray();
        var kept = DiagnosticBudget.ForBuildLog(new[] { unreferenced });
        Assert.Equal(5_000, kept.Count);
    }

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]))) return false;
            if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))) return false;
        }
        return true;
    }

    private static long LogSize(GeneratorRun run) => run.Diagnostics.Sum(d => (long)d.ToString().Length + 1);
}
