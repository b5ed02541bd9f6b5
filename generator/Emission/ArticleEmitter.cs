using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emission;

/// <summary>
/// Emits a generated file of articles (one, or a chunk of them, see <see cref="ArticleChunks"/>): for
/// each, the class of its statements in <c>Statements</c>, its own events' and its own members; then the
/// file's data, every article's one after another in one data method. Reads nothing of any other file's
/// articles, so an edit to one article changes one generated file.
/// </summary>
internal static class ArticleEmitter
{
    public static string Emit(ArticleData article, string @namespace, string generatorVersion, System.Threading.CancellationToken cancellationToken = default) =>
        Emit(new[] { article }, @namespace, generatorVersion, cancellationToken);

    public static string Emit(IReadOnlyList<ArticleData> articles, string @namespace, string generatorVersion, System.Threading.CancellationToken cancellationToken = default)
    {
        int estimate = articles.Sum(article => 4096 + (article.Resource is null ? article.Text.Length * 11 / 10 : 0) + article.Statements.Sum(s => 600 + s.Excerpt.Length));
        var w = GeneratedCode.Open(@namespace, estimate);
        for (int i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i > 0) w.Line();
            Article(w, articles[i], @namespace, generatorVersion, cancellationToken);
        }
        if (articles.Count > 0)
        {
            w.Line();
            w.OpenBlock($"internal static partial class {CSharpNames.DataClass}");
            for (int i = 0; i < articles.Count; i++)
            {
                if (i > 0) w.Line();
                Accessor(w, articles[i]);
            }
            w.Line();
            GeneratedCode.DataMethod(w, "private", ArticleChunks.DataMethod(articles[0].Id), b => CorpusDataWriter.WriteArticles(b, articles, inlineText: false));
            w.CloseBlock();
        }
        w.CloseBlock();
        return w.ToString();
    }

    private static void Article(SourceWriter w, ArticleData article, string @namespace, string generatorVersion, System.Threading.CancellationToken cancellationToken)
    {
        string attribute = GeneratedCode.Attribute(generatorVersion);
        string data = GeneratedCode.Data(@namespace);
        string member = CSharpNames.Member(article.Id);
        string accessor = $"{data}.{CSharpNames.ArticleAccessor(article.Id)}.Value";

        w.OpenBlock("public static partial class Statements");
        GeneratedCode.Class(w, CSharpNames.Modifiers(member), member, "Statement", $"The statements of {GeneratedCode.ArticleDoc(article)}", attribute, all: null,
            article.Statements.Select((s, i) => new GeneratedCode.Member(CSharpNames.Member(s.Id), GeneratedCode.StatementDoc(s, article.SourcePath), $"{accessor}.Statements[{GeneratedCode.Int(i)}]")));
        w.CloseBlock();
        cancellationToken.ThrowIfCancellationRequested();
        w.Line();
        if (article.Events.Count > 0)
        {
            GeneratedCode.Class(w, "public static partial", "Events", "Event", summary: null, attribute: null, all: null,
                article.Events.Select((e, i) => new GeneratedCode.Member(CSharpNames.Member(e.Id), GeneratedCode.EventDoc(e), $"{accessor}.Events[{GeneratedCode.Int(i)}]")));
            w.Line();
        }
        GeneratedCode.Class(w, "public static partial", "Articles", "Article", summary: null, attribute: null, all: null,
            new[] { new GeneratedCode.Member(member, GeneratedCode.ArticleDoc(article), accessor) });
    }

    /// <summary>
    /// The article's cached accessor in the data class: a class of its own, so the data class, which loading
    /// the corpus loads, does not grow with the number of articles (ten thousand static fields took
    /// tens of milliseconds to lay out).
    /// </summary>
    private static void Accessor(SourceWriter w, ArticleData article)
    {
        w.Line($"/// <summary>The article {GeneratedCode.Xml(article.Id)}, once the corpus is loaded.</summary>");
        w.OpenBlock($"internal static class {CSharpNames.ArticleAccessor(article.Id)}");
        w.Line("private static global::Corpus.Article? s_value;");
        w.Line();
        w.Line($"internal static global::Corpus.Article Value => s_value ??= Graph.ArticleById(\"{article.Id}\");");
        w.CloseBlock();
    }
}
