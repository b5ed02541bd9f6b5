using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Checks every generator run must pass whatever its input: the generator did not throw, and each
/// diagnostic points into one of the input files, inside its text. Each returns the problems it
/// found (empty when all is well), so a caller can report many cases at once.
/// </summary>
public static class RunChecks
{
    /// <summary>CS8785 is how the driver reports a generator that threw.</summary>
    public const string GeneratorFailed = "CS8785";

    public static IEnumerable<string> GeneratorProblems(GeneratorRun run)
    {
        foreach (var result in run.Result.Results)
        {
            if (result.Exception is { } exception) yield return "the generator threw: " + exception;
        }
        foreach (var d in run.Diagnostics.Where(d => d.Id == GeneratorFailed)) yield return "the driver reported " + d;
        if (run.Result.Results.Length != 1) yield return $"expected one generator result, got {run.Result.Results.Length}";
    }

    /// <summary>Every diagnostic (and each of its additional locations) lies in one of <paramref name="texts"/> (path → text), inside the text.</summary>
    public static IEnumerable<string> LocationProblems(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> texts)
    {
        foreach (var d in diagnostics)
        {
            string message;
            string? problem = null;
            try
            {
                message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                if (message.Length == 0) problem = "an empty message";
            }
            catch (Exception e)
            {
                message = "<unformattable>";
                problem = "the message cannot be formatted: " + e.Message;
            }
            if (problem is not null) yield return $"{d.Id}: {problem}";
            foreach (var location in new[] { d.Location }.Concat(d.AdditionalLocations))
            {
                if (LocationProblem(location, texts) is { } where) yield return $"{d.Id} \"{Shorten(message)}\": {where}";
            }
        }
    }

    public static string? LocationProblem(Location location, IReadOnlyDictionary<string, SourceText> texts)
    {
        if (location.Kind is not (LocationKind.ExternalFile or LocationKind.SourceFile)) return $"no file location ({location.Kind})";
        var lineSpan = location.GetLineSpan();
        if (!lineSpan.IsValid) return "an invalid line span";
        if (!texts.TryGetValue(lineSpan.Path, out var text)) return $"'{lineSpan.Path}' is not one of the inputs";
        var span = location.SourceSpan;
        if (span.Start < 0 || span.End > text.Length) return $"the span {span} lies outside the file's {text.Length} characters";
        var (start, end) = (lineSpan.StartLinePosition, lineSpan.EndLinePosition);
        if (end < start) return $"the line span ends ({end}) before it starts ({start})";
        foreach (var position in new[] { start, end })
        {
            if (position.Line >= text.Lines.Count) return $"line {position.Line + 1} is beyond the file's {text.Lines.Count} lines";
            int length = text.Lines[position.Line].Span.Length;
            if (position.Character > length) return $"column {position.Character + 1} is beyond line {position.Line + 1}, which has {length} characters";
        }
        return null;
    }

    public static IReadOnlyDictionary<string, SourceText> Texts(IEnumerable<CorpusInput> inputs) =>
        inputs.ToDictionary(i => i.Path, i => SourceText.From(i.Text), StringComparer.Ordinal);

    /// <summary>Syntax errors of the generated source, without binding it (cheap).</summary>
    public static IEnumerable<string> GeneratedSyntaxProblems(GeneratorRun run) =>
        run.Result.GeneratedTrees.Where(t => t.GetRoot().ContainsDiagnostics)
            .SelectMany(t => t.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "generated code: " + d);

    private static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 199) + "…";
}
