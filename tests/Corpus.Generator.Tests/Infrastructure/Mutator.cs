using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Seeded mutations of a text file: line and character edits, truncation, random bytes, tabs, BOMs,
/// other line ends, YAML constructs out of place, deep nesting and alias bombs. Everything is drawn
/// from the <see cref="Random"/> passed in, so one seed gives one mutation.
/// </summary>
public static class Mutator
{
    /// <summary>Characters that mean something to YAML, C#, XML or the data format, and some that are merely unusual.</summary>
    private const string Interesting =
        ":-[]{}&*!|>'\"%@`#,?~=<\\/ \t\n\r\0\u0085\u00A0\u2028\u2029\u202E\u2066\uFEFF\uFFFD\uD83D\uDE00“”‘’…éİı中";

    private static readonly string[] s_snippets =
    {
        "&anchor ", "*anchor", "*undefined", "<<: *anchor\n", "? ", "? complex\n: key\n", "- ", "- - - ", "---\n", "...\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n",
        "!!binary ", "!!str ", "!!int ", "!!map ", "!custom ", "!<tag:yaml.org,2002:str> ", "key: [", "key: {", "key: {a: [b, {c: d}]}\n", "'", "\"", "|\n", ">-\n", "|+2\n",
        "# comment\n", "@", "`", "id: x\n", "id: \n", "id: ~\n", "id: null\n", "id: [a, b]\n", "id: {a: b}\n", "text: \"\\uD800\"\n", "text: \"\\x00\\N\\L\\P\"\n",
        "date: 2021-13-45\n", "date: 99999-01-01\n", "date: -1\n", "occurrence: 0\n", "occurrence: 99999999999999999999\n", "occurrence: -1\n", "country: zz\n",
        "speaker: {unnamed: }\n", "targets: [[], {}]\n", "responds-to: [self]\n", "kind: \n", "act: \n", "statements: \n", "article: \n", "officials: []\n",
        "\t", "\r", "\u2028", "\uFEFF", "\0",
    };

    private static readonly (string Name, Func<string, Random, string> Apply)[] s_mutations =
    {
        ("delete lines", DeleteLines),
        ("duplicate lines", DuplicateLines),
        ("swap lines", SwapLines),
        ("swap characters", SwapCharacters),
        ("replace characters", ReplaceCharacters),
        ("insert characters", InsertCharacters),
        ("truncate", Truncate),
        ("insert random bytes", InsertRandomBytes),
        ("replace with random bytes", (_, random) => RandomBytes(random, random.Next(1, 4096))),
        ("tabs", Tabs),
        ("BOM", Bom),
        ("line ends", LineEnds),
        ("indentation", Indentation),
        ("YAML snippet", Snippet),
        ("50-level nesting", (text, random) => InsertAtLine(text, random, Nesting(random, 50))),
        ("alias bomb", (text, random) => random.Next(2) == 0 ? AliasBomb() : InsertAtLine(text, random, AliasBomb())),
    };

