using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Testing;

// What a build hands the generator, in memory: files as AdditionalTexts, and the item metadata
// and properties build/Corpus.props makes visible to it. Linked into every project that drives
// the generator in process.

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;
    private readonly bool _unreadable;

    /// <param name="unreadable">When set, reading throws, as a locked or vanished file would.</param>
    public InMemoryAdditionalText(string path, string text, bool unreadable = false)
    {
        Path = path;
        _text = SourceText.From(text);
        _unreadable = unreadable;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _unreadable ? throw new IOException("The file is locked by another process.") : _text;
}

/// <summary>The CorpusKind and CorpusResource metadata per file, and the CorpusNamespace property.</summary>
internal sealed class CorpusOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, (string Kind, string? Resource)> _files;

    public CorpusOptionsProvider(IReadOnlyDictionary<string, (string Kind, string? Resource)> files, string? @namespace)
    {
        _files = files;
        GlobalOptions = new DictionaryOptions(@namespace is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["build_property.CorpusNamespace"] = @namespace });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (!_files.TryGetValue(textFile.Path, out var file)) return DictionaryOptions.Empty;
        var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusKind"] = file.Kind };
        if (file.Resource is not null) values["build_metadata.AdditionalFiles.CorpusResource"] = file.Resource;
        return new DictionaryOptions(values);
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
