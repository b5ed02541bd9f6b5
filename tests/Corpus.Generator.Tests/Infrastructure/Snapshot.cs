using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's conventions: <c>Type.Method.verified.cs</c> beside the test
/// file is the reviewed baseline; a mismatch writes <c>.received.cs</c> next to it and fails.
/// Set CORPUS_ACCEPT_SNAPSHOTS=1 to accept received output (then review the diff before committing).
/// Versions are scrubbed so a version bump does not churn baselines.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "cs")
    {
        // Found from the repository root, not [CallerFilePath]: CI builds map source paths to /_/.
        string directory = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "Corpus.Generator.Tests", "Snapshots");
        Directory.CreateDirectory(directory);
        string verified = Path.Combine(directory, $"{name}.verified.{extension}");
        string received = Path.Combine(directory, $"{name}.received.{extension}");
        string scrubbed = Scrub(actual);
        bool accept = Environment.GetEnvironmentVariable("CORPUS_ACCEPT_SNAPSHOTS") == "1";
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == scrubbed)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (accept)
        {
            File.WriteAllText(verified, scrubbed);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, scrubbed);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot {name} differs from its verified baseline; compare {received} with {verified}, and accept with CORPUS_ACCEPT_SNAPSHOTS=1 if the change is intended."
            : $"Snapshot {name} has no verified baseline; review {received} and accept it with CORPUS_ACCEPT_SNAPSHOTS=1.");
    }

    private static string Scrub(string text) =>
        Regex.Replace(text.ReplaceLineEndings("\n").TrimStart('\uFEFF'), "GeneratedCode\\(\"Corpus.Generator\", \"[^\"]*\"\\)", "GeneratedCode(\"Corpus.Generator\", \"{version}\")");
}
