using System;
using System.Collections.Generic;

namespace Corpus.Cli.Html;

/// <summary>The entities a report shows: the lists of a <see cref="CorpusGraph"/>.</summary>
/// <remarks>
/// Its own record because the bundled corpus is reached through its generated classes, whose graph
/// is not public; <see cref="FromGraph"/> and <see cref="Bundled"/> give the same shape for both.
/// </remarks>
public sealed record ReportCorpus(
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Official> Officials,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Country> Countries)
{
    /// <summary>The report corpus of a loaded corpus folder or compiled corpus.</summary>
    public static ReportCorpus FromGraph(CorpusGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new(graph.Statements, graph.Officials, graph.Organizations, graph.Events, graph.Articles, graph.Topics, graph.Countries);
    }
}
