using System;
using System.Linq;
using System.Text;
using Xunit;

namespace Corpus.Tests;

/// <summary>
/// The contents records (docs/data-format.md): what loading reads of each article instead of its chunk,
/// and the clear errors when contents and chunks disagree, at load or when the chunk is first read.
/// </summary>
public class CorpusContentsTests
{
    private const string Registries = "corpus-data\t4\ncountry\tCN\ncountry\tUS\nofficial\tjane-doe\tJane Doe\t\tUS\n";

    private const string Text = "Jane Doe said: We deny it. Officials accused them.";

    private static string Chunk(string id, params string[] statements) =>
        $"article\t{id}\t{id}.txt\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{Text}\n" +
        string.Concat(statements.Select(s => s + "\n"));

    private const string Deny = "statement\tdoe-denies\to:jane-doe\tdirect-quote\t15\t11\t1\t16\t\t\t\t\tdeny\t\t\t\t\t\t\t\t\t\t\t";
    private const string Accuse = "statement\tofficials-accuse\tu:0\tparaphrase\t27\t23\t1\t28\t\t\t\t\taccuse\t\t\t\t\t\t\t\t\t\t\t";

    private static CorpusGraph Load(string data)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(data);
        return CorpusGraph.Load(() => bytes);
    }

    [Fact]
    public void Every_value_of_both_vocabularies_has_a_code_that_reads_back()
    {
        foreach (int count in new[] { Vocabulary.Spellings<StatementKind>().Count, Vocabulary.Spellings<SpeechAct>().Count })
        {
            var codes = Enumerable.Range(0, count).Select(CorpusDataFormat.Code).ToArray();
            Assert.Equal(count, codes.Distinct().Count());
            Assert.Equal(Enumerable.Range(0, count), codes.Select(c => CorpusDataFormat.Position((byte)c)));
            Assert.All(codes, c => Assert.False(CorpusDataFormat.NeedsEscape(c) || c is '\\' or ' ' or '\t'));
        }
        Assert.Equal(-1, CorpusDataFormat.Position((byte)'0'));
        Assert.Throws<ArgumentOutOfRangeException>(() => CorpusDataFormat.Code(52));
    }

    [Fact]
    public void Kinds_acts_and_speakers_come_from_the_contents_and_the_rest_from_the_chunk()
    {
        var graph = Load(Registries + "contents\tsaid\tsaid.txt\tADCB\to:jane-doe u:0\nunnamed\tofficials\tCN\n" + Chunk("said", Deny, Accuse));
        var statements = graph.Statements;
        Assert.Equal(new[] { StatementKind.DirectQuote, StatementKind.Paraphrase }, statements.Select(s => s.Kind));
        Assert.Equal(new[] { SpeechAct.Deny, SpeechAct.Accuse }, statements.Select(s => s.Act));
        Assert.Equal("Jane Doe", Assert.IsType<Official>(statements[0].Speaker).Name);
        Assert.Equal("officials", Assert.IsType<UnnamedActor>(statements[1].Speaker).Description);
        Assert.Equal(new[] { "doe-denies", "officials-accuse" }, statements.Select(s => s.Id));
        Assert.Equal(new[] { "We deny it.", "Officials accused them." }, statements.Select(s => s.Text));
        Assert.Equal("said", graph.Articles.Single().Id);
    }

    [Fact]
    public void An_article_without_statements_has_empty_contents_and_its_chunk_is_still_found()
    {
        var graph = Load(Registries + "contents\tquiet\tquiet.txt\t\t\ncontents\tsaid\tsaid.txt\tAD\to:jane-doe\n" + Chunk("quiet") + Chunk("said", Deny));
        Assert.Equal(new[] { "quiet.txt", "said.txt" }, graph.Articles.Select(a => a.SourcePath));
        Assert.Empty(graph.Articles[0].Statements);
        Assert.Equal(Text, graph.Articles[0].Text);
        Assert.Equal("We deny it.", graph.Statements.Single().Text);
        Assert.Same(graph.Articles[1], graph.Statements.Single().Article);
    }

    [Fact]
    public void Contents_whose_speakers_are_not_one_per_statement_are_refused_on_load()
    {
        var error = Assert.Throws<FormatException>(() => Load(Registries + "contents\tsaid\tsaid.txt\tADCB\to:jane-doe\n" + Chunk("said", Deny, Accuse)));
        Assert.Contains("line 5", error.Message);
        Assert.Contains("another number of speakers", error.Message);
    }

    [Theory]
    [InlineData("AD0B")]
    [InlineData("ADC")]
    public void Codes_that_name_no_kind_or_act_are_refused_on_load(string codes)
    {
        var error = Assert.Throws<FormatException>(() => Load(Registries + $"contents\tsaid\tsaid.txt\t{codes}\to:jane-doe u:0\n" + Chunk("said", Deny, Accuse)));
        Assert.Contains("line 5", error.Message);
    }

    [Fact]
    public void A_chunk_that_no_contents_record_names_is_refused_on_load_not_dropped()
    {
        var error = Assert.Throws<FormatException>(() => Load(Registries + Chunk("said", Deny)));
        Assert.Contains("line 5: an article chunk that no contents record before it names", error.Message);
    }

    [Fact]
    public void A_registry_record_among_the_contents_is_refused_on_load()
    {
        var error = Assert.Throws<FormatException>(() => Load(Registries + "contents\tsaid\tsaid.txt\tAD\to:jane-doe\ncountry\tFR\n" + Chunk("said", Deny)));
        Assert.Contains("line 6: a country record among the contents", error.Message);
    }

    private static CorpusGraph LoadGenerated(params int[] order)
    {
        // As generated code has it: the registries apart, and one source of two articles, "b" before "a" in it.
        byte[] registries = Encoding.UTF8.GetBytes(Registries);
        byte[] articles = Encoding.UTF8.GetBytes(
            "contents\tb\tb.txt\tAD\to:jane-doe\ncontents\ta\ta.txt\tCB\tu:0\nunnamed\tofficials\tCN\n" + Chunk("b", Deny) + Chunk("a", Accuse.Replace("officials-accuse", "a-accuses")));
        CorpusGraph? graph = null;
        return CorpusGraph.EnsureLoaded(ref graph, () => registries, 1, _ => articles, order);
    }

    [Fact]
    public void Generated_code_gives_the_corpus_order_and_the_seed_paths_are_read_when_asked_for()
    {
        var graph = LoadGenerated(0, 1, 0, 0);
        Assert.Equal(new[] { "a.txt", "b.txt" }, graph.Articles.Select(a => a.SourcePath));
        Assert.Equal(new[] { "a-accuses", "doe-denies" }, graph.Statements.Select(s => s.Id));
        Assert.Equal("officials", graph.Statements[0].Speaker.Name);
    }

    [Theory]
    [InlineData(new[] { 0, 1 })]
    [InlineData(new[] { 0, 1, 0, 1 })]
    [InlineData(new[] { 0, 1, 0, 2 })]
    [InlineData(new[] { 0, 1, 1, 0 })]
    public void An_order_that_does_not_name_each_article_once_is_refused(int[] order)
    {
        var error = Assert.Throws<FormatException>(() => LoadGenerated(order));
        Assert.StartsWith("Corpus data: the corpus order names", error.Message);
    }

    [Fact]
    public void Chunks_that_are_not_those_the_contents_name_are_refused_when_first_read()
    {
        // Two articles named, one chunk: the statements load, their text cannot be found.
        var graph = Load(Registries + "contents\tsaid\tsaid.txt\tAD\to:jane-doe\ncontents\tother\tother.txt\t\t\n" + Chunk("said", Deny));
        Assert.Equal(SpeechAct.Deny, graph.Statements.Single().Act);
        var error = Assert.Throws<FormatException>(() => graph.Articles[0].Text);
        Assert.Contains("the contents name 2 articles, and the chunks after them hold 1", error.Message);

        // An article record cut short: its text is not taken from another field.
        graph = Load(Registries + "contents\tsaid\tsaid.txt\tAD\to:jane-doe\narticle\tsaid\tsaid.txt\tHeadline\n" + Deny + "\n");
        error = Assert.Throws<FormatException>(() => graph.Articles[0].Text);
        Assert.Contains("line 6: an article record with too few fields", error.Message);

        // A statement named in the contents that its chunk does not hold.
        graph = Load(Registries + "contents\tsaid\tsaid.txt\tADCB\to:jane-doe u:0\nunnamed\tofficials\tCN\n" + Chunk("said", Deny));
        Assert.Equal("officials", graph.Statements[1].Speaker.Name);
        error = Assert.Throws<FormatException>(() => graph.Statements[1].Text);
        Assert.Contains("an article chunk whose statements are not those its contents record names", error.Message);
    }
}
