using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Corpus.Bundled;
using Xunit;

namespace Corpus.Tests;

/// <summary>The generated classes: one named member per entity, named after its ID, documented with its data.</summary>
public class GeneratedMembersTests
{
    public static TheoryData<Type, Type> GeneratedClasses() => new()
    {
        { typeof(Statements), typeof(Statement) },
        { typeof(Officials), typeof(Official) },
        { typeof(Organizations), typeof(Organization) },
        { typeof(Events), typeof(Event) },
        { typeof(Articles), typeof(Article) },
        { typeof(Topics), typeof(Topic) },
    };

    /// <summary>The C# member name of a kebab-case ID, as the annotation format defines it.</summary>
    private static string PascalCase(string id) =>
        string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));

    private static string IdOf(object entity) => (string)entity.GetType().GetProperty("Id")!.GetValue(entity)!;

    /// <summary>The named members; a statement's is in its article's class inside Statements (Statements.Article.Statement).</summary>
    private static IReadOnlyList<PropertyInfo> NamedMembers(Type generated) =>
        generated.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.Name != "All")
            .Concat(generated.GetNestedTypes(BindingFlags.Public).SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static)))
            .ToList();

    [Fact]
    public void Statements_has_one_class_per_article_holding_that_articles_statements_in_text_order()
    {
        Assert.Equal(new[] { "All" }, typeof(Statements).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name));
        var classes = typeof(Statements).GetNestedTypes(BindingFlags.Public).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(Articles.All.Select(a => PascalCase(a.Id)).OrderBy(n => n, StringComparer.Ordinal), classes.Select(t => t.Name));
        foreach (var article in Articles.All)
        {
            var members = classes.Single(t => t.Name == PascalCase(article.Id)).GetProperties(BindingFlags.Public | BindingFlags.Static);
            Assert.Equal(article.Statements.Select(s => PascalCase(s.Id)), members.Select(m => m.Name));
            Assert.All(members, m => Assert.Same(article, ((Statement)m.GetValue(null)!).Article));
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedClasses))]
    public void Every_named_member_returns_the_entity_of_its_id_and_All_holds_each_once(Type generated, Type entity)
    {
        var all = ((IEnumerable)generated.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<object>().ToList();
        Assert.NotEmpty(all);
        var members = NamedMembers(generated);
        Assert.Equal(all.Count, members.Count);

        foreach (var member in members)
        {
            Assert.Equal(entity, member.PropertyType);
            var value = member.GetValue(null)!;
            Assert.IsType(entity, value);
            Assert.Equal(member.Name, PascalCase(IdOf(value)));
            Assert.Same(value, member.GetValue(null));
            Assert.Single(all, x => ReferenceEquals(x, value));
        }
        Assert.Equal(all.Count, members.Select(m => m.GetValue(null)).Distinct().Count());
    }

    [Fact]
    public void The_example_members_of_the_design_exist()
    {
        Assert.Equal("hua-chunying", Officials.HuaChunying.Id);
        Assert.Equal("Hua Chunying", Officials.HuaChunying.Name);
        Assert.Equal("华春莹", Officials.HuaChunying.NativeName);
        Assert.Equal("cn-mfa", Organizations.CnMfa.Id);
        Assert.Equal("MFA", Organizations.CnMfa.ShortName);
        Assert.Equal("sicw-2022", Events.Sicw2022.Id);
        Assert.Equal("hegemony", Topics.Hegemony.Id);
    }

    // DESIGN.md: "Every named member carries an XML doc comment (the official's role, the
    // statement's text and source line) so IntelliSense shows the data."
    private static readonly Lazy<Dictionary<string, string>> s_summaries = new(() =>
        XDocument.Load(System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus.xml"))
            .Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Normalize(m.Element("summary")!.Value)));

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string Summary(Type generated, string member)
    {
        Assert.True(s_summaries.Value.TryGetValue($"P:{generated.FullName!.Replace('+', '.')}.{member}", out var summary), $"{generated.Name}.{member} has no XML doc summary");
        return summary!;
    }

    [Theory]
    [MemberData(nameof(GeneratedClasses))]
    public void Every_named_member_is_documented(Type generated, Type entity)
    {
        _ = entity;
        Assert.All(NamedMembers(generated), member => Assert.False(string.IsNullOrWhiteSpace(Summary(member.DeclaringType!, member.Name))));
    }

    [Fact]
    public void Statement_docs_show_the_text_and_source_line()
    {
        foreach (var member in NamedMembers(typeof(Statements)))
        {
            var statement = (Statement)member.GetValue(null)!;
            string summary = Summary(member.DeclaringType!, member.Name);
            // The text in “…”, whole, or (long texts) shortened to a prefix that ends in an ellipsis.
            string text = Normalize(statement.Text);
            int open = summary.IndexOf('“');
            int shortened = summary.IndexOf("…”", StringComparison.Ordinal);
            Assert.True(
                summary.Contains($"“{text}”", StringComparison.Ordinal)
                || (open >= 0 && shortened > open + 40 && text.StartsWith(summary.Substring(open + 1, shortened - open - 1), StringComparison.Ordinal)),
                $"{member.Name}: the summary does not show the text: {summary}");
            Assert.Contains($"{statement.Article.SourcePath}, line {statement.Line}", summary);
            Assert.StartsWith(statement.Speaker.Name, summary);
        }
    }

    [Fact]
    public void Official_docs_show_the_roles()
    {
        foreach (var member in NamedMembers(typeof(Officials)))
        {
            var official = (Official)member.GetValue(null)!;
            string summary = Summary(typeof(Officials), member.Name);
            Assert.StartsWith(official.Name, summary);
            Assert.All(official.Roles, role => Assert.Contains($"{role.Title}, {role.Organization.Name}", summary));
        }
    }
}
