using System.Text;

namespace Corpus.Cli.Html;

/// <summary>Where each page of the report lives, and the anchors inside pages.</summary>
/// <remarks>
/// Every page sits in the report's one folder, so every link is a bare file name and the report
/// opens from <c>file://</c> wherever it is copied. The kind prefix keeps an official and an
/// organization with the same ID apart.
/// </remarks>
internal static class ReportPaths
{
    public const string Index = "index.html";
    public const string Style = "report.css";
    public const string Script = "report.js";

    /// <summary>The statement table's rows as data, which <see cref="Script"/> pages through and filters.</summary>
    public const string StatementData = "statements.js";

    /// <summary>Marks a folder as a report, which the next report may replace without <c>--force</c>.</summary>
    public const string Marker = ".corpus-report";

    /// <summary>The first word of the statement table's pages' names.</summary>
    public const string StatementTableStem = "statements";

    /// <summary>The statement table's first page.</summary>
    public static string StatementTable => Paged(StatementTableStem, 1);

    /// <summary>The statement table with one filter set, as its script reads it from the address.</summary>
    /// <param name="filter">The filter: <c>speaker</c>, <c>target</c> (an actor's <see cref="Key"/>) or <c>topic</c> (its ID).</param>
    /// <param name="value">The value to filter by.</param>
    public static string StatementTableFilteredBy(string filter, string value) => StatementTable + "?" + filter + "=" + System.Uri.EscapeDataString(value);

    /// <summary>Page <paramref name="page"/> (1-based) of a list kept on numbered pages: <c>articles.html</c>, <c>articles-2.html</c>, …</summary>
    public static string Paged(string stem, int page) =>
        page == 1 ? stem + ".html" : stem + "-" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".html";

    public static string Of(Article article) => Page("article", article.Id);
    public static string Of(Official official) => Page("official", official.Id);
    public static string Of(Organization organization) => Page("organization", organization.Id);
    public static string Of(Event @event) => Page("event", @event.Id);
    public static string Of(Topic topic) => Page("topic", topic.Id);
    public static string Of(Country country) => Page("country", country.Code);

    /// <summary>The page of an actor; <see langword="null"/> for an unnamed actor, which has none.</summary>
    public static string? Of(Actor actor) => actor switch
    {
        Official official => Of(official),
        Organization organization => Of(organization),
        Country country => Of(country),
        _ => null,
    };

    /// <summary>How the statement table's address names an actor: the name of its page without <c>.html</c>.</summary>
    public static string? Key(Actor actor) => Of(actor) is { } page ? page[..^".html".Length] : null;

    /// <summary>A statement where its article shows it.</summary>
    public static string Of(Statement statement) => Of(statement.Article) + "#" + SpanId(statement);

    /// <summary>The ID of the statement's highlighted span in its article page.</summary>
    public static string SpanId(Statement statement) => "s-" + statement.Id;

    /// <summary>The ID of the statement's card (its details) in its article page.</summary>
    public static string CardId(Statement statement) => "d-" + statement.Id;

    // IDs are kebab-case and codes letters, so names are normally the ID itself; anything else is
    // spelled as _hex_ so a name is always a safe, distinct file name on every file system.
    private static string Page(string kind, string id)
    {
        var name = new StringBuilder(kind.Length + id.Length + 6).Append(kind).Append('-');
        foreach (char c in id)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') name.Append(c);
            else if (c is >= 'A' and <= 'Z') name.Append(char.ToLowerInvariant(c));
            else name.Append('_').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return name.Append(".html").ToString();
    }
}
