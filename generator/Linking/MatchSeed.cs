using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Linking;

/// <summary>Stage 2c: an article unit → the seed its <c>source</c> names (the first of that name, in path order), or a suggestion.</summary>
internal static class MatchSeed
{
    public static SeedMatch Match(ArticleUnit unit, IReadOnlyList<SeedFile> seeds)
    {
        if (unit.Article is not { } article) return new SeedMatch(unit, null, "");
        string source = article.Source.Value.Replace('\\', '/');
        SeedFile? match = null;
        foreach (var seed in seeds)
        {
            if (seed.Name == source && (match is null || string.CompareOrdinal(seed.Path, match.Path) < 0)) match = seed;
        }
        return match is not null
            ? new SeedMatch(unit, match, "")
            : new SeedMatch(unit, null, Suggestions.DidYouMean(source, seeds.Select(s => s.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal)));
    }
}
