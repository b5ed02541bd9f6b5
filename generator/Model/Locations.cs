using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Model;

/// <summary>A span of a file: character offset and length, and 0-based line/column of both ends.</summary>
internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>
/// Where something is, as plain data. Models keep this instead of a <see cref="Location"/>, which
/// is not value-equal; it becomes a <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
/// <remarks>
/// An unplaced location (<see cref="Unplaced"/>) stands for "the n-th position written in this file's
/// declarations" without saying where that is: the corpus-wide checks run on those, so an edit that only
/// moves text leaves their input equal, and <see cref="Linking.DeclarationLocations.Place"/> puts the
/// real position back before a diagnostic is reported.
/// </remarks>
internal readonly record struct LocationInfo(string FilePath, TextRange Range)
{
    /// <summary>The <paramref name="ordinal"/>-th position of <paramref name="filePath"/>'s declarations, in the order <see cref="Linking.DeclarationLocations"/> walks them.</summary>
    public static LocationInfo Unplaced(string filePath, int ordinal) => new(filePath, new TextRange(ordinal, -1, 0, 0, 0, 0));

    public bool IsUnplaced => Range.Length < 0;

    /// <summary>For an unplaced location: which position of its file's declarations it stands for.</summary>
    public int Ordinal => Range.Start;

    public Location ToLocation() => string.IsNullOrEmpty(FilePath) ? Location.None : Location.Create(
        FilePath,
        new TextSpan(Range.Start, Range.Length),
        new LinePositionSpan(new LinePosition(Range.StartLine, Range.StartColumn), new LinePosition(Range.EndLine, Range.EndColumn)));

    /// <summary>"file.yaml(3,5)", 1-based as the compiler prints it.</summary>
    /// <remarks>An unplaced location shows as a marker that <see cref="Linking.DeclarationLocations.Place"/> replaces in messages.</remarks>
    public string Display => IsUnplaced
        ? $"\u0001{FilePath}#{Ordinal}\u0001"
        : $"{System.IO.Path.GetFileName(FilePath)}({Range.StartLine + 1},{Range.StartColumn + 1})";

    public int Line => Range.StartLine + 1;
}

/// <summary>A value read from an annotation, with where it was written.</summary>
internal readonly record struct Located<T>(T Value, LocationInfo Location);
