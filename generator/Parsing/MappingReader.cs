using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Yaml;

namespace Corpus.Generator.Parsing;

/// <summary>Collects one file's diagnostics and turns YAML positions into locations.</summary>
internal sealed class FileContext
{
    public FileContext(string path) => Path = path;

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public LocationInfo Locate(YamlNode node) => new(Path, node.Range);

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, Locate(node), arguments));

    public void Invalid(YamlNode node, string what, string why) =>
        Report(DiagnosticDescriptors.InvalidValue, node, what, node.Kind == YamlNodeKind.Scalar ? Shorten(node.Value) : $"({node.Describe()})", why);

    public static string Shorten(string value) => MessageText.Shorten(value, 58);
}

/// <summary>
/// Reads one YAML mapping: reports unknown keys (with a did-you-mean), repeated keys, and
/// missing or invalid values, and hands back typed values. Every problem is reported at the
/// exact key or value it concerns; a bad value reads as absent so the rest still loads.
/// </summary>
internal sealed class MappingReader
{
    private readonly FileContext _context;
    // The accepted entries, in file order: a mapping has a few dozen keys at most, so a scan beats a hash table.
    // The node's own entries while every key is accepted; a copy of the accepted ones once a key is refused.
    private readonly ReadOnlyMemory<KeyValuePair<YamlNode, YamlNode>> _entries;
    private readonly int _count;

    public MappingReader(FileContext context, YamlNode node, string what, IReadOnlyList<string> allowedKeys)
    {
        _context = context;
        Node = node;
        What = what;
        var all = node.EntryMemory;
        _entries = all;
        KeyValuePair<YamlNode, YamlNode>[]? accepted = null;
        for (int i = 0; i < all.Length; i++)
        {
            var entry = all.Span[i];
            if (Refused(entry.Key))
            {
                if (accepted is null)
                {
                    // Sized for the keys present, so it never grows while reading them.
                    accepted = new KeyValuePair<YamlNode, YamlNode>[all.Length];
                    all.Span.Slice(0, _count).CopyTo(accepted);
                    _entries = accepted;
                }
                continue;
            }
            if (accepted is not null) accepted[_count] = entry;
            _count++;
        }

        bool Refused(YamlNode key)
        {
            if (key.Kind != YamlNodeKind.Scalar)
            {
                context.Invalid(key, "key", $"keys of {what} are plain words, not {key.Describe()}");
                return true;
            }
            if (key.Value == "<<" && key.IsPlainScalar)
            {
                context.Invalid(key, "key", "YAML merge keys ('<<: *anchor') are not supported in annotations; write the keys out, or use an alias for a whole value");
                return true;
            }
            if (!allowedKeys.Contains(key.Value))
            {
                context.Report(DiagnosticDescriptors.UnknownKey, key, FileContext.Shorten(key.Value), what,
                    Suggestions.DidYouMean(key.Value, allowedKeys), string.Join(", ", allowedKeys));
                return true;
            }
            if (Find(key.Value) >= 0)
            {
                context.Invalid(key, "key", $"'{key.Value}' is given twice in {what}; keep one");
                return true;
            }
            return false;
        }
    }

    public YamlNode Node { get; }

