using System;
using System.CommandLine;
using System.IO;
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
    public void Without_an_output_folder_it_is_an_error()
    {
        var (exit, _, error) = Run(HtmlCommand.Create());
        Assert.NotEqual(0, exit);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }
}
