using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Cli.Html;

namespace Corpus.Html.Tests;

/// <summary>
/// A small corpus built by hand in the compiled data format (docs/data-format.md) and loaded with
/// <see cref="CorpusGraph.Load"/>, so tests can give the report text no annotation would pass:
/// hostile markup, crossing statements.
/// </summary>
internal sealed class TestCorpus
{
    private readonly List<string> _registry = ["corpus-data\t4"];
    // Each article's contents (ID, seed path, statement codes and speakers) and its chunk's records.
    private readonly List<(string Id, StringBuilder Codes, List<string> Speakers)> _contents = new();
    private readonly List<string> _articles = new();
    private string _text = "";

    public TestCorpus Topic(string id, string name, string? description = null) => Registry("topic", id, name, description);

    public TestCorpus Organization(string id, string name, string kind = "ministry", string? country = null) =>
        Registry("organization", id, name, null, kind, country, null);

    public TestCorpus Official(string id, string name, string? country, params (string Title, string Organization, string? From, string? To)[] roles)
    {
        Registry("official", id, name, null, country);
        foreach (var role in roles) Registry("role", role.Title, role.Organization, role.From, role.To);
        return this;
    }

    public TestCorpus Event(string id, string name, string date) =>
        Registry("event", id, name, "press-conference", date, date, "stated", null, null, null, null, null, null);

    public TestCorpus Article(string id, string text, string? headline = null, string? published = null)
    {
        _text = text;
        _contents.Add((id, new StringBuilder(), new List<string>()));
        // id, seed, headline, subheadline, outlet, byline, published, basis, evidence, url, note, outlet basis and evidence,
        // headline basis and evidence, updated, text (docs/data-format.md).
        _articles.Add(Record("article", id, id + ".txt", headline, null, null, null, published, published is null ? null : "stated", null, null, null,
            null, null, headline is null ? null : "printed", null, null, text));
        return this;
    }

    /// <summary>A statement on the <paramref name="occurrence"/>-th (1-based) place the quote occurs in the last article.</summary>
    public TestCorpus Statement(string id, string speaker, string quote, string act = "assert", string? date = null,
        string? targets = null, string? topics = null, string? respondsTo = null, string? eventId = null, string? note = null, int occurrence = 1)
    {
        int start = -1;
        for (int i = 0; i < occurrence; i++)
        {
            start = _text.IndexOf(quote, start + 1, StringComparison.Ordinal);
            if (start < 0) throw new ArgumentException($"'{quote}' does not occur {occurrence} times in the article.");
        }
        int line = 1 + _text.Take(start).Count(c => c == '\n');
        int column = start - (_text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1) + 1;
        var contents = _contents[^1];
        // The kind's and the act's position among their spellings, as one letter each (docs/data-format.md).
        contents.Codes.Append(Code(Array.IndexOf(Spellings<StatementKind>(), "direct-quote"))).Append(Code(Array.IndexOf(Spellings<SpeechAct>(), act)));
        contents.Speakers.Add(speaker);
        _articles.Add(Record("statement", id, speaker, "direct-quote", Number(start), Number(quote.Length), Number(line), Number(column),
            date, date is null ? null : "stated", null, eventId, act, targets, null, topics, null, respondsTo, note));
        return this;
    }

    public TestCorpus NotSpeech(string passage, string reason)
    {
        _articles.Add(Record("not-speech", Number(_text.IndexOf(passage, StringComparison.Ordinal)), Number(passage.Length), reason));
        return this;
    }

    public TestCorpus Boilerplate(string passage, string kind)
    {
        _articles.Add(Record("boilerplate", Number(_text.IndexOf(passage, StringComparison.Ordinal)), Number(passage.Length), kind, null));
        return this;
    }

    public CorpusGraph Load()
    {
        var contents = _contents.Select(c => Record("contents", c.Id, c.Id + ".txt", c.Codes.ToString(), string.Join(" ", c.Speakers)));
        byte[] data = Encoding.UTF8.GetBytes(string.Join("\n", _registry.Concat(contents).Concat(_articles)) + "\n");
        return CorpusGraph.Load(() => data);
    }

    public ReportCorpus LoadReport() => ReportCorpus.FromGraph(Load());

    private TestCorpus Registry(params string?[] fields)
    {
        _registry.Add(Record(fields));
        return this;
    }

    private static char Code(int position) =>
        position >= 0 ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[position] : throw new ArgumentException("Not a spelling of the vocabulary.");

    /// <summary>A vocabulary's spellings in declaration order: its values' names in kebab case.</summary>
    private static string[] Spellings<TEnum>() where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(name => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()))).ToArray();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Record(params string?[] fields) => string.Join("\t", fields.Select(f => f is null ? "" : Escape(f)));

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case '\t': escaped.Append(@"\t"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\r': escaped.Append(@"\r"); break;
                default:
                    if (c < ' ' || c == '"') escaped.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
