using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>
/// Reads the data a generator compiles a corpus into (<see cref="CorpusDataFormat"/>,
/// docs/data-format.md): UTF-8 lines, one record each, tab-separated fields with backslash
/// escapes, in chunks: the registries, then one per article. Registries, articles and events are
/// read whole; a statement only as far as its kind, act and position, the rest on first use
/// (<see cref="CorpusIndex"/>), so a large corpus loads in one quick pass.
/// </summary>
internal static class CorpusDataReader
{
    /// <summary>A whole corpus in one source: the registries chunk followed by the article chunks.</summary>
    public static CorpusGraph Read(CorpusDataSource source)
    {
        var index = new CorpusIndex();
        ReadChunk(index, source, isFirst: true);
        return index.Link();
    }

    /// <summary>A corpus as generated code holds it: the registries, and one source per article.</summary>
    public static CorpusGraph Read(CorpusDataSource registries, IReadOnlyList<CorpusDataSource> articles)
    {
        var index = new CorpusIndex();
        ReadChunk(index, registries, isFirst: true);
        foreach (var article in articles) ReadChunk(index, article, isFirst: false);
        return index.Link();
    }

    private static void ReadChunk(CorpusIndex index, CorpusDataSource source, bool isFirst)
    {
        var data = source();
        index.BeginChunk(source, isFirst);
        var fields = new List<Range>(24);
        int position = 0;
        int lineNumber = 0;
        while (position < data.Length)
        {
            int end = data.Slice(position).IndexOf((byte)'\n');
            int lineEnd = end < 0 ? data.Length : position + end;
            lineNumber++;
            var record = data.Slice(position, lineEnd - position);
            if (record.StartsWith("statement\t"u8))
            {
                // Most records are statements: read the few fields a statement keeps without splitting the line.
                index.AddStatement(data, position, lineEnd - position, lineNumber);
            }
            else if (lineEnd > position)
            {
                Split(data, position, lineEnd, fields);
                index.Add(data, fields, lineNumber);
            }
            position = lineEnd + 1;
        }
    }

    internal static void Split(ReadOnlySpan<byte> data, int start, int end, List<Range> fields)
    {
        fields.Clear();
        int fieldStart = start;
        while (true)
        {
            int tab = data.Slice(fieldStart, end - fieldStart).IndexOf((byte)'\t');
            if (tab < 0)
            {
                fields.Add(new Range(fieldStart, end));
                return;
            }
            fields.Add(new Range(fieldStart, fieldStart + tab));
            fieldStart += tab + 1;
        }
    }
}