    /// <summary>Applies one to three mutations; <paramref name="description"/> names them.</summary>
    public static string Mutate(string text, Random random, out string description)
    {
        int count = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        var names = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var (name, apply) = s_mutations[random.Next(s_mutations.Length)];
            text = apply(text, random);
            names.Add(name);
        }
        description = string.Join(" + ", names);
        return text;
    }

    /// <summary>Mapping nested <paramref name="depth"/> levels deep, block or flow style.</summary>
    public static string Nesting(Random random, int depth)
    {
        if (random.Next(2) == 0)
        {
            return "nested: " + new string('[', depth) + "x" + new string(']', depth) + "\n";
        }
        var builder = new StringBuilder();
        for (int i = 0; i < depth; i++) builder.Append(' ', i * 2).Append("level").Append(i).Append(":\n");
        builder.Append(' ', depth * 2).Append("deep\n");
        return builder.ToString();
    }

    /// <summary>The "billion laughs": nine aliases, each nine times the one before.</summary>
    public static string AliasBomb()
    {
        var builder = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++)
        {
            char previous = (char)(c - 1);
            builder.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }
        return builder.ToString();
    }

    public static string RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return random.Next(2) == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }

    private static List<string> Lines(string text) => text.Split('\n').ToList();

    private static string Join(List<string> lines) => string.Join("\n", lines);

    private static string DeleteLines(string text, Random random)
    {
        var lines = Lines(text);
        int at = random.Next(lines.Count);
        lines.RemoveRange(at, Math.Min(lines.Count - at, random.Next(1, 4)));
        return Join(lines);
    }

    private static string DuplicateLines(string text, Random random)
    {
        var lines = Lines(text);
        int at = random.Next(lines.Count);
        var copy = lines.Skip(at).Take(random.Next(1, 4)).ToList();
        lines.InsertRange(random.Next(2) == 0 ? at : random.Next(lines.Count + 1), copy);
        return Join(lines);
    }

    private static string SwapLines(string text, Random random)
    {
        var lines = Lines(text);
        int a = random.Next(lines.Count), b = random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Join(lines);
    }

    private static string SwapCharacters(string text, Random random)
    {
        if (text.Length < 2) return text;
        var chars = text.ToCharArray();
        for (int n = random.Next(1, 6); n > 0; n--)
        {
            int at = random.Next(chars.Length - 1);
            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        }
        return new string(chars);
    }

    private static char RandomChar(Random random) => random.Next(4) switch
    {
        0 => (char)random.Next(0x20, 0x7F),
        1 => (char)random.Next(0, 0x10000),
        _ => Interesting[random.Next(Interesting.Length)],
    };

    private static string ReplaceCharacters(string text, Random random)
    {
        if (text.Length == 0) return text;
        var chars = text.ToCharArray();
        for (int n = random.Next(1, 6); n > 0; n--) chars[random.Next(chars.Length)] = RandomChar(random);
        return new string(chars);
    }

    private static string InsertCharacters(string text, Random random)
    {
        var inserted = new StringBuilder();
        for (int n = random.Next(1, 11); n > 0; n--) inserted.Append(RandomChar(random));
        return text.Insert(random.Next(text.Length + 1), inserted.ToString());
    }

    private static string Truncate(string text, Random random) => text.Substring(0, random.Next(text.Length + 1));

    private static string InsertRandomBytes(string text, Random random) => text.Insert(random.Next(text.Length + 1), RandomBytes(random, random.Next(1, 200)));

    private static string Tabs(string text, Random random)
    {
        var lines = Lines(text);
        bool all = random.Next(3) == 0;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!all && random.Next(8) != 0) continue;
            string line = lines[i];
            int indent = line.Length - line.TrimStart(' ').Length;
            lines[i] = random.Next(2) == 0
                ? new string('\t', (indent + 1) / 2) + line.Substring(indent)
                : line.Insert(random.Next(line.Length + 1), "\t");
        }
        return Join(lines);
    }

    private static string Bom(string text, Random random) =>
        random.Next(3) == 0 ? text.Insert(random.Next(text.Length + 1), "\uFEFF") : "\uFEFF" + text;

    private static string LineEnds(string text, Random random) => random.Next(4) switch
    {
        0 => text.Replace("\n", "\r\n"),
        1 => text.Replace("\n", "\r"),
        2 => string.Concat(text.Select(c => c == '\n' && random.Next(3) == 0 ? "\r\n" : c.ToString())),
        _ => string.Concat(text.Select(c => c == '\n' && random.Next(5) == 0 ? new[] { "\u2028", "\u2029", "\u0085" }[random.Next(3)] : c.ToString())),
    };

    private static string Indentation(string text, Random random)
    {
        var lines = Lines(text);
        int at = random.Next(lines.Count);
        lines[at] = random.Next(2) == 0
            ? new string(' ', random.Next(1, 5)) + lines[at]
            : lines[at].Substring(Math.Min(lines[at].Length - lines[at].TrimStart(' ').Length, random.Next(1, 5)));
        return Join(lines);
    }

    private static string Snippet(string text, Random random)
    {
        string snippet = s_snippets[random.Next(s_snippets.Length)];
        return random.Next(2) == 0 ? InsertAtLine(text, random, snippet) : text.Insert(random.Next(text.Length + 1), snippet);
    }

    /// <summary>Inserts at the start of a random line, indented like that line.</summary>
    private static string InsertAtLine(string text, Random random, string insert)
    {
        var lines = Lines(text);
        int at = random.Next(lines.Count);
        string indent = new(' ', lines[at].Length - lines[at].TrimStart(' ').Length);
        var inserted = insert.TrimEnd('\n').Split('\n').Select(l => indent + l);
        lines.InsertRange(at, inserted);
        return Join(lines);
    }
}
