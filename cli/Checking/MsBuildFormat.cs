using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Corpus.Cli;

/// <summary>Diagnostics as the compiler prints them: <c>file(line,col): error CORP007: message (help link)</c>.</summary>
public static class MsBuildFormat
{
    /// <summary>Writes one line per diagnostic.</summary>
    public static void Write(TextWriter output, IEnumerable<CheckDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) output.WriteLine(Line(diagnostic));
    }

    /// <summary>The line for one diagnostic.</summary>
    public static string Line(CheckDiagnostic d)
    {
        string origin = d.Path is null ? "corpus : " : string.Create(CultureInfo.InvariantCulture, $"{d.Path}({d.Line},{d.Column}): ");
        string help = d.HelpLink.Length > 0 ? $" ({d.HelpLink})" : "";
        return $"{origin}{d.Severity} {d.Id}: {d.Message}{help}";
    }
}
