using System;
using System.CommandLine;
using System.IO;

namespace Corpus.Cli;

/// <summary><c>corpus new SEED</c>: writes a starting annotation for an article.</summary>
public static class NewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var seed = new Argument<string>("seed")
        {
            Description = "The article text: a path, or a file name under the corpus's seeds/.",
        };
        var output = new Option<string?>("--out")
        {
            Description = "Where to write the annotation. Default: annotations/articles/<seed name>.yaml in the corpus folder.",
            HelpName = "file",
        };
        var corpusOption = new Option<string?>("--corpus")
        {
            Description = "The corpus folder. Default: the folder above the seed's seeds/, or the current directory.",
            HelpName = "dir",
        };
        var command = new Command("new",
            "Writes a starting annotation for an article: the article block with the first line as headline, a statement for every "
            + "quoted passage and every sentence where a named speaker said, told, added … something, with the text filled in "
            + "verbatim, and boilerplate candidates. Each statement's speaker and act are left for you: the build rejects the file "
            + "until they are filled in. Never overwrites a file. Its first line points editors at the annotation schema, which it "
            + "writes to .corpus/annotation.schema.json unless the corpus's annotations already point at a copy of it.")
        {
            seed, output, corpusOption,
        };
        command.SetAction(result => console.Guard(() =>
        {
            string given = result.GetValue(seed)!;
            string? corpusDirectory = result.GetValue(corpusOption);
            string seedPath = FindSeed(given, corpusDirectory);
            string seedsFolder = SeedsFolder(seedPath) ?? Path.Combine(Path.GetFullPath(corpusDirectory ?? "."), "seeds");
            string root = corpusDirectory is not null ? Path.GetFullPath(corpusDirectory) : Path.GetDirectoryName(seedsFolder)!;
            string source = Path.GetRelativePath(seedsFolder, seedPath).Replace(Path.DirectorySeparatorChar, '/');
            if (source.StartsWith("../", StringComparison.Ordinal))
            {
                throw new CorpusInputException($"The seed '{given}' is not under {seedsFolder}; put the article text in the corpus's seeds/ folder first.");
            }

            string target = result.GetValue(output) is { } explicitPath
                ? Path.GetFullPath(explicitPath)
                : Path.Combine(root, "annotations", "articles", Path.ChangeExtension(source, ".yaml"));
            if (File.Exists(target))
            {
                throw new CorpusInputException($"{target} already exists; 'corpus new' never overwrites a file: edit it, or give another --out.");
            }

            string text = SourceText.Read(seedPath, given);
            var (schema, provision) = AnnotationSchema.Provide(root, new CorpusFolder(root, Path.GetFileName(root), IsBundled: false).Annotations());
            string yaml = AnnotationScaffold.Build(text, source, "seeds/" + source, AnnotationSchema.Modeline(target, schema));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // CreateNew: a file that appeared since the check above is still not overwritten.
            using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write(yaml);
            }
            if (provision is SchemaProvision.Written or SchemaProvision.Updated)
            {
                console.Output.WriteLine($"{(provision == SchemaProvision.Written ? "Wrote" : "Updated")} {schema}: the annotation schema, for editors.");
            }
            console.Output.WriteLine($"Wrote {target}. Fill in each statement's speaker and act, then run 'corpus check'.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string FindSeed(string given, string? corpusDirectory)
    {
        if (File.Exists(given)) return Path.GetFullPath(given);
        string underCorpus = Path.Combine(Path.GetFullPath(corpusDirectory ?? "."), "seeds", given);
        if (File.Exists(underCorpus)) return underCorpus;
        throw new CorpusInputException($"The seed '{given}' does not exist; give the path of the article text (e.g. seeds/005_example.txt).");
    }

    // The seeds/ folder the seed is in, at any depth, as the build names seeds by their path below it.
    private static string? SeedsFolder(string seedPath)
    {
        for (var directory = new DirectoryInfo(Path.GetDirectoryName(seedPath)!); directory is not null; directory = directory.Parent)
        {
            if (string.Equals(directory.Name, "seeds", StringComparison.OrdinalIgnoreCase)) return directory.FullName;
        }
        return null;
    }
}
