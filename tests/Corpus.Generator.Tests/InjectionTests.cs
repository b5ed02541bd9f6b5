using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// No code injection: strings that mean something to C#, XML doc comments, the data literal or
/// the data format go into every free-text field, the seed and the statement texts. The generated
/// code compiles without warnings, its doc comments are well-formed XML, and every string reads
/// back at run time exactly as written.
/// </summary>
public class InjectionTests
{
    public static readonly IReadOnlyDictionary<string, string> Hostile = new Dictionary<string, string>
    {
        ["quotes and braces"] = "say \"hi\" {0} {{x}} }{ $\"{y}\" @\"z\" '\\''",
        ["backslashes"] = "C:\\path\\n \\t \\u0022 \\\\ \\",
        ["line breaks"] = "one\ntwo\r\nthree\rfour",
        ["unicode line breaks"] = "next\u0085line \u2028separator \u2029paragraph",
        ["controls"] = "nul \0 bell \u0007 escape \u001B delete \u007F c1 \u0090 tab\tend",
        ["bidirectional controls"] = "abc \u202Eevil\u202C \u2066isolate\u2069 \u200F\u200E\u061C mark",
        ["comment ends"] = "*/ /* // /// end",
        ["XML markup"] = "</summary> <para> &amp; & < > <![CDATA[ x ]]> ]]> <!-- --> <see cref=\"X\"/> &#0; &lt;",
        ["preprocessor"] = "\n#if false\n#error injected\n#endif\n#region x",
        ["raw string quotes"] = "\"\"\" \"\"\"\" \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\" \"\"\"u8; }",
        ["emoji"] = "smile 😀 family 👩‍👩‍👧 clef 𝄞 flag 🇨🇳",
        ["BOM and invisible"] = "\uFEFFbom \u200Bzero-width \u00ADsoft \uFFFDreplacement \uFFFF",
        ["data format"] = "field\tfield\ntopic\tx\tInjected\ncorpus-data\t2\n",
        ["100k-character line"] = new string('x', 50_000) + "\"<>&" + new string('y', 50_000),
    };

    public static IEnumerable<object[]> HostileNames() => Hostile.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void Hostile_strings_compile_stay_well_formed_and_round_trip(string name)
    {
        var corpus = new InjectedCorpus(Hostile[name]);
        var run = GeneratorHarness.Run(corpus.Inputs());

        Assert.Empty(RunChecks.GeneratorProblems(run));
        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        AssertCompilesCleanly(run);
        AssertDocCommentsWellFormed(run, corpus);
        corpus.AssertRoundTrips(run.Load());
    }

    [Fact]
    public void All_hostile_strings_at_once()
    {
        var corpus = new InjectedCorpus(string.Concat(Hostile.Where(h => h.Key != "100k-character line").Select(h => h.Value)));
        var run = GeneratorHarness.Run(corpus.Inputs());

        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        AssertCompilesCleanly(run);
        AssertDocCommentsWellFormed(run, corpus);
        corpus.AssertRoundTrips(run.Load());
    }

    /// <summary>IDs are kebab-case, but some of their member names mean something in the generated classes.</summary>
    [Theory]
    [InlineData("corpus-data")]
    [InlineData("graph")]
    [InlineData("utf8")]
    [InlineData("global")]
    [InlineData("system")]
    [InlineData("corpus")]
    [InlineData("statement")]
    [InlineData("x")]
    [InlineData("a1-2-3")]
    [InlineData("a-very-long-id-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789-abc")]
    public void Ids_with_meaningful_member_names_compile_and_resolve(string id)
    {
        var corpus = new InjectedCorpus("plain", topicId: id, statementId: id, officialId: id);
        var run = GeneratorHarness.Run(corpus.Inputs());

        Assert.Empty(RunChecks.GeneratorProblems(run));
        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        AssertCompilesCleanly(run);
        var assembly = run.Load();
        string member = string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
        Assert.Equal(id, ((Topic)GeneratorRun.Static(assembly, "Corpus.Topics", member)!).Id);
        Assert.Equal(id, ((Statement)GeneratorRun.Static(assembly, "Corpus.Statements+InjectedArticle", member)!).Id);
        Assert.Equal(id, ((Official)GeneratorRun.Static(assembly, "Corpus.Officials", member)!).Id);
    }

