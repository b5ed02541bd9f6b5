extern alias generator;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using generator::Corpus.Generator.Checks;

namespace Corpus.Cli;

/// <summary>
/// An article as <c>corpus show</c> prints it: every line numbered, statement spans marked (one
/// colour per speaker on a terminal, <c>[…]</c> otherwise), boilerplate dimmed (<c>{…}</c>), and under
/// each line the statements that start on it and the quoted passages nothing covers.
/// </summary>
public sealed class ArticleView
{
    // ANSI foreground colours for speakers, in order of first appearance; red is kept for flags.
    private static readonly string[] s_palette = ["36", "33", "35", "32", "34", "96", "93", "95", "92", "94"];
    private const string Dim = "2", Flag = "1;31", Reset = "\u001b[0m";

    private readonly Article _article;
    private readonly bool _color;
    private readonly List<Statement> _statements;
    private readonly Dictionary<Actor, string> _speakerColors = new(ReferenceEqualityComparer.Instance);

    /// <summary>Prepares the view of <paramref name="article"/>.</summary>
    public ArticleView(Article article, bool color)
    {
        _article = article ?? throw new ArgumentNullException(nameof(article));
        _color = color;
        _statements = article.Statements.OrderBy(s => s.Start).ThenBy(s => s.Length).ToList();
        foreach (var s in _statements)
        {
            if (!_speakerColors.ContainsKey(s.Speaker)) _speakerColors[s.Speaker] = s_palette[_speakerColors.Count % s_palette.Length];
        }
        Unannotated = UnannotatedQuotations(article);
    }

    /// <summary>The quoted passages outside boilerplate that no statement or not-speech entry covers, as the build's CORP050 finds them.</summary>
    public IReadOnlyList<TextSpan> Unannotated { get; }

    /// <summary>Writes the view.</summary>
    public void Write(TextWriter output)
    {
        string text = _article.Text;
        output.WriteLine(Style($"{_article.SourcePath}  {_article.Headline ?? "(no headline)"}  ({_article.Id})", "1"));
        int speakers = _statements.Select(s => s.Speaker).Distinct().Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Words.Count(_statements.Count, "statement")} by {Words.Count(speakers, "speaker")}; {Words.Count(_article.Boilerplate.Count, "boilerplate passage")}; {Words.Count(Unannotated.Count, "unannotated quotation")}"));
        output.WriteLine();

        var lines = TextLines.Of(text);
        int width = lines.Count.ToString(CultureInfo.InvariantCulture).Length;
        string blank = new(' ', width + 1);
        for (int n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            bool flagged = Unannotated.Any(q => q.Overlaps(line) || (q.Length == 0 && q.Start == line.Start));
            string gutter = (n + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width) + (flagged ? Style("!", Flag) : " ");
            output.WriteLine(gutter + "│ " + Render(text, line));
            foreach (var s in _statements.Where(s => StartsOn(s, line)))
            {
                string date = s.Date is { } d ? ", " + d : "";
                output.WriteLine(blank + "│   " + Style($"↳ {s.Id}: {s.Speaker.Name}, {Vocabulary.Spelling(s.Kind)}, {Vocabulary.Spelling(s.Act)}{date}", _speakerColors[s.Speaker]));
            }
            foreach (var q in Unannotated.Where(q => q.Start >= line.Start && q.Start <= line.End))
            {
                output.WriteLine(blank + "│   " + Style($"! quotation not annotated: \"{text.Substring(q.Start, q.Length)}\"; add a statement or a not-speech entry", Flag));
            }
        }
    }

    private static bool StartsOn(Statement s, TextSpan line) => s.Start >= line.Start && s.Start <= line.End;

    private string Render(string text, TextSpan line)
    {
        var builder = new StringBuilder(line.Length + 16);
        string? current = null;
        for (int i = line.Start; i <= line.End; i++)
        {
            if (!_color)
            {
                // Closing marks first, so "[a][b]" reads as two spans.
                foreach (var s in _statements) if (s.Start + s.Length == i && s.Length > 0) builder.Append(']');
                foreach (var p in _article.Boilerplate) if (p.Start + p.Length == i && p.Length > 0) builder.Append('}');
                foreach (var p in _article.Boilerplate) if (p.Start == i && p.Length > 0 && i < line.End) builder.Append('{');
                foreach (var s in _statements) if (s.Start == i && s.Length > 0 && i < line.End) builder.Append('[');
                // A span that runs on from the line before is marked again where the line starts.
                if (i == line.Start)
                {
                    foreach (var p in _article.Boilerplate) if (p.Start < i && p.Start + p.Length > i) builder.Append('{');
                    foreach (var s in _statements) if (s.Start < i && s.Start + s.Length > i) builder.Append('[');
                }
                if (i == line.End)
                {
                    foreach (var s in _statements) if (s.Start < i && s.Start + s.Length > i) builder.Append(']');
                    foreach (var p in _article.Boilerplate) if (p.Start < i && p.Start + p.Length > i) builder.Append('}');
                }
            }
            else
            {
                string? style = i < line.End ? StyleAt(i) : null;
                if (style != current)
                {
                    if (current is not null) builder.Append(Reset);
                    if (style is not null) builder.Append("\u001b[").Append(style).Append('m');
                    current = style;
                }
            }
            if (i < line.End) builder.Append(text[i]);
        }
        return builder.ToString();
    }

    private string? StyleAt(int i)
    {
        if (Unannotated.Any(q => q.Start <= i && i < q.End)) return Flag + ";4";
        var statement = _statements.LastOrDefault(s => s.Start <= i && i < s.Start + s.Length);
        if (statement is not null) return _speakerColors[statement.Speaker];
        return _article.Boilerplate.Any(p => p.Start <= i && i < p.Start + p.Length) ? Dim : null;
    }

    private string Style(string text, string style) => _color ? "\u001b[" + style + "m" + text + Reset : text;

    // The build's own rule (CORP050): the generator's scanner, and covered means taken in up to a trailing comma.
    private static List<TextSpan> UnannotatedQuotations(Article article)
    {
        var covering = article.Statements.Select(s => (s.Start, s.Length))
            .Concat(article.NotSpeech.Select(p => (p.Start, p.Length)))
            .ToList();
        var boilerplate = article.Boilerplate.Select(p => (p.Start, p.Length)).ToList();
        return QuotationCoverage.Uncovered(article.Text, boilerplate, covering)
            .Select(q => new TextSpan(q.Start, q.Length))
            .ToList();
    }
}
