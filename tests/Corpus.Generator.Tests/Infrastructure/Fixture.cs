using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>A small, valid corpus written for the tests; tests break one piece of it at a time.</summary>
public static class Fixture
{
    public const string SeedName = "fixture-article.txt";

    public const string Seed =
        "Minister rejects “hacking” claims\n" +
        "\n" +
        "ALSO READ: Unrelated story\n" +
        "\n" +
        "BEIJING – The spokesperson on Monday rejected the accusations.\n" +
        "\n" +
        "“We firmly oppose groundless smears,” Jane Doe said at the briefing, adding that cooperation is the only way.\n" +
        "\n" +
        "The ministry’s statement called for “dialogue and cooperation” between countries.\n" +
        "\n" +
        "The forum’s theme was “Open Networks”.\n" +
        "\n" +
        "Copyright Example News\n";

    public const string Registry = """
        officials:
          - id: jane-doe
            name: Jane Doe
            native-name: 简·多伊
            country: CN
            roles:
              - title: Spokesperson
                organization: example-ministry
                from: 2020-01
        organizations:
          - id: example-ministry
            name: Example Ministry of Foreign Affairs
            short-name: EMFA
            country: CN
            kind: ministry
          - id: example-news
            name: Example News
            country: GB
            kind: media
        topics:
          - id: cooperation
            name: Cooperation
            description: Working together.
          - id: accusations
            name: Accusations
        events:
          - id: forum-2021
            name: Example Forum 2021
            kind: conference
            start: 2021-05-01
            end: 2021-05-03
            location: Example City
            organizer: example-ministry
        """;

    public const string Article = """
        article:
          id: fixture-article
          source: fixture-article.txt
          outlet: example-news
          headline: Minister rejects “hacking” claims
          byline: A. Reporter
          published:
            value: 2021-05-10
            basis: inferred
            evidence: "the briefing 'on Monday' after the forum"
          url: https://example.org/article
          boilerplate:
            - text: "ALSO READ: Unrelated story"
              kind: also-read
            - text: Copyright Example News
              kind: footer
        events:
          - id: briefing-2021-05-10
            name: Example briefing
            kind: press-conference
            date: 2021-05-10
        not-speech:
          - text: "“Open Networks”"
            reason: forum theme
        statements:
          - id: doe-rejects-accusations
            speaker: jane-doe
            kind: paraphrase
            text: rejected the accusations
            date: { value: 2021-05-10, basis: inferred, evidence: "'on Monday'" }
            event: briefing-2021-05-10
            act: reject
            targets: [US]
            topics: [accusations]
            responds-to: [forum-2021]
          - id: doe-oppose-smears
            speaker: jane-doe
            kind: direct-quote
            text: "\"We firmly oppose groundless smears,\""
            act: deny
            addressee: example-news
            topics: accusations
            no-target: the quotation names no accuser
          - id: doe-cooperation-only-way
            speaker: jane-doe
            kind: paraphrase
            text: cooperation is the only way
            act: appeal
            topics: [cooperation]
            responds-to: doe-rejects-accusations
            no-target: the article names no one the appeal is addressed to
          - id: ministry-calls-for-dialogue
            speaker: example-ministry
            kind: partial-quote
            text: called for "dialogue and cooperation" between countries
            act: appeal
            targets:
              - unnamed: countries in dispute
            reported-by: example-news
            topics: [cooperation]
            note: The ministry's own words are in quotes.
        """;

    public static IReadOnlyList<CorpusInput> Inputs(string? registry = null, string? article = null, string? seed = null) => new[]
    {
        CorpusInput.Annotation("registry.yaml", registry ?? Registry),
        CorpusInput.Annotation("articles/fixture-article.yaml", article ?? Article),
        CorpusInput.Seed(SeedName, seed ?? Seed),
    };

    /// <summary>The fixture with one annotation file's text replaced.</summary>
    public static IReadOnlyList<CorpusInput> WithArticle(string article) => Inputs(article: article);

    public static IReadOnlyList<CorpusInput> WithRegistry(string registry) => Inputs(registry: registry);

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string marker, int occurrence = 1)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++) index = text.IndexOf(marker, index + 1, System.StringComparison.Ordinal);
        if (index < 0) throw new System.ArgumentException($"'{marker}' not in the text");
        int line = text.Take(index).Count(c => c == '\n') + 1;
        int column = index - (text.LastIndexOf('\n', System.Math.Max(0, index - 1)) + 1) + 1;
        if (line == 1) column = index + 1;
        return (line, column);
    }
}
