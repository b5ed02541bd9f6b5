using System;
using System.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Random YAML documents written only in the forms annotation files use: block mappings and lists,
/// plain scalars folded over lines, quoted scalars with escapes and line breaks, literal and folded
/// block scalars, one-line flow lists and mappings, and comments and blank lines between them.
/// </summary>
public static class SubsetDocuments
{
    private static readonly string[] s_words =
    {
        "word", "Wang", "2022-10-19", "-5", "x#y", "a:b", "http://example.org/a?b=c", "[sic]", "{x}", "a,b", "it's", "say \"hi\"",
        "“curly”", "é", "中文", "🙂", "~", "null", "50%", "C#", "&amp", "*star", "!bang", "-", "--", "a - b", "100", "true",
    };

    public static string Build(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(4) == 0) text.Append("# a comment at the top\n\n");
        Mapping(text, random, indent: 0, depth: 0);
        string document = text.ToString();
        // Some files end without their last line feed, or with blank lines and spaces.
        return random.Next(6) switch
        {
            0 => document.TrimEnd('\n'),
            1 => document + "\n\n",
            2 => document + "  ",
            _ => document,
        };
    }

    private static void Mapping(StringBuilder text, Random random, int indent, int depth, bool firstInline = false)
    {
        int keys = random.Next(1, 5);
        for (int k = 0; k < keys; k++)
        {
            if (!(firstInline && k == 0)) text.Append(' ', indent);
            text.Append("key").Append(k).Append(random.Next(3) switch { 0 => " name", 1 => " " + Word(random), _ => "" }).Append(':');
            Value(text, random, indent, depth);
            Between(text, random, indent);
        }
    }

    private static void Between(StringBuilder text, Random random, int indent)
    {
        switch (random.Next(8))
        {
            case 0: text.Append('\n'); break;
            case 1: text.Append(' ', random.Next(0, indent + 3)).Append("# between\n"); break;
            case 2: text.Append(' ', random.Next(0, 6)).Append('\n'); break;
        }
    }

    private static string Word(Random random) => s_words[random.Next(s_words.Length)];

    private static string Plain(Random random)
    {
        // A plain scalar cannot start with an indicator; the later words may hold them.
        var value = new StringBuilder(random.Next(2) == 0 ? "Text" : "plain");
        int words = random.Next(0, 5);
        for (int i = 0; i < words; i++) value.Append(' ').Append(Word(random));
        return value.ToString();
    }

    private static void Value(StringBuilder text, Random random, int indent, int depth)
    {
        int choice = random.Next(depth >= 3 ? 9 : 12);
        switch (choice)
        {
            case 0:
                text.Append(' ').Append(Plain(random)).Append(random.Next(4) == 0 ? "   # trailing comment" : random.Next(4) == 0 ? "  " : "").Append('\n');
                break;
            case 1:
                // Plain, folded over more indented lines, with blank lines between some.
                text.Append(' ').Append(Plain(random)).Append('\n');
                for (int i = random.Next(1, 4); i > 0; i--)
                {
                    if (random.Next(3) == 0) text.Append(' ', random.Next(0, 3)).Append('\n');
                    text.Append(' ', indent + 2 + random.Next(3)).Append(Plain(random)).Append(random.Next(4) == 0 ? " " : "").Append('\n');
                }
                break;
            case 2:
                text.Append(' ').Append(Quoted(random, indent, '"')).Append('\n');
                break;
            case 3:
                text.Append(' ').Append(Quoted(random, indent, '\'')).Append('\n');
                break;
            case 4:
            case 5:
                BlockScalar(text, random, indent);
                break;
            case 6:
                text.Append(' ').Append(FlowSequence(random)).Append('\n');
                break;
            case 7:
                text.Append(' ').Append(FlowMapping(random)).Append('\n');
                break;
            case 8:
                text.Append(random.Next(3) switch { 0 => "", 1 => " ~", _ => "  # nothing" }).Append('\n');
                break;
            case 9:
                text.Append('\n');
                Mapping(text, random, indent + (random.Next(2) == 0 ? 2 : 4), depth + 1);
                break;
            default:
                text.Append('\n');
                Sequence(text, random, random.Next(2) == 0 ? indent : indent + 2, depth + 1);
                break;
        }
    }

    private static void Sequence(StringBuilder text, Random random, int indent, int depth)
    {
        int items = random.Next(1, 4);
        for (int i = 0; i < items; i++)
        {
            text.Append(' ', indent).Append('-');
            switch (random.Next(5))
            {
                case 0:
                    text.Append(' ').Append(Plain(random)).Append('\n');
                    break;
                case 1:
                    text.Append(' ').Append(Quoted(random, indent, random.Next(2) == 0 ? '"' : '\'')).Append('\n');
                    break;
                case 2:
                    text.Append('\n');
                    break;
                case 3:
                    text.Append('\n');
                    Mapping(text, random, indent + 2, depth + 1);
                    break;
                default:
                    text.Append(' ');
                    Mapping(text, random, indent + 2, depth + 1, firstInline: true);
                    break;
            }
            Between(text, random, indent);
        }
    }

    private static string Quoted(Random random, int indent, char quote)
    {
        var value = new StringBuilder().Append(quote);
        if (random.Next(4) == 0) value.Append("  ");
        int parts = random.Next(1, 5);
        for (int i = 0; i < parts; i++)
        {
            value.Append(Word(random).Replace(quote.ToString(), quote == '"' ? "\\\"" : "''", StringComparison.Ordinal));
            switch (random.Next(9))
            {
                case 0: value.Append(' ', random.Next(1, 3)).Append('\n').Append(' ', indent + 1 + random.Next(4)); break;
                case 1: value.Append('\n').Append(' ', random.Next(0, 3)).Append('\n').Append(' ', indent + 2); break;
                case 2 when quote == '"': value.Append("\\n\\t\\u00e9\\x41\\\\\\/"); break;
                case 3 when quote == '"': value.Append("\\\n").Append(' ', indent + 2); break;
                case 4 when quote == '"': value.Append("\\ "); break;
                case 5 when quote == '\'': value.Append("''"); break;
                default: value.Append(' '); break;
            }
        }
        if (random.Next(4) == 0) value.Append(' ');
        return value.Append(quote).ToString();
    }

    private static void BlockScalar(StringBuilder text, Random random, int indent)
    {
        bool literal = random.Next(2) == 0;
        text.Append(' ').Append(literal ? '|' : '>').Append(random.Next(2) == 0 ? "-" : "").Append(random.Next(5) == 0 ? " # header comment" : "").Append('\n');
        int contentIndent = indent + 1 + random.Next(4);
        if (random.Next(5) == 0) text.Append('\n');
        int lines = random.Next(0, 6);
        for (int i = 0; i < lines; i++)
        {
            int extra = literal && random.Next(4) == 0 ? random.Next(1, 4) : 0;
            string line = random.Next(6) == 0 ? "# not a comment here: " + Word(random) : Plain(random);
            text.Append(' ', contentIndent + extra).Append(line).Append(random.Next(5) == 0 ? "  " : "").Append('\n');
            if (random.Next(4) == 0) text.Append(' ', random.Next(0, contentIndent + 1)).Append('\n');
        }
    }

    private static string FlowSequence(Random random)
    {
        int items = random.Next(0, 4);
        var value = new StringBuilder("[");
        for (int i = 0; i < items; i++)
        {
            if (i > 0) value.Append(',').Append(' ', random.Next(0, 2));
            value.Append(random.Next(3) switch { 0 => "'single'", 1 => "\"dou ble\"", _ => "item" + i });
        }
        return value.Append(']').ToString();
    }

    private static string FlowMapping(Random random)
    {
        int entries = random.Next(0, 4);
        var value = new StringBuilder("{").Append(entries > 0 && random.Next(2) == 0 ? " " : "");
        for (int i = 0; i < entries; i++)
        {
            if (i > 0) value.Append(", ");
            value.Append("k").Append(i).Append(": ").Append(random.Next(3) switch { 0 => "2022-10-19", 1 => "\"quoted, with comma\"", _ => "'single'" });
        }
        return value.Append(entries > 0 && random.Next(2) == 0 ? " }" : "}").ToString();
    }
}
