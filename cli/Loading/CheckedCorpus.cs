using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli;

/// <summary>A corpus folder after the generator's checks: what they report, and the corpus as the build would compile it.</summary>
/// <param name="Folder">Where it was read from.</param>
/// <param name="Diagnostics">Every diagnostic, in file and position order.</param>
/// <param name="Graph">The linked corpus: everything that passed the checks.</param>
/// <param name="Sources">The files read, annotations then seeds, full paths.</param>
public sealed record CheckedCorpus(CorpusFolder Folder, IReadOnlyList<CheckDiagnostic> Diagnostics, CorpusGraph Graph, IReadOnlyList<string> Sources)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>The number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == "warning");
}
