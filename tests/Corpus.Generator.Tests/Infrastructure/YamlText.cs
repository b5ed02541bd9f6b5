using System.Globalization;
using System.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Writes any string as a YAML double-quoted scalar that reads back as exactly that string.</summary>
public static class YamlText
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '"') builder.Append("\\\"");
            else if (c == '\\') builder.Append("\\\\");
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, value[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            // Everything outside printable ASCII is escaped: YAML folds literal line breaks (LS,
            // PS and NEL among them) and may refuse controls, so only escapes keep them exact.
            else if (c < ' ' || c > '~') builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
