using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Corpus.Cli;

/// <summary><c>corpus check [DIR]</c>: every diagnostic a build of the corpus would report, without a build.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string?>("dir")
        {
            Description = "The corpus folder (with annotations/ and seeds/). Default: the current directory.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = "msbuild (file(line,col): error CORPnnn: message, as the build prints), json (a plain list) or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "msbuild",
        };
        format.AcceptOnlyFromAmong("msbuild", "json", "sarif");
        var check = new Command("check",
            "Checks a corpus as the build does, with the generator's own checks, and prints every diagnostic. "
            + "Exit code 0 when there are no errors, 1 when there are, 2 on bad usage.")
        {
            directory, format,
        };
        var corpus = new CorpusOptions().AddTo(check);
        check.SetAction(result => console.Guard(() =>
        {
            var loaded = corpus.Check(result, console, positional: result.GetValue(directory));
            switch (result.GetValue(format))
            {
                case "json":
                    WriteBytes(console, stream => JsonFormat.Write(stream, loaded.Folder, loaded.Diagnostics));
                    break;
                case "sarif":
                    WriteBytes(console, stream => SarifFormat.Write(stream, loaded.Folder, loaded.Diagnostics, ToolInfo.Version));
                    break;
                default:
                    MsBuildFormat.Write(console.Output, loaded.Diagnostics);
                    console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{loaded.Folder.Name}: {Words.Count(loaded.ErrorCount, "error")}, {Words.Count(loaded.WarningCount, "warning")} in {Words.Count(loaded.AnnotationCount, "annotation file")} and {Words.Count(loaded.SeedCount, "seed")}."));
                    break;
            }
            return loaded.ErrorCount > 0 ? ExitCodes.CorpusErrors : ExitCodes.Success;
        }));
        return check;
    }

    // JSON is written as UTF-8 bytes, then handed to the output writer as text, so tests and the console see the same.
    private static void WriteBytes(CliConsole console, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        console.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
