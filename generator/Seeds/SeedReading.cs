using System;
using System.Globalization;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Seeds;

/// <summary>Stage 1 for seeds: a seed file as the compiler read it → its <see cref="SeedFile"/>, with what is wrong with it.</summary>
internal static class SeedReading
{
    /// <param name="path">The file's path.</param>
    /// <param name="read">Reads the file's text as the compiler decoded it (null when the compiler read none); may throw.</param>
    /// <param name="escapedName">The CorpusSeedName metadata, or null when the build did not set it.</param>
    /// <param name="resource">The CorpusResource metadata: the manifest resource the seed is embedded as, or null.</param>
    public static SeedFile Read(string path, Func<SourceText?> read, string? escapedName, string? resource)
    {
        string name = escapedName is null ? SeedNames.FromPath(path) : SeedNames.Unescape(escapedName) ?? escapedName;
        SourceText? source;
        try
        {
            source = read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new SeedFile(path, name, "", IsTooLarge: false, ReadError: e.GetType().Name + ": " + e.Message, resource);
        }
        string? text = source?.ToString();
        if (SeedDecoding.Check(text, source?.Encoding) is { } problem)
        {
            var at = source is null ? default : Position(source, problem.Offset);
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.SeedEncoding, new LocationInfo(path, at), name, problem.Problem);
            return new SeedFile(path, name, "", IsTooLarge: false, ReadError: null, resource) { Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { diagnostic }) };
        }
        text ??= "";
        bool tooLarge = text.Length > Linking.SeedLimits.MaxSeedLength;
        return new SeedFile(path, name, tooLarge ? "" : text, tooLarge, ReadError: null, resource);
    }

    private static TextRange Position(SourceText text, int offset)
    {
        if (offset >= text.Length) return default;
        var position = text.Lines.GetLinePosition(offset);
        return new TextRange(offset, 1, position.Line, position.Character, position.Line, position.Character + 1);
    }
}
