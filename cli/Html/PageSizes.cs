namespace Corpus.Cli.Html;

/// <summary>How much of a long list one page shows, so that every page of the report opens quickly at any corpus size.</summary>
/// <remarks>
/// Lists that grow with the corpus are cut: the statement table into pages its script turns (and, without
/// a script, into numbered files), an entity's statements to the first ones with a link to the table
/// filtered to the entity, and the index's lists to their first items with a link to their own pages.
/// </remarks>
internal static class PageSizes
{
    /// <summary>Rows per page of the statement table.</summary>
    public const int StatementTable = 100;

    /// <summary>Statements an entity page lists under one heading (an event page: in all its threads); the statement table has the rest.</summary>
    public const int EntityStatements = 100;

    /// <summary>Items each list on the index shows; the list's own pages have them all.</summary>
    public const int IndexList = 100;

    /// <summary>Items per page of a list's own pages (all articles, all events, …).</summary>
    public const int ListPage = 500;
}
