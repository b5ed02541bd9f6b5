using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using Corpus.Cli.Html;

namespace Corpus.Html.Tests;

/// <summary>The reports the tests look at, each written once per test run into its own temporary folder.</summary>
internal static class Reports
{
    private static readonly Lazy<string> s_bundled = new(() => WriteToTemp("bundled", BundledCorpus.Load()));
    private static readonly Lazy<string> s_hostile = new(() => WriteToTemp("hostile", Hostile.Corpus()));
    private static readonly Lazy<string> s_large = new(() => WriteToTemp("large", LargeCorpus.Corpus()));

    /// <summary>The folder holding the report of the bundled corpus.</summary>
    public static string Bundled => s_bundled.Value;

    /// <summary>The folder holding the report of <see cref="Hostile"/>'s corpus.</summary>
    public static string HostileFolder => s_hostile.Value;

    /// <summary>The folder holding the report of <see cref="LargeCorpus"/>.</summary>
    public static string Large => s_large.Value;

    // One folder per test run. The test host may end without running exit handlers, so each run
    // removes the folders of runs that ended more than an hour ago instead.
    private static readonly Lazy<string> s_root = new(() =>
    {
        string parent = Path.Combine(Path.GetTempPath(), "corpus-html-tests");
        if (Directory.Exists(parent))
        {
            foreach (var old in new DirectoryInfo(parent).GetDirectories().Where(d => d.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
            {
                try { old.Delete(recursive: true); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }
        return Path.Combine(parent, Guid.NewGuid().ToString("N"));
    });

    /// <summary>A new, empty folder for this test run.</summary>
    public static string TempFolder(string name) => Path.Combine(s_root.Value, name + "-" + Guid.NewGuid().ToString("N"));

    public static string WriteToTemp(string name, ReportCorpus corpus)
    {
        string folder = TempFolder(name);
        HtmlReport.Write(corpus, folder);
        return folder;
    }

    /// <summary>The <c>href</c> and <c>src</c> values of a page, unescaped.</summary>
    public static IEnumerable<string> References(string html) =>
        Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    /// <summary>The element IDs of a page, unescaped.</summary>
    public static HashSet<string> Ids(string html) =>
        Regex.Matches(html, " id=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every reference between the report's files that does not resolve: a missing file or a missing anchor.</summary>
    public static List<string> BrokenLinks(IReadOnlyList<ReportFile> files)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var file in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var reference in References(file.Content).Distinct())
            {
                int hash = reference.IndexOf('#');
                string path = hash < 0 ? reference : reference[..hash];
                string? anchor = hash < 0 ? null : reference[(hash + 1)..];
                // The statement table's address may set its filter; the page is the same file.
                if (path.IndexOf('?') is int query and >= 0) path = path[..query];
                if (path.Length == 0) path = file.Path;
                if (!byPath.TryGetValue(path, out var target))
                {
                    broken.Add($"{file.Path}: {reference} (no such file)");
                    continue;
                }
                if (anchor is null) continue;
                if (!ids.TryGetValue(path, out var targetIds)) ids[path] = targetIds = Ids(target.Content);
                if (!targetIds.Contains(anchor)) broken.Add($"{file.Path}: {reference} (no element with that ID)");
            }
        }
        return broken;
    }
}
