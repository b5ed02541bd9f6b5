using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace Corpus.Cli;

/// <summary>What <see cref="AnnotationSchema.Provide"/> did to give a corpus its schema.</summary>
public enum SchemaProvision
{
    /// <summary>The corpus's annotations already point at a file that is the shipped schema: that one is used.</summary>
    InUse,

    /// <summary>The tool's copy in the corpus folder was already the shipped schema.</summary>
    Current,

    /// <summary>The tool's copy was written: the corpus had none.</summary>
    Written,

    /// <summary>The tool's copy was replaced: it differed from the shipped schema (written by another version).</summary>
    Updated,
}

/// <summary>
/// The JSON Schema of the annotation format as the tool ships it (<c>docs/annotation.schema.json</c>,
/// embedded in the tool from that one file), and the file in a corpus folder that editors read it from:
/// the one a <c># yaml-language-server: $schema=…</c> line of an annotation points at.
/// </summary>
public static partial class AnnotationSchema
{
    /// <summary>Where the tool keeps its copy, below the corpus folder.</summary>
    public const string DefaultPath = ".corpus/annotation.schema.json";

    private const string ResourceName = "Corpus.Cli.annotation.schema.json";

    private static readonly Lazy<byte[]> s_shipped = new(() =>
    {
        using var stream = typeof(AnnotationSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The tool lacks its embedded resource {ResourceName}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The schema's bytes, exactly as <c>docs/annotation.schema.json</c> has them.</summary>
    public static ReadOnlySpan<byte> Shipped => s_shipped.Value;

    /// <summary>
    /// Gives the corpus in <paramref name="root"/> the shipped schema and says where it is. When an annotation's
    /// first line already points at a file that is the shipped schema (as the repository's point at
    /// <c>docs/</c>), that file; otherwise the tool's copy at <see cref="DefaultPath"/>, written when missing
    /// and replaced when it differs, so that a corpus has one copy and it follows the tool.
    /// </summary>
    /// <param name="root">The corpus folder, a full path.</param>
    /// <param name="annotations">Its annotation files, full paths, in the order to look at them.</param>
    /// <returns>The schema's full path, and what was done.</returns>
    public static (string Path, SchemaProvision Provision) Provide(string root, IEnumerable<string> annotations)
    {
        foreach (var annotation in annotations)
        {
            if (PointedAt(annotation) is { } inUse && SameAsShipped(inUse)) return (inUse, SchemaProvision.InUse);
        }
        string path = Path.GetFullPath(Path.Combine(root, DefaultPath));
        if (SameAsShipped(path)) return (path, SchemaProvision.Current);
        bool existed = File.Exists(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written beside and moved into place, so an editor never reads half a schema.
        string temporary = path + ".tmp";
        File.WriteAllBytes(temporary, s_shipped.Value);
        File.Move(temporary, path, overwrite: true);
        return (path, existed ? SchemaProvision.Updated : SchemaProvision.Written);
    }

    /// <summary>
    /// The comment line that points editors using the YAML language server at <paramref name="schemaPath"/> from an
    /// annotation at <paramref name="annotationPath"/>: a relative path with forward slashes, or a <c>file:</c> URI
    /// where no relative path reaches it or the path has white space (the language server reads the path up to the first).
    /// </summary>
    public static string Modeline(string annotationPath, string schemaPath)
    {
        string relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(annotationPath))!, schemaPath);
        string reference = Path.IsPathRooted(relative) || relative.AsSpan().IndexOfAny(" \t") >= 0
            ? new Uri(schemaPath).AbsoluteUri
            : relative.Replace(Path.DirectorySeparatorChar, '/');
        return "# yaml-language-server: $schema=" + reference;
    }

    /// <summary>The file the first line of <paramref name="annotation"/> points at as a relative path, or null.</summary>
    private static string? PointedAt(string annotation)
    {
        string? first;
        try
        {
            using var reader = new StreamReader(annotation, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            first = reader.ReadLine();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var match = first is null ? Match.Empty : ModelineReference().Match(first);
        if (!match.Success) return null;
        string reference = match.Groups["reference"].Value;
        // A URL (http:, file:) or an absolute path is not a file of this corpus's own.
        if (reference.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(reference)) return null;
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(annotation)!, reference));
    }

    private static bool SameAsShipped(string path)
    {
        try
        {
            return File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(Shipped);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^#\s*yaml-language-server\s*:\s*\$schema=(?<reference>\S+)")]
    private static partial Regex ModelineReference();
}
