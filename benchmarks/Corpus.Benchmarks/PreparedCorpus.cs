using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Corpus.Benchmarks.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Serialization;

namespace Corpus.Benchmarks;

/// <summary>
/// One corpus taken through the whole pipeline once: generated (checked to have no diagnostic at all),
/// compiled, loaded, and exported as the equivalent JSON and YAML documents for the run-time loaders.
/// </summary>
public sealed class PreparedCorpus
{
    private PreparedCorpus(string name, IReadOnlyList<CorpusFile> files) => (Name, Files) = (name, files);

    public string Name { get; }
    public IReadOnlyList<CorpusFile> Files { get; }
    /// <summary>The generated files, by hint name: one per article, the registries and the manifest.</summary>
    public IReadOnlyList<GeneratedSourceResult> Generated { get; private set; } = Array.Empty<GeneratedSourceResult>();
    public byte[] Image { get; private set; } = Array.Empty<byte>();
    public TimeSpan GeneratorTime { get; private set; }
    public TimeSpan CompileTime { get; private set; }

    /// <summary>The compiled registries' data exactly as the generated library reads it on first use.</summary>
    public CorpusDataSource Registries { get; private set; } = () => default;

    /// <summary>The compiled articles' data: how many sources (generated files of articles), and each by its index.</summary>
    public int ArticleSources { get; private set; }

    public CorpusArticleDataSource ArticleData { get; private set; } = _ => default;

    /// <summary>The generated corpus order: for each article by seed path, its source and its place in it.</summary>
    public int[] CorpusOrder { get; private set; } = Array.Empty<int>();

    private delegate ReadOnlySpan<int> OrderSource();

    /// <summary>Loads the compiled corpus afresh, as the generated library does on first use.</summary>
    public CorpusGraph LoadGraph()
    {
        CorpusGraph? graph = null;
        return CorpusGraph.EnsureLoaded(ref graph, Registries, ArticleSources, ArticleData, CorpusOrder);
    }

    public CorpusGraph Graph { get; private set; } = null!;

    public string AssemblyName => "Bench.Corpus" + (Name == Corpora.Real ? "Real" : Name);

    public static PreparedCorpus Generate(string name, bool compile = true) => Generate(name, Corpora.Load(name), compile);

