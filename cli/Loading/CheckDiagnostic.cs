namespace Corpus.Cli;

/// <summary>One diagnostic of a check, as every output format needs it.</summary>
/// <param name="Id">The stable ID, <c>CORP007</c>.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Title">The rule's short title.</param>
/// <param name="Message">The message, as the build prints it.</param>
/// <param name="HelpLink">Where the rule is documented (<c>docs/diagnostics.md#corp007</c>), or empty.</param>
/// <param name="Path">The file's full path, or <see langword="null"/> for a diagnostic about the corpus as a whole.</param>
/// <param name="Line">1-based start line; 0 without a file.</param>
/// <param name="Column">1-based start column; 0 without a file.</param>
/// <param name="EndLine">1-based end line.</param>
/// <param name="EndColumn">1-based end column (exclusive).</param>
public sealed record CheckDiagnostic(
    string Id, string Severity, string Title, string Message, string HelpLink, string? Path, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>Whether the diagnostic fails a build.</summary>
    public bool IsError => Severity == "error";
}
