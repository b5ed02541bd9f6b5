using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Generator.Model;

/// <summary>
/// Keeps a build log proportionate to the mistakes in it: at most <see cref="MaxPerFile"/>
/// diagnostics per file, then one saying how many more there are (an error when any of them is,
/// so a build never passes because of the cap), and every argument at most
/// <see cref="MaxArgument"/> characters.
/// </summary>
internal static class DiagnosticBudget
{
    public const int MaxPerFile = 100;
    public const int MaxArgument = 500;

    public static EquatableArray<DiagnosticInfo> Apply(IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        var kept = new List<DiagnosticInfo>(System.Math.Min(diagnostics.Count, 1024));
        var perFile = new Dictionary<string, (int Kept, int MoreErrors, int MoreOthers, string FirstDropped)>(System.StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            string file = diagnostic.Location.FilePath ?? "";
            perFile.TryGetValue(file, out var count);
            if (count.Kept < MaxPerFile)
            {
                kept.Add(Shortened(diagnostic));
                perFile[file] = (count.Kept + 1, 0, 0, "");
                continue;
            }
            bool error = DiagnosticDescriptors.ById(diagnostic.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
            perFile[file] = (count.Kept, count.MoreErrors + (error ? 1 : 0), count.MoreOthers + (error ? 0 : 1), count.FirstDropped.Length == 0 ? diagnostic.Id : count.FirstDropped);
        }
        foreach (var entry in perFile.Where(e => e.Value.MoreErrors + e.Value.MoreOthers > 0).OrderBy(e => e.Key, System.StringComparer.Ordinal))
        {
            var (_, errors, others, first) = entry.Value;
            kept.Add(DiagnosticInfo.Create(errors > 0 ? DiagnosticDescriptors.MoreErrors : DiagnosticDescriptors.MoreWarnings,
                new LocationInfo(entry.Key, default), (errors + others).ToString("N0", CultureInfo.InvariantCulture),
                errors.ToString("N0", CultureInfo.InvariantCulture), MaxPerFile.ToString(CultureInfo.InvariantCulture), first));
        }
        return kept.ToEquatableArray();
    }

    /// <summary>The most a run's diagnostics take in a build log, in UTF-8 bytes.</summary>
    public const int MaxBuildLog = 1_000_000;

    /// <summary>What a build adds to a diagnostic's own line (MSBuild's " [project path]" and the like), counted generously.</summary>
    public const int LineOverhead = 300;

    // Room kept for the one diagnostic that counts what is not shown.
    internal const int SummaryReserve = 4_000;

    /// <summary>
    /// Every output's diagnostics (each already within its per-file budget, <see cref="Apply"/>), kept
    /// within <see cref="MaxBuildLog"/> bytes of build log: errors first, then by file and position, as
    /// many as fit, then one that counts the rest (CORP046, an error when any not shown is, or CORP047).
    /// Rules off by default (CORP017) are passed on without counting: a project that turns one on asked for it.
    /// What is kept keeps its order.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> ForBuildLog(IEnumerable<IReadOnlyList<DiagnosticInfo>> outputs)
    {
        var all = outputs.SelectMany(o => o).ToList();
        // Most runs are far below the budget: an upper bound settles it without formatting anything.
        long bound = 0;
        foreach (var d in all) bound += UpperBound(d);
        if (bound <= MaxBuildLog) return all.ToEquatableArray();

        var counted = all.Select((d, i) => (Diagnostic: d, Index: i, Descriptor: DiagnosticDescriptors.ById(d.Id)))
            .Where(x => x.Descriptor.IsEnabledByDefault)
            .OrderBy(x => x.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error ? 0 : 1)
            .ThenBy(x => x.Diagnostic.Location.FilePath ?? "", System.StringComparer.Ordinal)
            .ThenBy(x => x.Diagnostic.Location.Range.Start)
            .ThenBy(x => x.Diagnostic.Id, System.StringComparer.Ordinal)
            .ThenBy(x => x.Index);
        var dropped = new HashSet<int>();
        long used = 0;
        int errors = 0;
        DiagnosticInfo? firstDropped = null;
        foreach (var (diagnostic, index, descriptor) in counted)
        {
            if (firstDropped is null)
            {
                long size = System.Text.Encoding.UTF8.GetByteCount(diagnostic.ToDiagnostic().ToString()) + 1 + LineOverhead;
                if (used + size <= MaxBuildLog - SummaryReserve)
                {
                    used += size;
                    continue;
                }
                firstDropped = diagnostic;
            }
            dropped.Add(index);
            if (descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) errors++;
        }
        if (firstDropped is null) return all.ToEquatableArray();
        var kept = all.Where((_, i) => !dropped.Contains(i)).ToList();
        kept.Add(DiagnosticInfo.Create(errors > 0 ? DiagnosticDescriptors.BuildLogFullErrors : DiagnosticDescriptors.BuildLogFullWarnings,
            new LocationInfo(firstDropped.Location.FilePath, default),
            dropped.Count.ToString("N0", CultureInfo.InvariantCulture), errors.ToString("N0", CultureInfo.InvariantCulture),
            firstDropped.Id + " in " + System.IO.Path.GetFileName(firstDropped.Location.FilePath), MaxBuildLog.ToString("N0", CultureInfo.InvariantCulture)));
        return kept.ToEquatableArray();
    }

    // At most 3 UTF-8 bytes per character of the path and the arguments, the message's own words, a line's overhead.
    private static long UpperBound(DiagnosticInfo diagnostic)
    {
        long characters = (diagnostic.Location.FilePath?.Length ?? 0) + 64 + 600;
        foreach (var argument in diagnostic.Arguments) characters += argument.Length;
        return 3 * characters + LineOverhead;
    }

    private static DiagnosticInfo Shortened(DiagnosticInfo diagnostic) =>
        diagnostic.Arguments.Any(a => a.Length > MaxArgument)
            ? diagnostic with { Arguments = diagnostic.Arguments.Select(a => MessageText.Shorten(a, MaxArgument)).ToEquatableArray() }
            : diagnostic;
}
