using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Corpus.Package.Tests.Infrastructure;
using Corpus.Testing;
using Xunit;

namespace Corpus.Package.Tests;

/// <summary>What `dotnet pack runtime` puts in the package.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests
{
    private static readonly Guid s_embeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    private readonly PackageFeed _feed;

    public PackageContentsTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public void The_package_holds_the_library_the_generator_and_the_build_files()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var files = package.Entries
            .Select(e => e.FullName)
            .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .OrderBy(n => n, StringComparer.Ordinal);

        // The bundled corpus's sources, for CorpusIncludeBundled: every annotation and seed of the repository.
        var corpus = RepositoryFiles("annotations", "*.yaml").Concat(RepositoryFiles("seeds", "*.txt")).Append("docs/annotation.schema.json").Select(f => "corpus/" + f);
        Assert.Equal(new[]
        {
            "Corpus.nuspec",
            "README.md",
            "analyzers/dotnet/cs/Corpus.Generator.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            // build/, not buildTransitive/: only direct references compile their annotations.
            "build/Corpus.props",
            "build/Corpus.targets",
            "docs/annotation-format.md",
            "docs/annotation.schema.json",
            "docs/api.md",
            "docs/diagnostics.md",
            "lib/net8.0/Corpus.dll",
            "lib/net8.0/Corpus.xml",
        }.Concat(corpus).OrderBy(n => n, StringComparer.Ordinal), files);
    }

    [Theory]
    [InlineData("build/Corpus.props", "build/Corpus.props")]
    [InlineData("build/Corpus.targets", "build/Corpus.targets")]
    [InlineData("README.md", "README.md")]
    [InlineData("docs/diagnostics.md", "docs/diagnostics.md")]
    [InlineData("docs/annotation.schema.json", "docs/annotation.schema.json")]
    [InlineData("docs/api.md", "docs/api.md")]
    [InlineData("corpus/docs/annotation.schema.json", "docs/annotation.schema.json")]
    public void Package_files_are_the_repository_files(string entry, string repositoryFile)
    {
        Assert.Equal(File.ReadAllText(Path.Combine(_feed.RepositoryRoot, repositoryFile)), ReadText(entry));
    }

    [Fact]
    public void Every_bundled_annotation_s_schema_line_names_a_file_in_the_package()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var annotations = entries.Where(n => n.StartsWith("corpus/annotations/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(annotations);
        foreach (var annotation in annotations)
        {
            string schema = SchemaLine.Target(ReadText(annotation)) ?? throw new Xunit.Sdk.XunitException($"{annotation} has no schema line");
            Assert.Contains(SchemaLine.Resolve(annotation, schema), entries);
        }
    }

    [Fact]
    public void The_bundled_seeds_are_byte_for_byte_the_repositorys()
    {
        foreach (var seed in RepositoryFiles("seeds", "*.txt"))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_feed.RepositoryRoot, seed)), ReadBytes("corpus/" + seed));
        }
    }

    /// <summary>Repository files below <paramref name="folder"/>, '/'-separated, relative to the repository.</summary>
    private IEnumerable<string> RepositoryFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(_feed.RepositoryRoot, folder), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_feed.RepositoryRoot, f).Replace('\\', '/'));

    [Fact]
    public void The_nuspec_carries_the_version_license_readme_and_repository()
    {
        var metadata = XDocument.Parse(ReadText("Corpus.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("Corpus", Element("id").Value);
        Assert.StartsWith(_feed.VersionPrefix + "-", Element("version").Value);
        Assert.Equal(_feed.Version, Element("version").Value);
        Assert.Equal("expression", Element("license").Attribute("type")?.Value);
        Assert.Equal("MIT", Element("license").Value);
        Assert.Equal("README.md", Element("readme").Value);
        Assert.Equal("git", Element("repository").Attribute("type")?.Value);
        Assert.True(Element("description").Value.Length > 80, "the description says what the package is");
        Assert.Contains("cyberspace", Element("tags").Value.Split(' '));
        // The generator's YamlDotNet ships inside the package: consumers get no package dependencies.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void The_library_embeds_its_symbols_and_every_source_including_the_generated_corpus()
    {
        using var pe = new PEReader(new MemoryStream(ReadBytes("lib/net8.0/Corpus.dll")));
        var debugEntries = pe.ReadDebugDirectory();
        Assert.Contains(debugEntries, e => e.Type == DebugDirectoryEntryType.Reproducible);
        var pdbEntry = Assert.Single(debugEntries, e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);

        using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(pdbEntry);
        var reader = pdb.GetMetadataReader();
        var documents = reader.Documents.Select(handle => (
            Name: reader.GetString(reader.GetDocument(handle).Name),
            Embedded: reader.GetCustomDebugInformation(handle).Any(c => reader.GetGuid(reader.GetCustomDebugInformation(c).Kind) == s_embeddedSource))).ToList();

        Assert.Contains(documents, d => d.Name.EndsWith("Entities.cs", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Name.EndsWith("Corpus.Manifest.g.cs", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Name.EndsWith("Corpus.Articles.hua-chunying-uk-cyber-smear.g.cs", StringComparison.Ordinal));
        Assert.All(documents, d => Assert.True(d.Embedded, d.Name + " is not embedded"));
    }

    [Fact]
    public void The_library_documents_the_bundled_corpus()
    {
        var docs = XDocument.Parse(ReadText("lib/net8.0/Corpus.xml"));
        var members = docs.Descendants("member").Select(m => (string?)m.Attribute("name")).ToHashSet();

        Assert.Contains("P:Corpus.Bundled.Officials.HuaChunying", members);
        Assert.Contains("P:Corpus.Bundled.Statements.All", members);
        Assert.Contains("T:Corpus.Statement", members);
    }

    [Fact]
    public void The_generator_is_built_against_the_Roslyn_of_the_NET_8_SDK()
    {
        using var pe = new PEReader(new MemoryStream(ReadBytes("analyzers/dotnet/cs/Corpus.Generator.dll")));
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
            .ToDictionary(r => reader.GetString(r.Name), r => r.Version);

        Assert.Equal(new Version(4, 8, 0, 0), references["Microsoft.CodeAnalysis"]);
        Assert.Equal(new Version(4, 8, 0, 0), references["Microsoft.CodeAnalysis.CSharp"]);
        Assert.True(references.ContainsKey("YamlDotNet"));
    }

    private byte[] ReadBytes(string entry)
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        using var stream = (package.GetEntry(entry) ?? throw new KeyNotFoundException(entry + " is not in the package")).Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private string ReadText(string entry)
    {
        using var reader = new StreamReader(new MemoryStream(ReadBytes(entry)));
        return reader.ReadToEnd();
    }
}
