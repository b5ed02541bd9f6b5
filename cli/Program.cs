using System;
using System.Text;
using Corpus.Cli;

// Quotes and names are not all ASCII; without BOM so piped output stays clean.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

bool color = !Console.IsOutputRedirected
    && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
    && Environment.GetEnvironmentVariable("TERM") != "dumb";

return CorpusCommand.Run(args, Console.Out, Console.Error, color);
