using System.Linq;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emission;

/// <summary>
/// Emits the registries' generated file: <c>Officials</c>, <c>Organizations</c>, <c>Topics</c>,
/// <c>Countries</c> and the registry events, and the registries' data.
/// </summary>
internal static class RegistryEmitter
{
    public static string Emit(RegistryData registries, EquatableArray<CountryData> countries, string @namespace, string generatorVersion)
    {
        var w = GeneratedCode.Open(@namespace, 16 * 1024);
        string attribute = GeneratedCode.Attribute(generatorVersion);
        string graph = GeneratedCode.Data(@namespace) + ".Graph";

        EntityClass(w, @namespace, attribute, "Officials", "Official", "officials", registries.Officials.Count,
            registries.Officials.Select((o, i) => new GeneratedCode.Member(CSharpNames.Member(o.Id), GeneratedCode.OfficialDoc(o), $"{graph}.Officials[{GeneratedCode.Int(i)}]")));
        EntityClass(w, @namespace, attribute, "Organizations", "Organization", "organizations", registries.Organizations.Count,
            registries.Organizations.Select((o, i) => new GeneratedCode.Member(CSharpNames.Member(o.Id), GeneratedCode.OrganizationDoc(o), $"{graph}.Organizations[{GeneratedCode.Int(i)}]")));
        EntityClass(w, @namespace, attribute, "Topics", "Topic", "topics", registries.Topics.Count,
            registries.Topics.Select((t, i) => new GeneratedCode.Member(CSharpNames.Member(t.Id), GeneratedCode.TopicDoc(t), $"{graph}.Topics[{GeneratedCode.Int(i)}]")));
        EntityClass(w, @namespace, attribute, "Countries", "Country", "countries", countries.Count,
            countries.Select((c, i) => new GeneratedCode.Member(c.Code, $"{GeneratedCode.Xml(c.Name)} ({c.Code}).", $"{graph}.Countries[{GeneratedCode.Int(i)}]")));
        // Registry events come first in the graph's Events; each article's follow, named in the article's file.
        GeneratedCode.Class(w, "public static partial", "Events", "Event", summary: null, attribute: null, all: null,
            registries.Events.Select((e, i) => new GeneratedCode.Member(CSharpNames.Member(e.Id), GeneratedCode.EventDoc(e), $"{graph}.Events[{GeneratedCode.Int(i)}]")));
        w.Line();

        w.OpenBlock($"internal static partial class {CSharpNames.DataClass}");
        GeneratedCode.DataMethod(w, "private", "Registries", b => CorpusDataWriter.WriteRegistries(b, registries, countries));
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    private static void EntityClass(SourceWriter w, string @namespace, string attribute, string className, string typeName, string plural, int count, System.Collections.Generic.IEnumerable<GeneratedCode.Member> members)
    {
        GeneratedCode.Class(w, "public static partial", className, typeName, $"The {plural} of the corpus: <see cref=\"All\"/> and one member each.", attribute,
            GeneratedCode.All(typeName, $"All {plural} of the corpus ({GeneratedCode.Int(count)}), in corpus order.", $"{GeneratedCode.Data(@namespace)}.Graph.{className}"),
            members);
        w.Line();
    }
}
