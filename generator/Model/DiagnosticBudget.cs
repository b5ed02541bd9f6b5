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

    private static DiagnosticInfo Shortened(DiagnosticInfo diagnostic) =>
        diagnostic.Arguments.Any(a => a.Length > MaxArgument)
            ? diagnostic with { Arguments = diagnostic.Arguments.Select(a => MessageText.Shorten(a, MaxArgument)).ToEquatableArray() }
            : diagnostic;
}
