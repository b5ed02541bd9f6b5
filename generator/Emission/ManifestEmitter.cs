using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emission;

/// <summary>
/// Emits the manifest: the data of the generated files of articles (one source each, see
/// <see cref="ArticleChunks"/>), and what reads them all (<c>Statements.All</c>, <c>Events.All</c>,
/// <c>Articles.All</c>, the loaded graph). It changes only when an article is added, removed or renamed.
/// </summary>
internal static class ManifestEmitter
{
    public static string Emit(EquatableArray<ManifestEntry> articles, string @namespace, string generatorVersion)
    {
        var w = GeneratedCode.Open(@namespace, 4096 + articles.Count * 64);
        string attribute = GeneratedCode.Attribute(generatorVersion);
        string graph = GeneratedCode.Data(@namespace) + ".Graph";
        var none = Enumerable.Empty<GeneratedCode.Member>();

        GeneratedCode.Class(w, "public static partial", "Statements", "Statement",
            "The statements of the corpus: <see cref=\"All\"/>, and one class per article with a member per statement (<c>Statements.&lt;Article&gt;.&lt;Statement&gt;</c>).", attribute,
            GeneratedCode.All("Statement", "All statements of the corpus, article by article, each article's in text order.", graph + ".Statements"), none);
        w.Line();
        GeneratedCode.Class(w, "public static partial", "Events", "Event", "The events of the corpus: <see cref=\"All\"/> and one member each.", attribute,
            GeneratedCode.All("Event", "All events of the corpus: the registries' first, then each article's own.", graph + ".Events"), none);
        w.Line();
        GeneratedCode.Class(w, "public static partial", "Articles", "Article", "The articles of the corpus: <see cref=\"All\"/> and one member each.", attribute,
            GeneratedCode.All("Article", "All articles of the corpus, by seed path.", graph + ".Articles"), none);
        w.Line();

        w.Line("/// <summary>The corpus data, read once on first use: the registries, then each article.</summary>");
        w.Line(attribute);
        w.OpenBlock($"internal static partial class {CSharpNames.DataClass}");
        w.Line("private static global::Corpus.CorpusGraph? s_graph;");
        w.Line();
        var files = ArticleChunks.Files(articles, e => e.Id).Where(f => f.Articles.Count > 0).ToList();
        var dataMethods = files.Select(f => ArticleChunks.DataMethod(f.Articles[0].Id)).ToList();
        w.Line("/// <summary>The linked corpus.</summary>");
        w.Line("public static global::Corpus.CorpusGraph Graph => s_graph ?? global::Corpus.CorpusGraph.EnsureLoaded(ref s_graph, Registries, ArticleSources, ArticleData, CorpusOrder);");
        w.Line();
        w.Line("// The generated files of articles, each with its articles' data in one method.");
        w.Line($"private const int ArticleSources = {GeneratedCode.Int(dataMethods.Count)};");
        w.Line();
        // Known here, where every article's seed path is, so that loading sorts nothing.
        w.Line("// The corpus order: for each article by seed path, its generated file (the source ArticleData reads) and its place in the file.");
        var order = files.SelectMany((file, source) => file.Articles.Select((entry, place) => (entry.SourcePath, Source: source, Place: place)))
            .OrderBy(a => a.SourcePath, System.StringComparer.Ordinal)
            .Select(a => $"{GeneratedCode.Int(a.Source)}, {GeneratedCode.Int(a.Place)}");
        w.Line($"private static global::System.ReadOnlySpan<int> CorpusOrder => new int[] {{ {string.Join(", ", order)} }};");
        w.Line();
        w.Line("// A switch, not an array of delegates: creating a delegate to each data method cost more than reading the data.");
        w.OpenBlock("private static global::System.ReadOnlySpan<byte> ArticleData(int source) => source switch");
        for (int i = 0; i < dataMethods.Count; i++) w.Line($"{GeneratedCode.Int(i)} => {dataMethods[i]}(),");
        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(source)),");
        w.CloseBlock("};");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }
}
