using System;
using System.IO;

namespace Corpus.Cli;

/// <summary>
/// Writes an output folder all at once: files go to a temporary folder beside it, which is moved
/// into place only when complete, so a failed run leaves nothing half-written and a run that replaces
/// an earlier output leaves none of its files behind. <c>corpus export</c> and <c>corpus html</c> write
/// their folders through it.
/// </summary>
public static class OutputDirectory
{
    /// <summary>Runs <paramref name="write"/> on a temporary folder, then moves it to <paramref name="target"/>.</summary>
    /// <param name="target">The output folder.</param>
    /// <param name="force">Replace <paramref name="target"/> if it exists, whatever it holds.</param>
    /// <param name="write">Writes the files into the folder it is given.</param>
    /// <param name="mayReplace">
    /// Whether an existing <paramref name="target"/> may be replaced without <paramref name="force"/>: an
    /// earlier output of the same command, which it can recognise. Without it, an existing folder needs
    /// <paramref name="force"/>.
    /// </param>
    /// <exception cref="CorpusInputException">
    /// The target exists and may not be replaced without <paramref name="force"/>, or its parent cannot be written.
    /// </exception>
    public static void Write(string target, bool force, Action<string> write, Func<string, bool>? mayReplace = null)
    {
        string full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (File.Exists(full)) throw new CorpusInputException($"The output '{target}' is a file; give a folder for --out.");
        if (Directory.Exists(full) && !force && !(mayReplace?.Invoke(full) ?? false))
        {
            throw new CorpusInputException(mayReplace is null
                ? $"The output folder '{target}' already exists; pass --force to replace it, or choose another --out."
                : $"The output folder '{target}' already exists and was not written by this command; pass --force to replace it, or choose another --out.");
        }
        string parent = Path.GetDirectoryName(full) ?? throw new CorpusInputException($"The output '{target}' has no parent folder; choose another --out.");
        string temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusInputException($"Cannot write to '{parent}' ({e.Message}); choose a writable folder for --out.", e);
        }

        try
        {
            write(temporary);
            if (Directory.Exists(full))
            {
                // Replaced only once the new output is complete; the old one is removed last.
                string old = Path.Combine(parent, $".{Path.GetFileName(full)}.old-{Guid.NewGuid():N}");
                Directory.Move(full, old);
                Directory.Move(temporary, full);
                Directory.Delete(old, recursive: true);
            }
            else
            {
                Directory.Move(temporary, full);
            }
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            throw;
        }
    }
}
