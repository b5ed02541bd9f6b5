using System;
using System.Collections.Generic;
using Corpus.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Corpus.Generator.Yaml;

internal enum YamlNodeKind : byte
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>A YAML node with its exact position; the parser reads annotations from these. Immutable once built.</summary>
internal sealed class YamlNode
{
    // A mapping's entries (KeyValuePair<YamlNode, YamlNode>[]) or a list's items (YamlNode[]); null for a scalar or an
    // empty collection. One field for both, and a size of int: an annotation file has millions of nodes in all.
    private readonly object? _children;

    private YamlNode(YamlNodeKind kind, string value, bool isPlainScalar, TextRange range, object? children, int expandedSize)
    {
        Kind = kind;
        Value = value;
        IsPlainScalar = isPlainScalar;
        Range = range;
        _children = children;
        ExpandedSize = expandedSize;
    }

    private KeyValuePair<YamlNode, YamlNode>[]? EntryArray => _children as KeyValuePair<YamlNode, YamlNode>[];

    public YamlNodeKind Kind { get; }
    public string Value { get; }
    public bool IsPlainScalar { get; }
    public TextRange Range { get; }

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries => (IReadOnlyList<KeyValuePair<YamlNode, YamlNode>>?)EntryArray ?? Array.Empty<KeyValuePair<YamlNode, YamlNode>>();
    /// <summary>The same entries as <see cref="Entries"/>, read without copying or an interface call.</summary>
    public ReadOnlyMemory<KeyValuePair<YamlNode, YamlNode>> EntryMemory => EntryArray;

    public IReadOnlyList<YamlNode> Items => (IReadOnlyList<YamlNode>?)(_children as YamlNode[]) ?? Array.Empty<YamlNode>();

    /// <summary>
    /// The number of nodes below and including this one, counting what aliases expand to. It stays bounded:
    /// every alias adds its target's size to the bounded expansion count before the node is built, so it is at most
    /// the nodes written (fewer than the file's characters) plus <see cref="YamlTree.MaxAliasExpansion"/>.
    /// </summary>
    public int ExpandedSize { get; }

    public static YamlNode Scalar(string value, bool isPlain, TextRange range) => new(YamlNodeKind.Scalar, value, isPlain, range, null, 1);

    /// <summary>A mapping of <paramref name="entries"/> (copied: the list can be reused).</summary>
    public static YamlNode Mapping(TextRange range, List<KeyValuePair<YamlNode, YamlNode>> entries)
    {
        int size = 1;
        foreach (var entry in entries) size = checked(size + entry.Key.ExpandedSize + entry.Value.ExpandedSize);
        return new YamlNode(YamlNodeKind.Mapping, "", false, range, entries.Count == 0 ? null : entries.ToArray(), size);
    }

    /// <summary>A list of <paramref name="items"/> (copied: the list can be reused).</summary>
    public static YamlNode Sequence(TextRange range, List<YamlNode> items)
    {
        int size = 1;
        foreach (var item in items) size = checked(size + item.ExpandedSize);
        return new YamlNode(YamlNodeKind.Sequence, "", false, range, items.Count == 0 ? null : items.ToArray(), size);
    }

    /// <summary>A plain scalar that YAML reads as null (<c>~</c>, <c>null</c>, or nothing).</summary>
    public bool IsNull => Kind == YamlNodeKind.Scalar && IsPlainScalar && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <summary>
    /// This node as used through an alias at <paramref name="range"/>: the same content (shared, not
    /// copied), located where the alias is written, so a problem with the value is reported at each use.
    /// </summary>
    public YamlNode At(TextRange range) => new(Kind, Value, IsPlainScalar, range, _children, ExpandedSize);

    public string Describe() => Kind switch
    {
        YamlNodeKind.Mapping => "a mapping",
        YamlNodeKind.Sequence => "a list",
        _ => IsNull ? "nothing" : "a scalar",
    };
}

/// <summary>A failure to read a YAML document: syntax, or one of the input limits.</summary>
internal sealed class YamlReadException : Exception
{
    public YamlReadException(string message, TextRange range, bool isLimit) : base(message)
    {
        Range = range;
        IsLimit = isLimit;
    }

    public TextRange Range { get; }
    public bool IsLimit { get; }
}

/// <summary>
/// Builds <see cref="YamlNode"/> trees from YamlDotNet's event parser, enforcing the input
/// limits: nesting depth and the nodes that aliases add (so "billion laughs" documents are
/// refused instead of walked). Nodes written out count against the file size limit only: an
/// alias shares its anchor's node, and only what readers walk again through aliases counts here.
/// </summary>
internal static class YamlTree
{
    public const int MaxDepth = 32;
    public const long MaxAliasExpansion = 200_000;

    /// <summary>What one read has seen: the anchors so far and the nodes their aliases added.</summary>
    private sealed class ReadState
    {
        public readonly Dictionary<string, YamlNode> Anchors = new(StringComparer.Ordinal);
        public long AliasExpansion;
    }

    /// <summary>Reads the first document of <paramref name="text"/>; null for an empty stream.</summary>
    /// <remarks>
    /// Most annotation files are read by <see cref="SubsetYamlReader"/>, which builds the same tree without
    /// YamlDotNet's per-character work; whatever it declines (rare forms, every error) is read here.
    /// </remarks>
    /// <exception cref="YamlReadException">Syntax errors and exceeded limits.</exception>
    public static YamlNode? Read(string text) => SubsetYamlReader.TryRead(text, out var root) ? root : ReadWithYamlDotNet(text);

