using System;
using System.Text;
using Corpus.Cli;

// Quotes and names are not all ASCII; without BOM so piped output stays clean.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

bool color = !Console.IsOutputRedirected
    && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
    && Environment.GetEnvironmentVariable("TERM") != "dumb";

// A progress bar only where someone watches: an interactive terminal on the error output.
var progress = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb"
    ? new TerminalProgress()
    : IProgressSink.None;

return CorpusCommand.Run(args, Console.Out, Console.Error, color, progress);
