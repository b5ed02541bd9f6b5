using System.Linq;
using Corpus.Generator.Model;

namespace Corpus.Generator.Linking;

/// <summary>
/// Stage 2a: a parsed file → what it declares (<see cref="FileDeclarations"/>) and the article it
/// links as (<see cref="ArticleUnit"/>). Two projections of one parse, so the index sees only
/// declarations and an article's body reaches only its own link.
/// </summary>
internal static class Declare
{
    public static FileDeclarations Declarations(AnnotationFile file) => new(
        file.Path,
        file.Officials,
        file.Organizations,
        file.Topics,
        file.Events,
        file.Article is { } article ? new ArticleDeclaration(article.Id, article.Source) : null,
        file.Statements.Select(s => new StatementDeclaration(s.Id, s.Date?.Value, s.RespondsTo)).ToEquatableArray());

    /// <summary>The article part of a file; null for a file with neither an article nor statements (a registry).</summary>
    /// <remarks>All the file's events, article events or not, so their positions match the declarations'.</remarks>
    public static ArticleUnit? Unit(AnnotationFile file) =>
        file.Article is null && file.Statements.Count == 0 ? null : new ArticleUnit(file.Path, file.Article, file.Events, file.Statements);

    /// <summary>
    /// The declarations with the positions of an article file's own declarations (article, article
    /// events, statements) cleared: what linking needs of them. Editing a statement's text moves
    /// every declaration below it, and must not re-link the other articles.
    /// </summary>
    public static FileDeclarations WithoutPositions(FileDeclarations file)
    {
        if (file.Article is null && file.Statements.Count == 0) return file;
        static Located<string> Unplaced(Located<string> value) => new(value.Value, default);
        static DateValue? UnplacedDate(DateValue? date) => date is null ? null : date with { Location = default, Evidence = null };
        return file with
        {
            Article = file.Article is { } a ? new ArticleDeclaration(Unplaced(a.Id), Unplaced(a.Source)) : null,
            // Responses are checked for cycles with their positions, by the corpus checks; linking needs none of them.
            Statements = file.Statements.Select(s => new StatementDeclaration(Unplaced(s.Id), s.Date, EquatableArray<Located<string>>.Empty)).ToEquatableArray(),
            // Of an article's own event, other articles need its ID and dates.
            Events = file.Events.Select(e => e.IsArticleEvent
                ? e with { Id = Unplaced(e.Id), Start = UnplacedDate(e.Start), End = UnplacedDate(e.End), Organizer = null, Actors = EquatableArray<ActorRef>.Empty, Note = null, Location = null }
                : e).ToEquatableArray(),
        };
    }
}
