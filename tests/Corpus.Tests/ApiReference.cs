using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Corpus.Tests;

/// <summary>
/// Renders <c>docs/api.md</c>: the public types of the library (namespace <c>Corpus</c>) and their
/// members, each with its XML documentation, in ordinal order so the page is stable.
/// The bundled corpus (<c>Corpus.Bundled</c>) is data, described once rather than member by member.
/// </summary>
internal static class ApiReference
{
    public const string RelativePath = "docs/api.md";

    public static string Render(Assembly library, XDocument documentation)
    {
        var docs = documentation.Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => m);
        var types = library.GetExportedTypes()
            .Where(t => t.Namespace == "Corpus" && !t.IsNested)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        var page = new StringBuilder();
        page.Append("# API reference\n\n");
        page.Append("<!-- Generated from the library's XML documentation by tests/Corpus.Tests/ApiReference.cs; do not edit.\n");
        page.Append("     Regenerate: CORPUS_UPDATE_API_REFERENCE=1 dotnet test tests/Corpus.Tests --filter ApiReferenceTests -->\n\n");
        page.Append("The types of the library, in namespace `Corpus`. The corpus itself is generated into\n");
        page.Append("static classes — `Statements`, `Officials`, `Organizations`, `Events`, `Articles`,\n");
        page.Append("`Topics`, `Countries` — each with `All` and one documented member per entity: in\n");
        page.Append("namespace `Corpus.Bundled` for the bundled corpus, in your project's `CorpusNamespace`\n");
        page.Append("for your own. IntelliSense shows each entity's data.\n\n");
        foreach (var type in types) page.Append("- [").Append(type.Name).Append("](#").Append(Anchor(type.Name)).Append(")\n");

