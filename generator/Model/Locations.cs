using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Model;

/// <summary>A span of a file: character offset and length, and 0-based line/column of both ends.</summary>
internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>
/// Where something is, as plain data. Models keep this instead of a <see cref="Location"/>, which
/// is not value-equal; it becomes a <see cref="Location"/> only when a diagnostic is reported.
/// </summary>
internal readonly record struct LocationInfo(string FilePath, TextRange Range)
{
    public Location ToLocation() => string.IsNullOrEmpty(FilePath) ? Location.None : Location.Create(
        FilePath,
        new TextSpan(Range.Start, Range.Length),
        new LinePositionSpan(new LinePosition(Range.StartLine, Range.StartColumn), new LinePosition(Range.EndLine, Range.EndColumn)));

    /// <summary>"file.yaml(3,5)", 1-based as the compiler prints it.</summary>
    public string Display => $"{System.IO.Path.GetFileName(FilePath)}({Range.StartLine + 1},{Range.StartColumn + 1})";

    public int Line => Range.StartLine + 1;
}

/// <summary>A value read from an annotation, with where it was written.</summary>
internal readonly record struct Located<T>(T Value, LocationInfo Location);
