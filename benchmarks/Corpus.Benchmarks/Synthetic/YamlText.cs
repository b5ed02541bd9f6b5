using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Corpus.Benchmarks.Synthetic;

/// <summary>Writes the few YAML forms the annotation files use, as an annotator would type them.</summary>
internal sealed class YamlText
{
    private readonly StringBuilder _builder = new();

    public YamlText Comment(string text)
    {
        _builder.Append("# ").Append(text).Append('\n');
        return this;
    }

    public YamlText Line(string text = "")
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary><c>key: value</c>, the value plain when that is safe, double-quoted otherwise.</summary>
    public YamlText Scalar(int indent, string key, string? value, bool listItem = false)
    {
        if (value is null) return this;
        Prefix(indent, listItem).Append(key).Append(": ").Append(Quote(value)).Append('\n');
        return this;
    }

    /// <summary>A long text as a folded block scalar, broken between words like the hand-written files.</summary>
    public YamlText Folded(int indent, string key, string value, int width = 78)
    {
        Prefix(indent, false).Append(key).Append(": >-\n");
        string pad = new(' ', indent + 2);
        int lineStart = _builder.Length;
        _builder.Append(pad);
        int column = pad.Length;
        foreach (var word in value.Split(' '))
        {
            if (column > pad.Length && column + 1 + word.Length > width)
            {
                _builder.Append('\n').Append(pad);
                column = pad.Length;
            }
            else if (column > pad.Length)
            {
                _builder.Append(' ');
                column++;
            }
            _builder.Append(word);
            column += word.Length;
        }
        _builder.Append('\n');
        return this;
    }

    public YamlText List(int indent, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return this;
        Prefix(indent, false).Append(key).Append(": [").Append(string.Join(", ", values.Select(Quote))).Append("]\n");
        return this;
    }

    /// <summary>A date worked out from context: <c>{ value: …, basis: inferred, evidence: "…" }</c>.</summary>
    public YamlText InferredDate(int indent, string key, string value, string evidence)
    {
        Prefix(indent, false).Append(key).Append(": { value: ").Append(value).Append(", basis: inferred, evidence: ").Append(DoubleQuoted(evidence)).Append(" }\n");
        return this;
    }

    public YamlText Key(int indent, string key, bool listItem = false)
    {
        Prefix(indent, listItem).Append(key).Append(":\n");
        return this;
    }

    private StringBuilder Prefix(int indent, bool listItem) =>
        listItem ? _builder.Append(' ', indent).Append("- ") : _builder.Append(' ', indent + 0);

    public override string ToString() => _builder.ToString();

    /// <summary>Plain when the value is obviously a plain YAML string; double-quoted otherwise.</summary>
    public static string Quote(string value)
    {
        bool plain = value.Length > 0 && (char.IsLetter(value[0]) || char.IsDigit(value[0])) && !value.Contains(": ") && !value.Contains(" #") &&
                     value.IndexOfAny(new[] { '"', '\'', '[', ']', '{', '}', ',', '\\', '*', '&', '!', '|', '>', '%', '@', '`' }) < 0 &&
                     !value.EndsWith(':') && !value.EndsWith(' ') && !IsReserved(value);
        return plain ? value : DoubleQuoted(value);
    }

    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static bool IsReserved(string value) =>
        value is "true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~" ||
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
