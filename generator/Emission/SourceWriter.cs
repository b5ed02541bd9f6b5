using System.Text;

namespace Corpus.Generator.Emission;

/// <summary>Writes C# source with indentation, always with '\n' line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>One line made of three parts, without joining them first.</summary>
    public SourceWriter Line(string start, string middle, string end)
    {
        _builder.Append(' ', _indent * 4).Append(start).Append(middle).Append(end).Append('\n');
        return this;
    }

    /// <summary>Starts a line: the current indentation, then whatever the caller appends to the builder, ending with '\n'.</summary>
    public StringBuilder Indent() => _builder.Append(' ', _indent * 4);

    /// <summary>Appends text as is, with no indentation (raw string content).</summary>
    public SourceWriter Raw(string text)
    {
        _builder.Append(text);
        return this;
    }

    public StringBuilder Builder => _builder;

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string end = "}")
    {
        _indent--;
        Line(end);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
