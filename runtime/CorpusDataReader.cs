using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using static Corpus.CorpusDataFormat;

namespace Corpus;

/// <summary>
/// Reads the data a generator compiles a corpus into (<see cref="CorpusDataFormat"/>,
/// docs/data-format.md): UTF-8 lines, one record each, tab-separated fields with backslash
/// escapes, in sources: the registries, then each source's contents, then its article chunks.
/// Loading reads the registries whole and the contents records (each article's ID, seed path and
/// events, each statement's kind, act and speaker reference) and stops at the first chunk: the
/// chunks are read on first use (<see cref="CorpusIndex"/>).
/// </summary>
internal static class CorpusDataReader
{
    /// <summary>More fields than any record has: a record is split into at most this many, the last one holding the rest.</summary>
    internal const int MaxFields = 32;

    /// <summary>
    /// A corpus: the first source starts with the registries chunk (a whole corpus in one source, as tools
    /// write it, goes on with every article's contents and chunk), each other source holds the contents and
    /// chunks of one or more articles.
    /// </summary>
    /// <param name="registries">The first source, with the registries.</param>
    /// <param name="articles">The other sources, each with one or more articles.</param>
    /// <param name="order">
    /// For each article in corpus order, the index of its source in <paramref name="articles"/> and its place among the
    /// source's articles, as generated code gives it; when empty, the articles are sorted by seed path.
    /// </param>
    public static CorpusGraph Read(ChunkSource registries, IReadOnlyList<ChunkSource> articles, ReadOnlySpan<int> order)
    {
        var index = new CorpusIndex(ordered: !order.IsEmpty);
        ReadSource(index, registries, isFirst: true);
        foreach (var article in articles) ReadSource(index, article, isFirst: false);
        return index.Link(order);
    }

    // Reads a source up to its first article chunk: the registries, if it has them, and the contents.
    private static void ReadSource(CorpusIndex index, ChunkSource source, bool isFirst)
    {
        var data = source.Read();
        index.BeginSource(source, isFirst);
        Span<Range> fields = stackalloc Range[MaxFields];
        int position = 0;
        while (position < data.Length)
        {
            int lineEnd = RecordEnd(data, position);
            var record = data.Slice(position, lineEnd - position);
            if (record.StartsWith(s_article)) break;
            if (record.Length > 0) index.Add(Record.Split(data, position, lineEnd, fields), position);
            position = lineEnd + 1;
        }
        if (position < data.Length && index.SourceArticles == 0)
        {
            // Nothing would ever read a chunk that no contents record names: refuse it rather than drop it.
            throw Error(LineOf(data, position), "an article chunk that no contents record before it names");
        }
        index.EndSource(Math.Min(position, data.Length));
    }

    // The tags a line starts with, tab included, from the format's own spelling.
    private static readonly byte[] s_article = TagBytes(ArticleTag);

    internal static byte[] TagBytes(string tag) => Encoding.UTF8.GetBytes(tag + "\t");

    /// <summary>The end of the record that starts at <paramref name="start"/>: its line break, or the end of the data.</summary>
    internal static int RecordEnd(ReadOnlySpan<byte> data, int start)
    {
        int end = data.Slice(start).IndexOf((byte)'\n');
        return end < 0 ? data.Length : start + end;
    }

    /// <summary>The 1-based line of an offset, for error messages.</summary>
    internal static int LineOf(ReadOnlySpan<byte> data, int offset) => data.Slice(0, Math.Min(offset, data.Length)).Count((byte)'\n') + 1;

    internal static FormatException Error(int line, string what) =>
        new(line > 0 ? $"Corpus data, line {line}: {what}." : $"Corpus data: {what}.");
}

/// <summary>
/// One source of corpus data, as the articles read from it share it: its data, and the assembly that
/// holds it (its article texts' resources), found once per source rather than once per article.
/// </summary>
internal sealed class ChunkSource
{
    private readonly CorpusDataSource? _source;
    private readonly CorpusArticleDataSource? _articles;
    private readonly int _index;
    private Assembly? _assembly;
    private bool _assemblyFound;

    public ChunkSource(CorpusDataSource source) => _source = source;

    /// <summary>The source <paramref name="index"/> of a generated corpus's article sources.</summary>
    public ChunkSource(CorpusArticleDataSource articles, int index)
    {
        _articles = articles;
        _index = index;
    }

    public ReadOnlySpan<byte> Read() => _source is not null ? _source() : _articles!(_index);

    /// <summary>Where the source's first article chunk starts (its length when it has none), and how many it has: set by the load.</summary>
    internal int ChunksStart { get; set; }

    internal int ArticleCount { get; set; }

    // Where each article chunk starts, the source's length last: found on first use.
    private int[]? _articleStarts;