    /// <summary>Reads <paramref name="text"/> with YamlDotNet's event parser, whatever it holds.</summary>
    /// <exception cref="YamlReadException">Syntax errors and exceeded limits.</exception>
    public static YamlNode? ReadWithYamlDotNet(string text)
    {
        var scanner = new Scanner(new System.IO.StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        var anchors = new ReadState();
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors, depth: 1);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                throw new YamlReadException("An annotation file holds one YAML document; remove the second '---' document or move it to its own file.", RangeOf(second.Start, second.End), isLimit: false);
            }
            return root;
        }
        catch (YamlException e)
        {
            throw new YamlReadException(CleanMessage(e.Message), Within(text, RangeOf(e.Start, e.End)), isLimit: false);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed input (an unclosed '[' before a
            // key); report it where the scanner stopped, as the syntax error it is.
            var at = scanner.CurrentPosition;
            throw new YamlReadException("malformed YAML near here, such as an unclosed '[' or '{' before a key", Within(text, RangeOf(at, at)), isLimit: false);
        }
    }

    private static YamlNode ReadNode(IParser parser, ReadState anchors, int depth)
    {
        var current = parser.Current ?? throw new YamlReadException("Unexpected end of the YAML stream.", default, isLimit: false);
        if (depth > MaxDepth)
        {
            throw new YamlReadException($"The YAML nests deeper than {MaxDepth} levels; annotations need at most a few. Flatten the structure.", RangeOf(current.Start, current.End), isLimit: true);
        }
        switch (current)
        {
            case AnchorAlias alias:
            {
                parser.MoveNext();
                if (!anchors.Anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlReadException($"The alias '*{alias.Value.Value}' refers to no anchor defined before it.", RangeOf(alias.Start, alias.End), isLimit: false);
                }
                anchors.AliasExpansion += target.ExpandedSize;
                if (anchors.AliasExpansion > MaxAliasExpansion)
                {
                    throw new YamlReadException(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                        "The aliases up to this one stand for more than {0:N0} nodes in all (aliases repeated inside aliases?); write the annotations out, or use fewer aliases", MaxAliasExpansion),
                        RangeOf(alias.Start, alias.End), isLimit: true);
                }
                return target.At(RangeOf(alias.Start, alias.End));
            }
            case Scalar scalar:
            {
                RefuseTag(scalar.Tag, current);
                parser.MoveNext();
                var node = YamlNode.Scalar(scalar.Value, scalar.Style == ScalarStyle.Plain, RangeOf(scalar.Start, scalar.End));
                Anchor(scalar.Anchor, node, anchors);
                return node;
            }
            case SequenceStart start:
            {
                RefuseTag(start.Tag, current);
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, anchors, depth + 1));
                var node = YamlNode.Sequence(RangeOf(start.Start, start.End), items);
                Anchor(start.Anchor, node, anchors);
                return node;
            }
            case MappingStart start:
            {
                RefuseTag(start.Tag, current);
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, anchors, depth + 1);
                    entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, ReadNode(parser, anchors, depth + 1)));
                }
                var node = YamlNode.Mapping(RangeOf(start.Start, start.End), entries);
                Anchor(start.Anchor, node, anchors);
                return node;
            }
            default:
                throw new YamlReadException($"Unexpected YAML event {current.GetType().Name}.", RangeOf(current.Start, current.End), isLimit: false);
        }
    }

    // Annotations are plain YAML: a tag would change what a value means (!!binary, !!timestamp) or
    // name an application type (!custom), and ignoring it would read the value as something else.
    private static void RefuseTag(TagName tag, ParsingEvent at)
    {
        if (tag.IsEmpty || tag.IsNonSpecific) return;
        throw new YamlReadException($"YAML tags such as '{tag.Value}' are not supported in annotations; remove the tag and write the value as plain text",
            RangeOf(at.Start, at.End), isLimit: false);
    }

    private static void Anchor(AnchorName anchor, YamlNode node, ReadState anchors)
    {
        if (!anchor.IsEmpty) anchors.Anchors[anchor.Value] = node;
    }

    private static TextRange RangeOf(Mark start, Mark end)
    {
        // YamlDotNet marks are 1-based lines and columns; TextRange is 0-based.
        int startOffset = (int)Math.Max(0, start.Index);
        int endOffset = (int)Math.Max(startOffset, end.Index);
        int startLine = (int)Math.Max(0, start.Line - 1), startColumn = (int)Math.Max(0, start.Column - 1);
        int endLine = (int)Math.Max(startLine, end.Line - 1);
        int endColumn = (int)Math.Max(0, end.Column - 1);
        if (endLine == startLine && endColumn < startColumn) endColumn = startColumn;
        return new TextRange(startOffset, endOffset - startOffset, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>
    /// Keeps an error position inside the text: at the end of a text without a final line break,
    /// YamlDotNet reports the line after the last one, which no editor or build log can show.
    /// </summary>
    private static TextRange Within(string text, TextRange range)
    {
        var lines = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines;
        bool Inside(int line, int column) => line < lines.Count && column <= lines[line].Span.Length;
        var last = lines[lines.Count - 1];
        var end = new TextRange(text.Length, 0, lines.Count - 1, last.Span.Length, lines.Count - 1, last.Span.Length);
        if (range.Start > text.Length || !Inside(range.StartLine, range.StartColumn)) return end;
        if (range.Start + range.Length > text.Length || !Inside(range.EndLine, range.EndColumn))
        {
            return new TextRange(range.Start, text.Length - range.Start, range.StartLine, range.StartColumn, end.EndLine, end.EndColumn);
        }
        return range;
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is reported separately.
    private static string CleanMessage(string message)
    {
        int marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        string text = message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
        return text.TrimEnd('.');
    }
}
