using System;
using System.Text;

namespace Corpus.Cli.Html;

/// <summary>
/// Builds one HTML page. The only place corpus text becomes markup: every text and attribute value
/// passes through <see cref="Escape"/> here, so no page writer can forget it.
/// </summary>
/// <remarks>Newlines are always <c>\n</c>, so a page's bytes depend on the corpus alone.</remarks>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html;

    public HtmlWriter(int capacity = 16 * 1024) => _html = new StringBuilder(capacity);

    /// <summary>An attribute; a <see langword="null"/> value leaves the attribute out.</summary>
    public readonly record struct Attribute(string Name, string? Value)
    {
        public static implicit operator Attribute((string Name, string? Value) attribute) => new(attribute.Name, attribute.Value);
    }

    /// <summary>Opens <paramref name="tag"/> with its attributes, in the order given.</summary>
    public HtmlWriter Open(string tag, params Attribute[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _html.Append(' ').Append(name).Append("=\"");
            Escape(_html, value);
            _html.Append('"');
        }
        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string text, params Attribute[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link holding only text.</summary>
    public HtmlWriter Link(string href, string text, string? @class = null) =>
        Element("a", text, ("href", href), ("class", @class));

    public HtmlWriter Text(string text)
    {
        Escape(_html, text);
        return this;
    }

    public HtmlWriter Text(string text, int start, int length)
    {
        Escape(_html, text.AsSpan(start, length));
        return this;
    }

    /// <summary>Markup written by this program (an asset, a doctype), never corpus text.</summary>
    public HtmlWriter Markup(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Line()
    {
        _html.Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();

    /// <summary>Escapes text for an element's content or a quoted attribute value.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        Escape(builder, text);
        return builder.ToString();
    }

    // Quotes are escaped too, so one function serves text and attribute values alike.
    // Carriage returns become a reference: the HTML parser would otherwise fold \r\n into \n,
    // and a statement's text, shown in the page, must keep the article's exact characters.
    private static void Escape(StringBuilder builder, ReadOnlySpan<char> text)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (entity is null) continue;
            builder.Append(text.Slice(run, i - run)).Append(entity);
            run = i + 1;
        }
        builder.Append(text.Slice(run));
    }
}