    /// <summary>Where the chunk of the source's <paramref name="ordinal"/>-th article starts; the next one's start is where it ends.</summary>
    public int ArticleStart(int ordinal) => (Volatile.Read(ref _articleStarts) ?? FindArticles())[ordinal];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] FindArticles()
    {
        var data = Read();
        var starts = new int[ArticleCount + 1];
        int found = 0;
        int position = ChunksStart;
        while (position < data.Length)
        {
            int end = CorpusDataReader.RecordEnd(data, position);
            if (data.Slice(position, end - position).StartsWith(s_article))
            {
                if (found == ArticleCount) break;
                starts[found++] = position;
            }
            position = end + 1;
        }
        if (found != ArticleCount || position < data.Length)
        {
            throw CorpusDataReader.Error(CorpusDataReader.LineOf(data, ChunksStart),
                $"the contents name {ArticleCount} articles, and the chunks after them hold {(position < data.Length ? "more" : found.ToString(CultureInfo.InvariantCulture))}");
        }
        starts[ArticleCount] = data.Length;
        Interlocked.CompareExchange(ref _articleStarts, starts, null);
        return _articleStarts!;
    }

    private static readonly byte[] s_article = CorpusDataReader.TagBytes(ArticleTag);

    public Assembly? Assembly
    {
        get
        {
            if (!Volatile.Read(ref _assemblyFound))
            {
                _assembly = (_source?.Method ?? _articles!.Method).DeclaringType?.Assembly;
                Volatile.Write(ref _assemblyFound, true);
            }
            return _assembly;
        }
    }
}

/// <summary>One record split into its fields (offsets into the whole data), with the readers of its field values.</summary>
internal readonly ref struct Record
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly ReadOnlySpan<Range> _fields;
    private readonly int _start;

    private Record(ReadOnlySpan<byte> data, ReadOnlySpan<Range> fields, int start)
    {
        _data = data;
        _fields = fields;
        _start = start;
    }

    /// <summary>Splits the record <c>data[start..end]</c> at its tabs into <paramref name="buffer"/>; past the buffer's length, the last field holds the rest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Record Split(ReadOnlySpan<byte> data, int start, int end, Span<Range> buffer)
    {
        int count = 0;
        int fieldStart = start;
        while (true)
        {
            int tab = count == buffer.Length - 1 ? -1 : data.Slice(fieldStart, end - fieldStart).IndexOf((byte)'\t');
            if (tab < 0)
            {
                buffer[count++] = new Range(fieldStart, end);
                return new Record(data, buffer.Slice(0, count), start);
            }
            buffer[count++] = new Range(fieldStart, fieldStart + tab);
            fieldStart += tab + 1;
        }
    }

    public int Count => _fields.Length;

    /// <summary>The field's bytes as written (escaped); empty when the record has no such field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Raw(int index)
    {
        if (index >= _fields.Length) return default;
        var (offset, length) = _fields[index].GetOffsetAndLength(_data.Length);
        return _data.Slice(offset, length);
    }

    /// <summary>The field's offset in the whole data.</summary>
    public int Offset(int index) => _fields[index].Start.Value;

    public bool IsTag(ReadOnlySpan<byte> tag) => Raw(0).SequenceEqual(tag);

    public string? Field(int index)
    {
        var raw = Raw(index);
        return raw.IsEmpty ? null : Unescape(raw);
    }

    public string Required(int index) => Field(index) ?? throw Error($"field {index} is empty");

    public int Int(int index)
    {
        if (index >= _fields.Length) throw Error($"field {index} is missing");
        return Number(Raw(index));
    }

    public int Number(ReadOnlySpan<byte> value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int result) ? result : throw Error("a number was expected");

    public PartialDate? Date(int index) => Field(index) is { } text ? PartialDate.Parse(text) : null;

    public TEnum Enum<TEnum>(int index) where TEnum : struct, Enum =>
        Vocabulary.TryParse(Required(index), out TEnum value) ? value : throw Error($"unknown {typeof(TEnum).Name} in field {index}");

    public TEnum? OptionalEnum<TEnum>(int index) where TEnum : struct, Enum => Raw(index).IsEmpty ? null : Enum<TEnum>(index);

    /// <summary>A field that may hold "\~n", a reference to the n-th shared text of the article's chunk.</summary>
    private static readonly byte[] s_sharedEscape = Encoding.UTF8.GetBytes(SharedEscape);

    public string? Shared(int index, Article article)
    {
        var value = Raw(index);
        if (!value.StartsWith(s_sharedEscape)) return Field(index);
        var texts = article.SharedTexts;
        return int.TryParse(value.Slice(s_sharedEscape.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < texts.Length
            ? texts[n]
            : throw Error($"bad shared text reference '{Encoding.UTF8.GetString(value)}'");
    }

    /// <summary>An error naming the record's line.</summary>
    public FormatException Error(string what) => CorpusDataReader.Error(CorpusDataReader.LineOf(_data, _start), what);
}
