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
internal static class ArticleChunks
{
    public const int MaxFiles = 256;

    /// <summary>The chunks, always in the same order and, above <see cref="MaxFiles"/> articles, always that many (so an edit compares them one to one).</summary>
    public static ImmutableArray<ArticleChunk> Split(ImmutableArray<ArticleData> articles)
    {
        var byId = articles.OrderBy(a => a.Id, StringComparer.Ordinal);
        if (articles.Length <= MaxFiles)
        {
            return byId.Select(a => new ArticleChunk(CSharpNames.ArticleHintName(a.Id), new EquatableArray<ArticleData>(new[] { a }))).ToImmutableArray();
        }
        var buckets = new List<ArticleData>[MaxFiles];
        for (int i = 0; i < MaxFiles; i++) buckets[i] = new List<ArticleData>();
        foreach (var article in byId) buckets[Bucket(article.Id)].Add(article);
        return buckets.Select((bucket, i) => new ArticleChunk(CSharpNames.ArticleChunkHintName(i), bucket.ToEquatableArray())).ToImmutableArray();
    }

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