    /// <summary>Reports an invalid value read from this mapping, such as one that contradicts another.</summary>
    public void Invalid(LocationInfo at, string what, string value, string why) =>
        _context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, at, what, FileContext.Shorten(value), why));

    public string What { get; }

    public FileContext Context => _context;

    public bool Has(string key) => Find(key) >= 0;

    private int Find(string key)
    {
        var entries = _entries.Span;
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(entries[i].Key.Value, key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private bool TryGetEntry(string key, out KeyValuePair<YamlNode, YamlNode> entry)
    {
        int at = Find(key);
        entry = at >= 0 ? _entries.Span[at] : default;
        return at >= 0;
    }

    /// <summary>
    /// Reports <paramref name="key"/> as missing for <paramref name="what"/> (a condition makes it required): at the key
    /// when it is written without a value, which says no more than its absence, otherwise at the mapping.
    /// </summary>
    public void ReportMissing(string key, string what) =>
        _context.Report(DiagnosticDescriptors.MissingKey, TryGetEntry(key, out var present) ? present.Key : Node, what, key);

    /// <summary>The value node of <paramref name="key"/>; reports a missing required key at the mapping.</summary>
    public YamlNode? Value(string key, bool required = false)
    {
        if (TryGetEntry(key, out var entry) && !entry.Value.IsNull) return entry.Value;
        if (required)
        {
            var at = TryGetEntry(key, out var present) ? present.Key : Node;
            _context.Report(DiagnosticDescriptors.MissingKey, at, char.ToUpperInvariant(What[0]) + What.Substring(1), key);
        }
        return null;
    }

    public string? String(string key, bool required = false) => LocatedString(key, required)?.Value;

    public Located<string>? LocatedString(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is null) return null;
        if (node.Kind != YamlNodeKind.Scalar)
        {
            _context.Invalid(node, key, $"expected text, found {node.Describe()}");
            return null;
        }
        if (string.IsNullOrWhiteSpace(node.Value))
        {
            _context.Invalid(node, key, "the value is empty; write a value or remove the key");
            return null;
        }
        if (ContainsLoneSurrogate(node.Value))
        {
            _context.Invalid(node, key, "the text contains an unpaired UTF-16 surrogate escape; use the character itself");
            return null;
        }
        return new Located<string>(node.Value, _context.Locate(node));
    }

    /// <summary>An ID: kebab-case, checked.</summary>
    public Located<string>? Id(string key, bool required = false)
    {
        var value = LocatedString(key, required);
        if (value is null) return null;
        if (!Identifiers.IsValidId(value.Value.Value))
        {
            _context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, value.Value.Location, "ID", FileContext.Shorten(value.Value.Value),
                "IDs are kebab-case: a lowercase letter, then lowercase letters, digits and single hyphens (hua-chunying, sicw-2022), at most 128 characters"));
            return null;
        }
        return value;
    }

    public int? PositiveInt(string key)
    {
        var node = Value(key);
        if (node is null) return null;
        if (node.Kind == YamlNodeKind.Scalar && int.TryParse(node.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) && value >= 1)
        {
            return value;
        }
        _context.Invalid(node, key, "expected a whole number from 1 up");
        return null;
    }

    public TEnum? Enum<TEnum>(string key, bool required = false) where TEnum : struct, System.Enum
    {
        var value = LocatedString(key, required);
        if (value is null) return null;
        if (Vocabulary.TryParse(value.Value.Value, out TEnum parsed)) return parsed;
        var allowed = Vocabulary.Spellings<TEnum>();
        _context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, value.Value.Location, key, FileContext.Shorten(value.Value.Value),
            $"expected one of {string.Join(", ", allowed)}{Suggestions.DidYouMean(value.Value.Value, allowed)}"));
        return null;
    }

    public Located<string>? Country(string key, bool required = false)
    {
        var value = LocatedString(key, required);
        if (value is null) return null;
        return ValueReader.CheckCountry(_context, value.Value) ? value : null;
    }

    public DateValue? Date(string key, bool required = false)
    {
        var node = Value(key, required);
        return node is null ? null : ValueReader.ReadDate(_context, node, key);
    }

    /// <summary>An outlet or headline: a plain value (printed on the page) or a mapping with value, basis and evidence.</summary>
    public SourcedValue? Sourced(string key, bool isId)
    {
        var node = Value(key);
        return node is null ? null : ValueReader.ReadSourced(_context, node, key, isId);
    }

    /// <summary>A role's attestations: article IDs or partial dates; a single one is accepted as a list of one.</summary>
    public EquatableArray<RoleAttestation> Attestations(string key) =>
        ValueReader.ReadList(_context, Value(key), key, ValueReader.ReadAttestation);

    public ActorRef? Actor(string key, bool required = false)
    {
        var node = Value(key, required);
        return node is null ? null : ValueReader.ReadActor(_context, node, key);
    }

    /// <summary>A list of actor references; a single reference is accepted as a list of one.</summary>
    public EquatableArray<ActorRef> Actors(string key) =>
        ValueReader.ReadList(_context, Value(key), key, ValueReader.ReadActor);

    /// <summary>A list of ID references; a single ID is accepted as a list of one.</summary>
    public EquatableArray<Located<string>> References(string key) =>
        ValueReader.ReadList(_context, Value(key), key, ValueReader.ReadReference);

    /// <summary>The items of a list of mappings, each read by <paramref name="read"/>.</summary>
    public EquatableArray<T> Mappings<T>(string key, string itemWhat, IReadOnlyList<string> allowedKeys, Func<MappingReader, T?> read) where T : class, IEquatable<T> =>
        ValueReader.ReadMappings(_context, Value(key), key, itemWhat, allowedKeys, read);

    private static bool ContainsLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else return true;
            }
            else if (char.IsLowSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>Reads the value forms shared by all annotation kinds: dates, actors, references, lists.</summary>
internal static class ValueReader
{
    private static readonly string[] s_dateKeys = { "value", "basis", "evidence" };
    private static readonly string[] s_unnamedKeys = { "unnamed", "country" };

    public static bool CheckCountry(FileContext context, Located<string> value)
    {
        string code = value.Value;
        if (IsoCountries.IsAssigned(code)) return true;
        string upper = code.ToUpperInvariant();
        // "UK" is the likeliest slip: ISO reserves it for the United Kingdom, whose code is GB.
        string hint = upper == "UK" ? "; the United Kingdom's code is 'GB'"
            : IsoCountries.IsAssigned(upper) ? $"; did you mean '{upper}'?" : Suggestions.DidYouMean(code, IsoCountries.Codes);
        context.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, value.Location, "country", FileContext.Shorten(code),
            $"expected an ISO 3166-1 alpha-2 code in upper case (CN, US, GB){hint}"));
        return false;
    }

    public static DateValue? ReadDate(FileContext context, YamlNode node, string key)
    {
        if (node.Kind == YamlNodeKind.Scalar)
        {
            return ParseDate(context, node, key) is { } printed ? new DateValue(printed, DateBasis.Printed, null, context.Locate(node)) : null;
        }
        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Invalid(node, key, "expected a date (2021-05-13) or a mapping with value, basis and evidence");
            return null;
        }
        var reader = new MappingReader(context, node, $"the date '{key}'", s_dateKeys);
        var valueNode = reader.Value("value", required: true);
        var basis = reader.Enum<DateBasis>("basis", required: true);
        var evidence = reader.String("evidence");
        if (basis == DateBasis.Printed)
        {
            context.Invalid(reader.Value("basis")!, "basis", "a printed date is written as a plain value; in the mapping form use 'stated' or 'inferred'");
            return null;
        }
        // An empty 'evidence:' gives none; a value that is there but invalid is reported as such.
        if (basis == DateBasis.Inferred && reader.Value("evidence") is null)
        {
            reader.ReportMissing("evidence", "An inferred date");
        }
        if (valueNode is null || basis is null) return null;
        var parsed = ParseDate(context, valueNode, key);
        return parsed is null ? null : new DateValue(parsed.Value, basis.Value, evidence, context.Locate(valueNode));
    }

    public static SourcedValue? ReadSourced(FileContext context, YamlNode node, string key, bool isId)
    {
        if (node.Kind == YamlNodeKind.Scalar)
        {
            return CheckSourced(context, node, key, isId) is { } printed ? new SourcedValue(printed, DateBasis.Printed, null) : null;
        }
        if (node.Kind != YamlNodeKind.Mapping)
        {
            context.Invalid(node, key, $"expected {(isId ? "an organization ID" : "the text")} or a mapping with value, basis and evidence");
            return null;
        }
        var reader = new MappingReader(context, node, $"the {key}", s_dateKeys);
        var valueNode = reader.Value("value", required: true);
        var basis = reader.Enum<DateBasis>("basis", required: true);
        var evidence = reader.String("evidence");
        if (basis == DateBasis.Printed)
        {
            context.Invalid(reader.Value("basis")!, "basis", $"a printed {key} is written as a plain value; in the mapping form use 'stated' or 'inferred'");
            return null;
        }
        // An empty 'evidence:' gives none; a value that is there but invalid is reported as such.
        if (basis == DateBasis.Inferred && reader.Value("evidence") is null)
        {
            reader.ReportMissing("evidence", $"An inferred {key}");
        }
        if (valueNode is null || basis is null) return null;
        return CheckSourced(context, valueNode, key, isId) is { } value ? new SourcedValue(value, basis.Value, evidence) : null;
    }

    private static Located<string>? CheckSourced(FileContext context, YamlNode node, string key, bool isId)
    {
        if (node.Kind != YamlNodeKind.Scalar || string.IsNullOrWhiteSpace(node.Value))
        {
            context.Invalid(node, key, "expected a non-empty value");
            return null;
        }
        if (isId && !Identifiers.IsValidId(node.Value))
        {
            context.Invalid(node, key, "expected an organization ID in kebab-case");
            return null;
        }
        return new Located<string>(node.Value, context.Locate(node));
    }

    public static RoleAttestation? ReadAttestation(FileContext context, YamlNode node, string key)
    {
        if (node.Kind == YamlNodeKind.Scalar)
        {
            var located = new Located<string>(node.Value, context.Locate(node));
            if (PartialDate.TryParse(node.Value.Trim(), out var date)) return new RoleAttestation(located, date);
            if (Identifiers.IsValidId(node.Value)) return new RoleAttestation(located, null);
        }
        context.Invalid(node, key, "expected the ID of an article that prints the title, or a partial date (2022-10) on which it is attested");
        return null;
    }

    private static PartialDate? ParseDate(FileContext context, YamlNode node, string key)
    {
        if (node.Kind == YamlNodeKind.Scalar && PartialDate.TryParse(node.Value.Trim(), out var date)) return date;
        context.Invalid(node, key, "expected a partial date that exists: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ? (uncertain), ~ (approximate) or % (both)");
        return null;
    }

    public static ActorRef? ReadActor(FileContext context, YamlNode node, string key)
    {
        if (node.Kind == YamlNodeKind.Mapping)
        {
            var reader = new MappingReader(context, node, $"the unnamed actor of '{key}'", s_unnamedKeys);
            var description = reader.String("unnamed", required: true);
            var country = reader.Country("country");
            return description is null ? null : new ActorRef(ActorRefKind.Unnamed, description, country?.Value, context.Locate(node));
        }
        if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
        {
            context.Invalid(node, key, "expected an official or organization ID, a country code, or 'unnamed: description'");
            return null;
        }
        string value = node.Value;
        if (Identifiers.LooksLikeCountryCode(value))
        {
            var located = new Located<string>(value, context.Locate(node));
            return CheckCountry(context, located) ? new ActorRef(ActorRefKind.Country, value, value, located.Location) : null;
        }
        if (!Identifiers.IsValidId(value))
        {
            context.Invalid(node, key, "expected an official or organization ID (kebab-case), a country code in upper case (US), or 'unnamed: description'");
            return null;
        }
        return new ActorRef(ActorRefKind.Id, value, null, context.Locate(node));
    }

    public static Located<string>? ReadReference(FileContext context, YamlNode node, string key)
    {
        if (node.Kind == YamlNodeKind.Scalar && Identifiers.IsValidId(node.Value)) return new Located<string>(node.Value, context.Locate(node));
        context.Invalid(node, key, node.Kind == YamlNodeKind.Scalar ? "expected an ID in kebab-case" : $"expected an ID, found {node.Describe()}");
        return null;
    }

    /// <summary>A list of values, or one value written without '- '; the items <paramref name="read"/> refuses (having reported them) are left out.</summary>
    public static EquatableArray<T> ReadList<T>(FileContext context, YamlNode? node, string key, Func<FileContext, YamlNode, string, T?> read) where T : class, IEquatable<T>
    {
        if (node is null) return EquatableArray<T>.Empty;
        if (node.Kind != YamlNodeKind.Sequence) return read(context, node, key) is { } single ? new EquatableArray<T>(new[] { single }) : EquatableArray<T>.Empty;
        var nodes = node.Items;
        var items = new T[nodes.Count];
        int count = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            if (read(context, nodes[i], key) is { } value) items[count++] = value;
        }
        return Exactly(items, count);
    }

    /// <inheritdoc cref="ReadList{T}"/>
    public static EquatableArray<Located<string>> ReadList(FileContext context, YamlNode? node, string key, Func<FileContext, YamlNode, string, Located<string>?> read)
    {
        if (node is null) return EquatableArray<Located<string>>.Empty;
        if (node.Kind != YamlNodeKind.Sequence) return read(context, node, key) is { } single ? new EquatableArray<Located<string>>(new[] { single }) : EquatableArray<Located<string>>.Empty;
        var nodes = node.Items;
        var items = new Located<string>[nodes.Count];
        int count = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            if (read(context, nodes[i], key) is { } value) items[count++] = value;
        }
        return Exactly(items, count);
    }

    private static EquatableArray<T> Exactly<T>(T[] items, int count) where T : IEquatable<T>
    {
        if (count == 0) return EquatableArray<T>.Empty;
        if (count < items.Length) Array.Resize(ref items, count);
        return new EquatableArray<T>(items);
    }

    public static EquatableArray<T> ReadMappings<T>(FileContext context, YamlNode? node, string key, string itemWhat, IReadOnlyList<string> allowedKeys, Func<MappingReader, T?> read)
        where T : class, IEquatable<T>
    {
        if (node is null) return EquatableArray<T>.Empty;
        if (node.Kind != YamlNodeKind.Sequence)
        {
            context.Invalid(node, key, $"expected a list ('- ' items) of {itemWhat}s, found {node.Describe()}");
            return EquatableArray<T>.Empty;
        }
        var items = new List<T>(node.Items.Count);
        string what = Article(itemWhat) + " " + itemWhat;
        foreach (var item in node.Items)
        {
            if (item.Kind != YamlNodeKind.Mapping)
            {
                context.Invalid(item, key, $"each item is {what} written as 'key: value' lines, found {item.Describe()}");
                continue;
            }
            if (read(new MappingReader(context, item, what, allowedKeys)) is { } value) items.Add(value);
        }
        return items.ToEquatableArray();
    }

    private static string Article(string noun) => "aeiou".IndexOf(noun[0]) >= 0 ? "an" : "a";
}
