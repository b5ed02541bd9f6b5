using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Linking;

/// <summary>The corpus's seeds by the name articles use: looked up once per article instead of searched.</summary>
/// <remarks>Equal when its seeds are, so articles matched against it stay cached while no seed changes.</remarks>
internal sealed class SeedCatalog : IEquatable<SeedCatalog>
{
    private readonly EquatableArray<SeedFile> _seeds;
    private readonly Dictionary<string, SeedFile> _byName = new(StringComparer.Ordinal);
    private readonly string[] _names;

    public SeedCatalog(IEnumerable<SeedFile> seeds)
    {
        // In path order: of two seeds with one name, the first is the one articles get.
        _seeds = seeds.OrderBy(s => s.Path, StringComparer.Ordinal).ToEquatableArray();
        foreach (var seed in _seeds)
        {
            if (!_byName.ContainsKey(seed.Name)) _byName.Add(seed.Name, seed);
        }
        _names = _byName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    public SeedFile? Find(string name) => _byName.TryGetValue(name, out var seed) ? seed : null;

    public IReadOnlyList<string> Names => _names;

    public bool Equals(SeedCatalog? other) => other is not null && _seeds.Equals(other._seeds);

    public override bool Equals(object? obj) => Equals(obj as SeedCatalog);

    public override int GetHashCode() => _seeds.GetHashCode();
}

/// <summary>Stage 2c: an article unit → the seed its <c>source</c> names, or a suggestion.</summary>
internal static class MatchSeed
{
    public static SeedMatch Match(ArticleUnit unit, SeedCatalog seeds)
    {
        if (unit.Article is not { } article) return new SeedMatch(unit, null, "");
        string source = article.Source.Value.Replace('\\', '/');
        return seeds.Find(source) is { } seed
            ? new SeedMatch(unit, seed, "")
            : new SeedMatch(unit, null, Suggestions.DidYouMean(source, seeds.Names));
    }
}
