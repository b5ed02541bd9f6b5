using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emission;

/// <summary>A generated file of articles: its hint name and its articles, by ID. Empty chunks are not emitted.</summary>
internal sealed record ArticleChunk(string HintName, EquatableArray<ArticleData> Articles);

/// <summary>
/// Which generated file each article goes into. Up to <see cref="MaxFiles"/> articles, each has its own
/// file, named after it. Above that, the articles are spread over <see cref="MaxFiles"/> files by a hash of
/// their ID, so an article stays in its file as others come and go: the compiler checks each new file's
/// hint name against all the others (the cost grew with the square of the file count: at 10,000 files
/// it was most of a one-article edit's re-run), and an edit still re-emits only one file.
/// </summary>
/// <remarks>
/// Each file holds its articles' data in one data method (<see cref="DataMethod"/>), so a corpus has at
/// most <see cref="MaxFiles"/> of them: every method is compiled to machine code when the corpus is first
/// loaded, and one per article made that the larger part of a cold start at 10,000 articles.
/// </remarks>
internal static class ArticleChunks
{
    public const int MaxFiles = 256;

    /// <summary>The chunks, always in the same order and, above <see cref="MaxFiles"/> articles, always that many (so an edit compares them one to one).</summary>
    public static ImmutableArray<ArticleChunk> Split(ImmutableArray<ArticleData> articles) =>
        Files(articles, a => a.Id).Select(file => new ArticleChunk(file.HintName, file.Articles.ToEquatableArray())).ToImmutableArray();

    /// <summary>
    /// The generated files of articles, in order, each with its articles in ID order (some empty above
    /// <see cref="MaxFiles"/> articles). The articles' emitter and the manifest both group by this rule.
    /// </summary>
    public static IEnumerable<(string HintName, List<T> Articles)> Files<T>(IReadOnlyCollection<T> articles, Func<T, string> id)
    {
        var byId = articles.OrderBy(id, StringComparer.Ordinal);
        if (articles.Count <= MaxFiles) return byId.Select(a => (CSharpNames.ArticleHintName(id(a)), new List<T> { a }));
        var buckets = new List<T>[MaxFiles];
        for (int i = 0; i < MaxFiles; i++) buckets[i] = new List<T>();
        foreach (var article in byId) buckets[Bucket(id(article))].Add(article);
        return buckets.Select((bucket, i) => (CSharpNames.ArticleChunkHintName(i), bucket));
    }

    /// <summary>The data method of a generated file of articles, named after its first article: the articles' data one after another.</summary>
    public static string DataMethod(string firstArticleId) => CSharpNames.ArticleData(firstArticleId);

    /// <summary>FNV-1a over the ID's UTF-16 code units: the same bucket on every machine and run.</summary>
    internal static int Bucket(string id)
    {
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return (int)(hash % MaxFiles);
    }
}