    public static PreparedCorpus Generate(string name, IReadOnlyList<CorpusFile> files, bool compile = true)
    {
        var corpus = new PreparedCorpus(name, files);
        var watch = Stopwatch.StartNew();
        var driver = GeneratorHost.Run(GeneratorHost.CreateDriver(files, trackSteps: false), GeneratorHost.CreateCompilation(corpus.AssemblyName), out _);
        corpus.GeneratorTime = watch.Elapsed;
        corpus.Generated = GeneratorHost.RequireCleanRun(driver, $"corpus '{name}'");
        if (!compile) return corpus;
        watch.Restart();
        corpus.Image = GeneratorHost.Compile(corpus.AssemblyName, corpus.Generated, files).Image;
        corpus.CompileTime = watch.Elapsed;
        var assembly = new AssemblyLoadContext(corpus.AssemblyName).LoadFromStream(new MemoryStream(corpus.Image));
        var data = assembly.GetType(GeneratorHost.Namespace + ".CorpusData", throwOnError: true)!;
        var registries = data.GetMethod("Registries", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("the generated CorpusData has no Registries data method");
        corpus.Registries = (CorpusDataSource)Delegate.CreateDelegate(typeof(CorpusDataSource), registries);
        corpus.ArticleSources = (int)data.GetField("ArticleSources", BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!;
        corpus.ArticleData = (CorpusArticleDataSource)Delegate.CreateDelegate(typeof(CorpusArticleDataSource),
            data.GetMethod("ArticleData", BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException("the generated CorpusData has no ArticleData method"));
        var order = data.GetProperty("CorpusOrder", BindingFlags.NonPublic | BindingFlags.Static)?.GetMethod
            ?? throw new InvalidOperationException("the generated CorpusData has no CorpusOrder");
        corpus.CorpusOrder = ((OrderSource)Delegate.CreateDelegate(typeof(OrderSource), order))().ToArray();
        corpus.Graph = corpus.LoadGraph();
        return corpus;
    }

    /// <summary>The first query on the generated library's graph: accusations by Chinese officials.</summary>
    public static (int Count, string FirstId, string FirstText) FirstQuery(CorpusGraph graph)
    {
        var hits = graph.Statements.Where(s => s.Act == SpeechAct.Accuse && s.Speaker is Official { Country.Code: "CN" }).ToList();
        return hits.Count == 0 ? (0, "", "") : (hits.Count, hits[0].Id, hits[0].Text);
    }

    public CorpusDocument ToDocument() => Export(Graph);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(ToDocument());

    public string ToYaml() => new SerializerBuilder().Build().Serialize(ToDocument());

    /// <summary>The same corpus as plain records: what the generated library holds, written out for the run-time loaders.</summary>
    public static CorpusDocument Export(CorpusGraph graph) => new()
    {
        Topics = graph.Topics.Select(t => new TopicRecord { Id = t.Id, Name = t.Name, Description = t.Description }).ToList(),
        Organizations = graph.Organizations.Select(o => new OrganizationRecord
        {
            Id = o.Id, Name = o.Name, ShortName = o.ShortName, Kind = o.Kind.ToString(), Country = o.Country?.Code, Parent = o.Parent?.Id,
        }).ToList(),
        Officials = graph.Officials.Select(o => new OfficialRecord
        {
            Id = o.Id, Name = o.Name, NativeName = o.NativeName, Country = o.Country?.Code,
            Roles = o.Roles.Select(r => new RoleRecord { Title = r.Title, Organization = r.Organization.Id, From = r.From?.ToString(), To = r.To?.ToString() }).ToList(),
        }).ToList(),
        Events = graph.Events.Select(e => new EventRecord
        {
            Id = e.Id, Name = e.Name, Kind = e.Kind.ToString(), Start = e.Start?.ToString(), End = e.End?.ToString(), Location = e.Location,
            Organizer = e.Organizer is null ? null : Reference(e.Organizer), Actors = e.Actors.Select(Reference).ToList(), Article = e.Article?.Id, Note = e.Note,
        }).ToList(),
        Articles = graph.Articles.Select(a => new ArticleRecord
        {
            Id = a.Id, SourcePath = a.SourcePath, Headline = a.Headline, Outlet = a.Outlet?.Id, Byline = a.Byline, Published = a.Published?.ToString(),
            Url = a.Url, Text = a.Text,
            Boilerplate = a.Boilerplate.Select(p => new PassageRecord { Start = p.Start, Length = p.Length, Kind = p.Kind?.ToString(), Reason = p.Reason }).ToList(),
            Statements = a.Statements.Select(s => new StatementRecord
            {
                Id = s.Id, Speaker = Reference(s.Speaker), Kind = s.Kind.ToString(), Start = s.Start, Length = s.Length, Line = s.Line,
                Date = s.Date?.ToString(), Event = s.Event?.Id, Act = s.Act.ToString(), Targets = s.Targets.Select(Reference).ToList(),
                Addressee = s.Addressee is null ? null : Reference(s.Addressee), Topics = s.Topics.Select(t => t.Id).ToList(),
                ReportedBy = s.ReportedBy is null ? null : Reference(s.ReportedBy),
                RespondsTo = s.RespondsTo.Select(r => r is Statement answered ? "s:" + answered.Id : "e:" + ((Event)r).Id).ToList(),
                Note = s.Note,
            }).ToList(),
        }).ToList(),
    };

    private static string Reference(Actor actor) => actor switch
    {
        Official o => "o:" + o.Id,
        Organization o => "g:" + o.Id,
        Country c => "c:" + c.Code,
        UnnamedActor u => "u:" + u.Description,
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };
}
