using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Corpus.Tests;

/// <summary>The corpus's statements as one list over the articles' own: order, indexing and the read-only list contract.</summary>
public class CorpusStatementsTests
{
    // Articles with 0, 2, 0, 0, 3 and 0 statements; each statement is told apart by its act.
    private static readonly SpeechAct[][] s_acts =
    {
        Array.Empty<SpeechAct>(),
        new[] { SpeechAct.Assert, SpeechAct.Accuse },
        Array.Empty<SpeechAct>(),
        Array.Empty<SpeechAct>(),
        new[] { SpeechAct.Deny, SpeechAct.Reject, SpeechAct.Praise },
        Array.Empty<SpeechAct>(),
    };

    private static (CorpusStatements List, Statement[] Expected) Build()
    {
        var index = new CorpusIndex(ordered: false);
        var source = new ChunkSource(() => default);
        var expected = new List<Statement>();
        var articles = s_acts.Select((acts, i) =>
        {
            var article = new Article(index, source, i, 0, 0, $"{i}.txt");
            article.StatementArray = acts.Select(act => new Statement(article, 0, StatementKind.DirectQuote, act)).ToArray();
            expected.AddRange(article.StatementArray);
            return article;
        }).ToArray();
        return (new CorpusStatements(articles), expected.ToArray());
    }

    [Fact]
    public void It_lists_the_statements_article_by_article_and_indexes_them_past_articles_without_any()
    {
        var (list, expected) = Build();
        Assert.Equal(5, list.Count);
        Assert.Equal(new[] { SpeechAct.Assert, SpeechAct.Accuse, SpeechAct.Deny, SpeechAct.Reject, SpeechAct.Praise }, list.Select(s => s.Act));
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(i => list[i]));
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, expected.Select(list.IndexOf));
        var copy = new Statement[7];
        list.CopyTo(copy, 1);
        Assert.Equal(expected, copy.Skip(1).Take(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[5]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void Its_enumerator_ends_once_and_starts_again_after_a_reset()
    {
        var (list, expected) = Build();
        using var enumerator = list.GetEnumerator();
        var seen = new List<Statement>();
        while (enumerator.MoveNext()) seen.Add(enumerator.Current);
        Assert.Equal(expected, seen);
        Assert.False(enumerator.MoveNext());
        Assert.Throws<InvalidOperationException>(() => enumerator.Current);
        enumerator.Reset();
        Assert.True(enumerator.MoveNext());
        Assert.Same(expected[0], enumerator.Current);
    }

    [Fact]
    public void It_is_read_only()
    {
        var (list, expected) = Build();
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(expected[0]));
        Assert.Throws<NotSupportedException>(() => list[0] = expected[1]);
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Clear());
    }

    [Fact]
    public void The_bundled_corpus_lists_each_articles_statements_in_turn()
    {
        var all = Bundled.Statements.All;
        Assert.IsAssignableFrom<System.Collections.IList>(all);
        Assert.Equal(Bundled.Articles.All.SelectMany(a => a.Statements), all);
        Assert.Equal(all, Enumerable.Range(0, all.Count).Select(i => all[i]));
    }
}