    /// <summary>Member names an entity class inherits from object: hiding them would warn (an error under TreatWarningsAsErrors).</summary>
    [Theory]
    [InlineData("equals")]
    [InlineData("get-hash-code")]
    [InlineData("get-type")]
    [InlineData("to-string")]
    [InlineData("reference-equals")]
    [InlineData("memberwise-clone")]
    [InlineData("finalize")]
    public void Ids_named_like_object_members_compile_without_warnings_or_are_refused(string id)
    {
        var corpus = new InjectedCorpus("plain", topicId: id);
        var run = GeneratorHarness.Run(corpus.Inputs());

        Assert.Empty(RunChecks.GeneratorProblems(run));
        AssertCompilesCleanly(run);
        if (run.Diagnostics.IsEmpty)
        {
            string member = string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
            Assert.Equal(id, ((Topic)GeneratorRun.Static(run.Load(), "Corpus.Topics", member)!).Id);
        }
        else
        {
            var d = Assert.Single(run.Diagnostics);
            Assert.Equal("CORP013", d.Id);
            Assert.Null(RunChecks.LocationProblem(d.Location, RunChecks.Texts(corpus.Inputs())));
        }
    }

    /// <summary>The namespace is an MSBuild property: what is not a namespace is reported (it has no file) and turned into one.</summary>
    [Theory]
    [InlineData("Evil { } class X")]
    [InlineData("Evil;\nclass X {}")]
    [InlineData("Evil/*x*/ { public class X {} } namespace Y")]
    [InlineData("My Corpus")]
    [InlineData("class")]
    [InlineData("A..B")]
    [InlineData("1st")]
    [InlineData("\"\"\" #if")]
    public void A_namespace_that_is_not_one_cannot_inject_code(string @namespace)
    {
        var run = GeneratorHarness.Run(Fixture.Inputs(), @namespace);

        Assert.Empty(RunChecks.GeneratorProblems(run));
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("CORP021", d.Id);
        Assert.Equal(Location.None, d.Location);
        Assert.Contains("CorpusNamespace", d.GetMessage());
        AssertCompilesCleanly(run);
        var types = run.Load().GetTypes().Where(t => !t.IsNested && !t.Name.StartsWith("<", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "Articles", "CorpusData", "Countries", "Events", "Officials", "Organizations", "Statements", "Topics" }, types.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Single(types.Select(t => t.Namespace).Distinct());
    }

    [Theory]
    [InlineData("Ünïcödé.Corpus")]
    [InlineData("System")]
    [InlineData("global")]
    [InlineData("My.CorpusData")]
    public void A_valid_namespace_is_used(string @namespace)
    {
        var run = GeneratorHarness.Run(Fixture.Inputs(), @namespace);

        Assert.Empty(RunChecks.GeneratorProblems(run));
        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics));
        AssertCompilesCleanly(run);
        var statements = (IList)GeneratorRun.Static(run.Load(), @namespace + ".Statements", "All")!;
        Assert.Equal(4, statements.Count);
    }

    private static void AssertCompilesCleanly(GeneratorRun run)
    {
        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "the generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
    }

    /// <summary>The compiler's own XML check (CS1570 and kin) and System.Xml on each /// block.</summary>
    private static void AssertDocCommentsWellFormed(GeneratorRun run, InjectedCorpus corpus)
    {
        var documented = run.OutputCompilation;
        foreach (var tree in run.Result.GeneratedTrees)
        {
            var options = ((CSharpParseOptions)tree.Options).WithDocumentationMode(DocumentationMode.Diagnose);
            documented = documented.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(tree.GetText(), options, tree.FilePath));
        }
        var xmlWarnings = documented.GetDiagnostics().Where(d => d.Id.StartsWith("CS15", StringComparison.Ordinal) || d.Id.StartsWith("CS17", StringComparison.Ordinal)).ToList();
        Assert.True(xmlWarnings.Count == 0, string.Join("\n", xmlWarnings.Take(10)));

        var blocks = DocBlocks(run.GeneratedSource!).ToList();
        Assert.NotEmpty(blocks);
        foreach (var (line, xml) in blocks)
        {
            try
            {
                XDocument.Parse("<doc>" + xml + "</doc>", LoadOptions.None);
            }
            catch (XmlException e)
            {
                Assert.Fail($"the doc comment at generated line {line} is not well-formed XML ({e.Message}):\n{(xml.Length > 500 ? xml.Substring(0, 500) + "…" : xml)}");
            }
        }
        // Each documented field's closing label made it into the same summary as its opening one:
        // nothing in between ended the comment or the element.
        foreach (var label in InjectedCorpus.DocumentedLabels)
        {
            // Statement excerpts are shortened in docs, so a long statement's closing label is cut.
            if (label == "StatementText" && corpus.Value(label).Length > 300) continue;
            Assert.Contains(blocks, b => Summary(b.Xml) is { } text && text.IndexOf(label + " ", StringComparison.Ordinal) >= 0 &&
                                         text.IndexOf(" " + label, text.IndexOf(label + " ", StringComparison.Ordinal) + label.Length, StringComparison.Ordinal) >= 0);
        }
    }

    private static string? Summary(string xml) => XDocument.Parse("<doc>" + xml + "</doc>").Root!.Element("summary")?.Value;

    /// <summary>Each run of /// lines, with the line it starts on, joined without the slashes.</summary>
    private static IEnumerable<(int Line, string Xml)> DocBlocks(string source)
    {
        var lines = source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal)) continue;
            int start = i;
            var block = new List<string>();
            while (i < lines.Length && lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                block.Add(lines[i].TrimStart().Substring(3));
                i++;
            }
            yield return (start + 1, string.Join("\n", block));
        }
    }

    /// <summary>
    /// A one-article corpus with <c>label hostile label</c> in every free-text field (the labels
    /// make each value unique and give it non-blank ends), and the same in the seed.
    /// </summary>
    private sealed class InjectedCorpus
    {
        private readonly string _hostile;
        private readonly string _topicId;
        private readonly string _statementId;
        private readonly string _officialId;

        public InjectedCorpus(string hostile, string topicId = "accusations", string statementId = "doe-statement", string officialId = "jane-doe")
        {
            _hostile = hostile;
            _topicId = topicId;
            _statementId = statementId;
            _officialId = officialId;
        }

        /// <summary>Fields shown in doc comments.</summary>
        public static readonly string[] DocumentedLabels = { "OfficialName", "NativeName", "RoleTitle", "OrganizationName", "ShortName", "TopicName", "TopicDescription", "EventName", "EventLocation", "Headline", "StatementText" };

        public string Value(string label) => label + " " + _hostile + " " + label;

        private string Q(string label) => YamlText.Quote(Value(label));

        public string Seed =>
            Value("Headline") + "\n" + Value("Subheadline") + "\n\n" +
            "The spokesperson said: " + Value("StatementText") + "\n\n" +
            "Others claimed " + Value("SecondText") + "\n\n" +
            "The theme was " + Value("NotSpeechText") + "\n\n" +
            Value("BoilerplateText") + "\n";

        public IReadOnlyList<CorpusInput> Inputs() => new[]
        {
            CorpusInput.Annotation("registry.yaml", $"""
                officials:
                  - id: {_officialId}
                    name: {Q("OfficialName")}
                    native-name: {Q("NativeName")}
                    country: CN
                    roles:
                      - title: {Q("RoleTitle")}
                        organization: example-ministry
                        from: 2020-01
                organizations:
                  - id: example-ministry
                    name: {Q("OrganizationName")}
                    short-name: {Q("ShortName")}
                    country: CN
                    kind: ministry
                  - id: example-news
                    name: Example News
                    country: GB
                    kind: media
                topics:
                  - id: {_topicId}
                    name: {Q("TopicName")}
                    description: {Q("TopicDescription")}
                events:
                  - id: forum-2021
                    name: {Q("EventName")}
                    kind: conference
                    start: {"{"} value: 2021-05-01, basis: inferred, evidence: {Q("EventEvidence")} {"}"}
                    end: 2021-05-03
                    location: {Q("EventLocation")}
                    organizer: example-ministry
                    note: {Q("EventNote")}
                """),
            CorpusInput.Annotation("articles/injected.yaml", $"""
                article:
                  id: injected-article
                  source: injected.txt
                  outlet: example-news
                  headline: {Q("Headline")}
                  subheadline: {Q("Subheadline")}
                  byline: {Q("Byline")}
                  published: {"{"} value: 2021-05-10, basis: inferred, evidence: {Q("PublishedEvidence")} {"}"}
                  url: {Q("Url")}
                  note: {Q("ArticleNote")}
                  boilerplate:
                    - text: {Q("BoilerplateText")}
                      kind: footer
                      reason: {Q("BoilerplateReason")}
                not-speech:
                  - text: {Q("NotSpeechText")}
                    reason: {Q("NotSpeechReason")}
                statements:
                  - id: {_statementId}
                    speaker: {_officialId}
                    kind: direct-quote
                    text: {Q("StatementText")}
                    date: {"{"} value: 2021-05-10, basis: inferred, evidence: {Q("StatementEvidence")} {"}"}
                    act: deny
                    targets:
                      - unnamed: {Q("UnnamedTarget")}
                    topics: [{_topicId}]
                    responds-to: [forum-2021]
                    note: {Q("StatementNote")}
                  - id: unnamed-claim
                    speaker: {"{"} unnamed: {Q("UnnamedSpeaker")}, country: US {"}"}
                    kind: paraphrase
                    text: {Q("SecondText")}
                    act: accuse
                    topics: [{_topicId}]
                """),
            CorpusInput.Seed("injected.txt", Seed),
        };

        public void AssertRoundTrips(Assembly assembly)
        {
            var official = Assert.Single(All<Official>(assembly, "Officials"));
            Assert.Equal(Value("OfficialName"), official.Name);
            Assert.Equal(Value("NativeName"), official.NativeName);
            Assert.Equal(Value("RoleTitle"), Assert.Single(official.Roles).Title);

            var ministry = All<Organization>(assembly, "Organizations").Single(o => o.Id == "example-ministry");
            Assert.Equal(Value("OrganizationName"), ministry.Name);
            Assert.Equal(Value("ShortName"), ministry.ShortName);
            Assert.Same(ministry, official.Roles[0].Organization);

            var topic = Assert.Single(All<Topic>(assembly, "Topics"));
            Assert.Equal(Value("TopicName"), topic.Name);
            Assert.Equal(Value("TopicDescription"), topic.Description);

            var forum = Assert.Single(All<Event>(assembly, "Events"));
            Assert.Equal(Value("EventName"), forum.Name);
            Assert.Equal(Value("EventEvidence"), forum.DateEvidence);
            Assert.Equal(Value("EventLocation"), forum.Location);
            Assert.Equal(Value("EventNote"), forum.Note);

            var article = Assert.Single(All<Article>(assembly, "Articles"));
            Assert.Equal(Seed, article.Text);
            Assert.Equal(Value("Headline"), article.Headline);
            Assert.Equal(Value("Subheadline"), article.Subheadline);
            Assert.Equal(Value("Byline"), article.Byline);
            Assert.Equal(Value("PublishedEvidence"), article.PublishedEvidence);
            Assert.Equal(Value("Url"), article.Url);
            Assert.Equal(Value("ArticleNote"), article.Note);
            var boilerplate = Assert.Single(article.Boilerplate);
            Assert.Equal(Value("BoilerplateText"), boilerplate.Text);
            Assert.Equal(Value("BoilerplateReason"), boilerplate.Reason);
            Assert.Equal(Seed.Replace(Value("BoilerplateText"), ""), article.Body);
            var notSpeech = Assert.Single(article.NotSpeech);
            Assert.Equal(Value("NotSpeechText"), notSpeech.Text);
            Assert.Equal(Value("NotSpeechReason"), notSpeech.Reason);

            var statements = All<Statement>(assembly, "Statements");
            Assert.Equal(2, statements.Count);
            var quote = statements.Single(s => s.Id == _statementId);
            Assert.Equal(Value("StatementText"), quote.Text);
            Assert.Equal(Seed.IndexOf(Value("StatementText"), StringComparison.Ordinal), quote.Start);
            // Line and column as the compiler and editors count lines (LS, PS, NEL and lone CR break lines too).
            var position = Microsoft.CodeAnalysis.Text.SourceText.From(Seed).Lines.GetLinePosition(quote.Start);
            Assert.Equal((position.Line + 1, position.Character + 1), (quote.Line, quote.Column));
            Assert.Equal(Value("StatementEvidence"), quote.DateEvidence);
            Assert.Equal(Value("StatementNote"), quote.Note);
            Assert.Equal(Value("UnnamedTarget"), Assert.IsType<UnnamedActor>(Assert.Single(quote.Targets)).Description);
            Assert.Same(official, quote.Speaker);
            Assert.Same(forum, Assert.Single(quote.RespondsTo));
            var claim = statements.Single(s => s.Id == "unnamed-claim");
            Assert.Equal(Value("SecondText"), claim.Text);
            Assert.Equal(Value("UnnamedSpeaker"), Assert.IsType<UnnamedActor>(claim.Speaker).Description);
            Assert.Equal(Value("UnnamedSpeaker"), claim.Speaker.Name);
        }

        private static IReadOnlyList<T> All<T>(Assembly assembly, string className) =>
            ((IEnumerable)GeneratorRun.Static(assembly, "Corpus." + className, "All")!).Cast<T>().ToList();
    }
}
