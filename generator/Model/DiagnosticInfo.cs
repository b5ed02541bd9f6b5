using System.Linq;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Model;

/// <summary>A diagnostic as plain, value-equal data; see <see cref="DiagnosticDescriptors"/>.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments, EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor.Id, location, new EquatableArray<string>(arguments), EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo[] additional, params string[] arguments) =>
        new(descriptor.Id, location, new EquatableArray<string>(arguments), new EquatableArray<LocationInfo>(additional));

    /// <param name="catalogueUri">The diagnostics catalogue the help link leads to; see <see cref="DiagnosticHelp"/>.</param>
    public Diagnostic ToDiagnostic(string catalogueUri = "") => Diagnostic.Create(
        DiagnosticHelp.Descriptor(Id, catalogueUri),
        Location.ToLocation(),
        AdditionalLocations.Select(l => l.ToLocation()),
        Arguments.Cast<object>().ToArray());
}
