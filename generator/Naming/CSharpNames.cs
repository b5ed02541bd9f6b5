using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Naming;

/// <summary>
/// Every C# name the generator writes, decided here and nowhere else: entity member names, the
/// names the generated classes reserve, members that hide object's, article unit names and hint
/// names, and the namespace.
/// </summary>
internal static class CSharpNames
{
    public const string DefaultNamespace = "Corpus";

    /// <summary>The generated classes, by entity kind; statements are nested one class per article inside <c>Statements</c>.</summary>
    public static string ClassOf(EntityKind kind) => kind switch
    {
        EntityKind.Official => "Officials",
        EntityKind.Organization => "Organizations",
        EntityKind.Topic => "Topics",
        EntityKind.Event => "Events",
        EntityKind.Article => "Articles",
        _ => "Statements",
    };

    /// <summary>The internal class holding the data and the loaded graph.</summary>
    public const string DataClass = "CorpusData";

    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "All", "Statements", "Officials", "Organizations", "Events", "Articles", "Topics", "Countries",
    };

    /// <summary>Members every class inherits from object; an entity member named so must say it hides them (CS0108).</summary>
    private static readonly HashSet<string> s_objectMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone",
    };

    /// <summary>The PascalCase member name of an ID: <c>hua-chunying</c> → <c>HuaChunying</c>.</summary>
    public static string Member(string id)
    {
        // Written into a reused buffer: this runs for every ID of every file on every run.
        var name = s_memberBuffer is { } buffer && buffer.Length >= id.Length ? buffer : s_memberBuffer = new char[Math.Max(id.Length, 64)];
        bool upper = true;
        int length = 0;
        foreach (char c in id)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }
            name[length++] = upper && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
            upper = false;
        }
        return new string(name, 0, length);
    }

    [ThreadStatic]
    private static char[]? s_memberBuffer;

    /// <summary>Whether a member name is taken by the generated classes themselves (<c>All</c>, the class names).</summary>
    public static bool IsReserved(string member) => s_reserved.Contains(member);

    /// <summary>"public static" or, for a name object already has, "public static new".</summary>
    public static string Modifiers(string member) => s_objectMembers.Contains(member) ? "public static new" : "public static";

    /// <summary>The data method, in <see cref="DataClass"/>, of the generated file that starts with this article; prefixed, so it never meets the class's own members.</summary>
    public static string ArticleData(string articleId) => "Data_" + Member(articleId);

    /// <summary>The class, nested in <see cref="DataClass"/>, of an article's cached accessor (its <c>Value</c>).</summary>
    public static string ArticleAccessor(string articleId) => "Article_" + Member(articleId);

    public const string RegistriesHintName = "Corpus.Registries.g.cs";
    public const string ManifestHintName = "Corpus.Manifest.g.cs";

    /// <summary>
    /// An article's generated file. Only the article that holds its ID is emitted (a duplicate is
    /// reported instead), and IDs are kebab-case, so the name is unique and valid.
    /// </summary>
    public static string ArticleHintName(string articleId) => "Corpus.Articles." + articleId + ".g.cs";

    /// <summary>A generated file holding a chunk of a large corpus's articles (see <c>ArticleChunks</c>): its number, three digits.</summary>
    public static string ArticleChunkHintName(int chunk) => "Corpus.Articles.Chunk" + chunk.ToString("000", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    public static bool IsValidNamespace(string value) =>
        value.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);

    /// <summary>The nearest valid namespace: invalid characters become '_', a part that starts with a digit or is a keyword gets a '_' prefix.</summary>
    public static string ToNamespace(string value)
    {
        var parts = value.Split('.')
            .Select(part => new string(part.Select((c, i) => i == 0 ? (SyntaxFacts.IsIdentifierStartCharacter(c) ? c : SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_') : SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_').ToArray()))
            .Where(part => part.Length > 0)
            .Select(part => SyntaxFacts.IsIdentifierStartCharacter(part[0]) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None ? part : "_" + part)
            .ToList();
        return parts.Count == 0 ? DefaultNamespace : string.Join(".", parts);
    }

    /// <summary>The namespace to emit into for a CorpusNamespace property value, and the diagnostic when it had to be changed.</summary>
    public static (string Namespace, DiagnosticInfo? Diagnostic) Namespace(string property)
    {
        string value = property.Trim();
        if (value.Length == 0) return (DefaultNamespace, null);
        if (IsValidNamespace(value)) return (value, null);
        // A project named like "my-app" gives an invalid RootNamespace: use its nearest valid form,
        // as the C# project templates do, and say so.
        string usable = ToNamespace(value);
        return (usable, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, default, value, usable));
    }
}
