namespace Corpus.Cli.Html;

/// <summary>One file of the report: its path relative to the report folder, and its content.</summary>
public sealed record ReportFile(string Path, string Content);
