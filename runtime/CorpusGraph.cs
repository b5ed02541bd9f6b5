using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace Corpus;

/// <summary>Returns the UTF-8 data a generated corpus is compiled into.</summary>
/// <remarks>A delegate rather than an array so the data stays in the assembly image and article texts are decoded only when read.</remarks>
public delegate ReadOnlySpan<byte> CorpusDataSource();

/// <summary>Returns the UTF-8 data of one of the article sources a generated corpus is compiled into, by its index.</summary>
/// <remarks>One delegate for all sources: generated code creates it once, rather than a delegate per source.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> CorpusArticleDataSource(int index);

/// <summary>One corpus, linked: every entity once, with navigation both ways.</summary>
/// <remarks>
/// Generated corpora load theirs on first use through their <c>Statements</c>, <c>Officials</c>, …
/// classes; this type is what those classes read from.
/// </remarks>
public sealed class CorpusGraph
{
    private readonly CorpusIndex _index;

    internal CorpusGraph(
        IReadOnlyList<Statement> statements,
        IReadOnlyList<Official> officials,
        IReadOnlyList<Organization> organizations,
        IReadOnlyList<Event> events,
        IReadOnlyList<Article> articles,
        IReadOnlyList<Topic> topics,
        IReadOnlyList<Country> countries,
        CorpusIndex index)
    {
        _index = index;
        Statements = statements;
        Officials = officials;
        Organizations = organizations;
        Events = events;
        Articles = articles;
        Topics = topics;
        Countries = countries;
    }

    /// <summary>All statements, article by article, each article's in text order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>All officials, in annotation order.</summary>
    public IReadOnlyList<Official> Officials { get; }

    /// <summary>All organizations, in annotation order.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>All events: registry events first, then each article's own.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>All articles, by seed file name.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>All topics, in annotation order.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The countries the corpus refers to, ordered by code.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Loads a whole corpus from one source, as tools write it: the registries' data, then every article's contents, then every article's chunk.</summary>
    /// <exception cref="FormatException">The data is not in the format this runtime reads (a generator and runtime of different versions).</exception>
    public static CorpusGraph Load(CorpusDataSource source)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        return CorpusDataReader.Read(new ChunkSource(source), Array.Empty<ChunkSource>(), default);
    }

    /// <summary>The article with this ID; called by generated code, whose article members each find theirs once.</summary>
    /// <exception cref="KeyNotFoundException">No article of the corpus has the ID.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Article ArticleById(string id) =>
        _index.ArticlesById().TryGetValue(id, out var article) ? article : throw new KeyNotFoundException($"The corpus has no article '{id}'.");

    /// <summary>
    /// Loads a corpus once, thread-safely, from its registries and its articles' data, read by index from
    /// <paramref name="articles"/> (0 to <paramref name="articleSources"/> − 1, each source one or more articles'),
    /// in the corpus order <paramref name="corpusOrder"/> gives (for each article by seed path, its source and its
    /// place among the source's articles); called by generated code.
    /// </summary>
    /// <exception cref="FormatException">The data is not in the format this runtime reads, or the order does not name each article once.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CorpusGraph EnsureLoaded(ref CorpusGraph? field, CorpusDataSource registries, int articleSources, CorpusArticleDataSource articles, ReadOnlySpan<int> corpusOrder)
    {
        if (registries is null) throw new ArgumentNullException(nameof(registries));
        if (articles is null) throw new ArgumentNullException(nameof(articles));
        if (articleSources < 0) throw new ArgumentOutOfRangeException(nameof(articleSources));
        var loaded = Volatile.Read(ref field);
        if (loaded is not null) return loaded;
        var sources = new ChunkSource[articleSources];
        for (int i = 0; i < sources.Length; i++) sources[i] = new ChunkSource(articles, i);
        Interlocked.CompareExchange(ref field, CorpusDataReader.Read(new ChunkSource(registries), sources, corpusOrder), null);
        return field!;
    }
}
