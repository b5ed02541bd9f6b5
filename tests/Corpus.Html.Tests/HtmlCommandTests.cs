using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Corpus.Cli.Commands;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary><c>corpus html</c>: what it writes, and where, for the bundled corpus and for a loaded folder.</summary>
public class HtmlCommandTests
{
    private static (int Exit, string Output, string Error) Run(Command html, params string[] args)
    {
        var root = new RootCommand { html };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = root.Parse(["html", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Writes_the_bundled_corpus_report_into_the_folder_given()
    {
        string folder = Reports.TempFolder("command");
        var (exit, output, error) = Run(HtmlCommand.Create(), "--out", folder);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, "official-hua-chunying.html")));
        Assert.Contains(Path.Combine(folder, "index.html"), output, StringComparison.Ordinal);
        Assert.Contains($"Wrote {Directory.GetFiles(folder).Length} files", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_report_of_a_corpus_folder_through_the_loader_given()
    {
        string folder = Reports.TempFolder("command");
        string? loaded = null;
        var (exit, _, error) = Run(HtmlCommand.Create(path => { loaded = path; return new TestCorpus().Article("only-article", "Some text.").Load(); }), "corpus-folder", "--out", folder);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(Path.GetFullPath("corpus-folder"), loaded);
        Assert.True(File.Exists(Path.Combine(folder, "article-only-article.html")));
        Assert.False(File.Exists(Path.Combine(folder, "official-hua-chunying.html")));
    }

    [Fact]
    public void Writing_again_replaces_the_report_whole_so_no_page_of_a_removed_article_stays()
    {
        string folder = Reports.TempFolder("again");
        var corpora = new Queue<CorpusGraph>([
            new TestCorpus().Article("kept", "Kept text.").Article("removed", "Removed text.").Load(),
            new TestCorpus().Article("kept", "Kept text, edited.").Load(),
        ]);
        var html = HtmlCommand.Create(_ => corpora.Dequeue());
        Assert.Equal(0, Run(html, "corpus-folder", "--out", folder).Exit);
        Assert.True(File.Exists(Path.Combine(folder, "article-removed.html")));
        Assert.True(File.Exists(Path.Combine(folder, ".corpus-report")));

        var (exit, output, error) = Run(html, "corpus-folder", "--out", folder);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.False(File.Exists(Path.Combine(folder, "article-removed.html")));
        Assert.Contains("Kept text, edited.", File.ReadAllText(Path.Combine(folder, "article-kept.html")), StringComparison.Ordinal);
        Assert.Contains($"Wrote {Directory.GetFiles(folder).Length} files", output, StringComparison.Ordinal);
        // Nothing left beside it: the temporary folder and the old report are gone.
        Assert.Equal([Path.GetFileName(folder)], Directory.GetFileSystemEntries(Path.GetDirectoryName(folder)!).Select(Path.GetFileName).Where(n => n!.Contains(Path.GetFileName(folder), StringComparison.Ordinal)));
    }

    [Fact]
    public void A_folder_the_report_did_not_write_is_replaced_only_with_force()
    {
        string folder = Reports.TempFolder("other");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        var (exit, output, error) = Run(HtmlCommand.Create(), "--out", folder);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));

        Assert.Equal(0, Run(HtmlCommand.Create(), "--out", folder, "--force").Exit);
        Assert.False(File.Exists(Path.Combine(folder, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
    }

    [Fact]
    public void The_corpus_folder_or_one_holding_it_is_never_replaced()
    {
        string folder = Reports.TempFolder("holds-corpus");
        string corpus = Path.Combine(folder, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "article.yaml"), "mine");
        bool loaded = false;
        var html = HtmlCommand.Create(_ => { loaded = true; return new TestCorpus().Article("only-article", "Some text.").Load(); });
        foreach (string output in new[] { folder, corpus })
        {
            var (exit, _, error) = Run(html, corpus, "--out", output, "--force");
            Assert.Equal(2, exit);
            Assert.Contains("holds the corpus folder", error, StringComparison.Ordinal);
        }
        Assert.False(loaded);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(corpus, "article.yaml")));
    }

    [Fact]
    public void An_empty_folder_is_written_into()
    {
        string folder = Reports.TempFolder("empty");
        Directory.CreateDirectory(folder);
        Assert.Equal(0, Run(HtmlCommand.Create(), "--out", folder).Exit);
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
    }

    [Fact]
    public void Without_an_output_folder_it_is_an_error()
    {
        var (exit, _, error) = Run(HtmlCommand.Create());
        Assert.NotEqual(0, exit);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }
}