        foreach (var type in types)
        {
            page.Append("\n## ").Append(type.Name).Append("\n\n");
            page.Append("`").Append(Declaration(type)).Append("`\n\n");
            if (docs.TryGetValue("T:" + type.FullName, out var typeDoc))
            {
                AppendDoc(page, typeDoc, "");
                page.Append('\n');
            }

            var members = Members(type)
                .Select(m => (Member: m, Id: DocumentationId(m)))
                .Where(m => docs.ContainsKey(m.Id))
                .OrderBy(m => Order(m.Member))
                .ThenBy(m => m.Member.Name, StringComparer.Ordinal)
                .ThenBy(m => m.Id, StringComparer.Ordinal)
                .ToList();
            foreach (var (member, id) in members)
            {
                page.Append("- `").Append(Signature(member)).Append("`");
                var text = new StringBuilder();
                AppendDoc(text, docs[id], "  ");
                string body = text.ToString().Trim();
                page.Append(body.Length > 0 ? " — " + body : "").Append('\n');
            }
        }
        return page.ToString();
    }

    private static IEnumerable<MemberInfo> Members(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m is FieldInfo { IsSpecialName: false } or PropertyInfo or ConstructorInfo
                || m is MethodInfo method && (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal)));

    private static int Order(MemberInfo member) => member switch
    {
        FieldInfo => 0,
        ConstructorInfo => 1,
        PropertyInfo => 2,
        _ => 3,
    };

    private static void AppendDoc(StringBuilder page, XElement member, string indent)
    {
        var parts = new List<string>();
        if (member.Element("summary") is { } summary) parts.Add(Text(summary));
        foreach (var param in member.Elements("param")) parts.Add($"`{(string?)param.Attribute("name")}`: {Text(param)}");
        if (member.Element("returns") is { } returns) parts.Add("Returns " + Lower(Text(returns)));
        if (member.Element("remarks") is { } remarks) parts.Add(Text(remarks));
        string text = string.Join(" ", parts.Where(p => p.Length > 0));
        if (text.Length == 0) return;
        page.Append(indent).Append(text).Append(indent.Length == 0 ? "\n" : "");
    }

    private static string Lower(string text) => text.Length > 0 && char.IsUpper(text[0]) && (text.Length == 1 || !char.IsUpper(text[1]))
        ? char.ToLowerInvariant(text[0]) + text.Substring(1)
        : text;

    /// <summary>The documentation text as Markdown on one line: cross-references and code become code spans.</summary>
    private static string Text(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see:
                    string reference = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href") ?? "";
                    text.Append('`').Append(see.Value.Length > 0 ? see.Value : ShortName(reference)).Append('`');
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } named:
                    text.Append('`').Append((string?)named.Attribute("name")).Append('`');
                    break;
                case XElement { Name.LocalName: "c" or "code" } code:
                    text.Append('`').Append(code.Value).Append('`');
                    break;
                case XElement nested:
                    text.Append(' ').Append(Text(nested)).Append(' ');
                    break;
            }
        }
        return Regex.Replace(text.ToString(), @"\s+", " ").Trim();
    }

    /// <summary><c>M:Corpus.Official.RoleAt(Corpus.PartialDate)</c> → <c>Official.RoleAt</c>.</summary>
    private static string ShortName(string cref)
    {
        string name = cref.Length > 2 && cref[1] == ':' ? cref.Substring(2) : cref;
        int parenthesis = name.IndexOf('(');
        if (parenthesis >= 0) name = name.Substring(0, parenthesis);
        if (name.StartsWith("Corpus.", StringComparison.Ordinal)) name = name.Substring("Corpus.".Length);
        else if (name.StartsWith("System.", StringComparison.Ordinal)) name = name.Substring(name.LastIndexOf('.') + 1);
        return name.Replace('{', '<').Replace('}', '>');
    }

    private static string Anchor(string heading) => heading.ToLowerInvariant();

    private static string Declaration(Type type)
    {
        if (type.IsEnum) return "public enum " + type.Name;
        if (type.IsInterface) return "public interface " + TypeName(type);
        string kind = type.IsValueType ? "readonly struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        if (type.IsValueType && !type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute))) kind = "struct";
        var bases = new List<string>();
        if (!type.IsValueType && type.BaseType is { } baseType && baseType != typeof(object)) bases.Add(TypeName(baseType));
        bases.AddRange(type.GetInterfaces()
            .Where(i => i.IsPublic && i.Namespace == "Corpus" || i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>) || i == typeof(IFormattable))
            .Select(i => TypeName(i)).OrderBy(n => n, StringComparer.Ordinal));
        return $"public {kind} {TypeName(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static string Signature(MemberInfo member)
    {
        var nullability = new NullabilityInfoContext();
        switch (member)
        {
            case FieldInfo field when field.DeclaringType!.IsEnum:
                return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}";
            case FieldInfo field:
                return $"{(field.IsStatic ? "static " : "")}{TypeName(field.FieldType, nullability.Create(field))} {field.Name}";
            case PropertyInfo property:
                return $"{(property.GetMethod?.IsStatic == true ? "static " : "")}{TypeName(property.PropertyType, nullability.Create(property))} {property.Name} {{ get; }}";
            case ConstructorInfo constructor:
                return $"{member.DeclaringType!.Name}({Parameters(constructor, nullability)})";
            case MethodInfo method:
                string name = method.Name.StartsWith("op_", StringComparison.Ordinal) ? "operator " + Operator(method.Name) : method.Name;
                string generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
                return $"{(method.IsStatic ? "static " : "")}{TypeName(method.ReturnType, nullability.Create(method.ReturnParameter))} {name}{generic}({Parameters(method, nullability)})";
            default:
                return member.Name;
        }
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : method.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute)) && p.Position == 0 ? "this " : "")
            + TypeName(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType, nullability.Create(p)) + " " + p.Name));

    private static string Operator(string name) => name switch
    {
        "op_Equality" => "==",
        "op_Inequality" => "!=",
        "op_LessThan" => "<",
        "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=",
        "op_GreaterThanOrEqual" => ">=",
        "op_Implicit" => "implicit",
        "op_Explicit" => "explicit",
        _ => name,
    };

    private static string TypeName(Type type, NullabilityInfo? nullability = null)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return TypeName(underlying) + "?";
        string name = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) => "int",
            _ when type == typeof(long) => "long",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(object) => "object",
            _ when type == typeof(void) => "void",
            _ when type == typeof(char) => "char",
            { IsArray: true } => TypeName(type.GetElementType()!, nullability?.ElementType) + "[]",
            { IsGenericType: true } => type.Name.Substring(0, type.Name.IndexOf('`')) + "<"
                + string.Join(", ", type.GetGenericArguments().Select((a, i) => TypeName(a, nullability is { GenericTypeArguments.Length: > 0 } n && i < n.GenericTypeArguments.Length ? n.GenericTypeArguments[i] : null))) + ">",
            _ => type.Name,
        };
        return !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    /// <summary>The ID the C# compiler gives the member in the XML documentation file.</summary>
    internal static string DocumentationId(MemberInfo member)
    {
        string owner = member.DeclaringType!.FullName!.Replace('+', '.');
        switch (member)
        {
            case FieldInfo:
                return $"F:{owner}.{member.Name}";
            case PropertyInfo property:
                var indexParameters = property.GetIndexParameters();
                return $"P:{owner}.{member.Name}" + (indexParameters.Length > 0 ? "(" + string.Join(",", indexParameters.Select(p => DocumentationTypeName(p.ParameterType))) + ")" : "");
            case MethodBase method:
                string name = method is ConstructorInfo ? "#ctor" : method.Name;
                if (method.IsGenericMethodDefinition) name += "``" + method.GetGenericArguments().Length.ToString(CultureInfo.InvariantCulture);
                var parameters = method.GetParameters();
                string id = $"M:{owner}.{name}" + (parameters.Length > 0 ? "(" + string.Join(",", parameters.Select(p => DocumentationTypeName(p.ParameterType))) + ")" : "");
                if (method is MethodInfo { Name: "op_Implicit" or "op_Explicit" } conversion) id += "~" + DocumentationTypeName(conversion.ReturnType);
                return id;
            default:
                return member.Name;
        }
    }

    private static string DocumentationTypeName(Type type)
    {
        if (type.IsByRef) return DocumentationTypeName(type.GetElementType()!) + "@";
        if (type.IsArray) return DocumentationTypeName(type.GetElementType()!) + "[]";
        if (type.IsGenericMethodParameter) return "``" + type.GenericParameterPosition.ToString(CultureInfo.InvariantCulture);
        if (type.IsGenericParameter) return "`" + type.GenericParameterPosition.ToString(CultureInfo.InvariantCulture);
        if (type.IsGenericType)
        {
            string definition = type.GetGenericTypeDefinition().FullName!;
            return definition.Substring(0, definition.IndexOf('`')).Replace('+', '.') + "{" + string.Join(",", type.GetGenericArguments().Select(DocumentationTypeName)) + "}";
        }
        return type.FullName!.Replace('+', '.');
    }
}
