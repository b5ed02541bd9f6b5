using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace Corpus.Tests;

/// <summary><c>docs/api.md</c> is the library's XML documentation, rendered; it must not fall behind the code.</summary>
public sealed class ApiReferenceTests
{
    private const string UpdateVariable = "CORPUS_UPDATE_API_REFERENCE";

    private static XDocument Documentation()
    {
        string xml = Path.ChangeExtension(typeof(Statement).Assembly.Location, ".xml");
        Assert.True(File.Exists(xml), xml + " is missing: the runtime project generates its documentation file");
        return XDocument.Load(xml);
    }

    [Fact]
    public void The_API_reference_is_the_current_XML_documentation()
    {
        string expected = ApiReference.Render(typeof(Statement).Assembly, Documentation());
        string path = Path.Combine(Repository.Root, ApiReference.RelativePath);
        string actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
        if (actual == expected) return;
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        Assert.Fail($"{ApiReference.RelativePath} is out of date with the library's XML documentation. Regenerate it with\n"
            + $"    {UpdateVariable}=1 dotnet test tests/Corpus.Tests --filter ApiReferenceTests\nand review the change.");
    }

    [Fact]
    public void Every_public_type_and_the_members_users_look_for_are_in_the_reference()
    {
        string page = ApiReference.Render(typeof(Statement).Assembly, Documentation());
        foreach (var type in typeof(Statement).Assembly.GetExportedTypes().Where(t => t.Namespace == "Corpus" && !t.IsNested))
        {
            Assert.Contains("\n## " + type.Name + "\n", page, StringComparison.Ordinal);
        }
        Assert.Contains("IReadOnlyList<Statement> Responses { get; }", page, StringComparison.Ordinal);
        Assert.Contains("Role? RoleAt(PartialDate date)", page, StringComparison.Ordinal);
        Assert.Contains("IReadOnlyList<Role> Roles { get; }", page, StringComparison.Ordinal);
        Assert.Contains("\n## DateBasis\n", page, StringComparison.Ordinal);
        // Generated data is not listed member by member.
        Assert.DoesNotContain("HuaChunying", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Documentation_IDs_match_the_compilers()
    {
        var docs = Documentation().Descendants("member").Select(m => (string?)m.Attribute("name")).ToHashSet();
        var roleAt = typeof(Official).GetMethod(nameof(Official.RoleAt))!;
        Assert.Contains(ApiReference.DocumentationId(roleAt), docs);
        Assert.Equal("M:Corpus.Official.RoleAt(Corpus.PartialDate)", ApiReference.DocumentationId(roleAt));
        Assert.Equal("P:Corpus.Statement.Responses", ApiReference.DocumentationId(typeof(Statement).GetProperty(nameof(Statement.Responses))!));
    }
}
