using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator;

/// <summary>
/// Where a diagnostic's help link leads. The build files set <c>CorpusDiagnosticsCatalogue</c> to
/// the full path of the diagnostics catalogue that travels with them (the package's
/// <c>docs/diagnostics.md</c>, or the repository's), so the link opens a page the project really has;
/// without it, the descriptor's repository-relative link stays.
/// </summary>
internal static class DiagnosticHelp
{
    internal const string CatalogueProperty = "build_property.CorpusDiagnosticsCatalogue";

    /// <summary>The catalogue as a <c>file:</c> URI, or "" when the property is absent or not a full path.</summary>
    public static string CatalogueUri(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(CatalogueProperty, out var path)
        && path.Trim() is { Length: > 0 } trimmed
        && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
        && uri.IsFile
            ? uri.AbsoluteUri
            : "";

    /// <summary>The descriptor with its help link pointing at its section of <paramref name="catalogueUri"/>.</summary>
    public static DiagnosticDescriptor Descriptor(string id, string catalogueUri)
    {
        var declared = DiagnosticDescriptors.ById(id);
        if (catalogueUri.Length == 0) return declared;
        return new DiagnosticDescriptor(declared.Id, declared.Title, declared.MessageFormat, declared.Category,
            declared.DefaultSeverity, declared.IsEnabledByDefault, declared.Description,
            catalogueUri + "#" + declared.Id.ToLowerInvariant(), declared.CustomTags.ToArray());
    }
}
