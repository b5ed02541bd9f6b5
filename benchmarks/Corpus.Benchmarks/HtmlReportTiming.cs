using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Corpus.Cli.Html;
using Microsoft.Playwright;

namespace Corpus.Benchmarks;

/// <summary>
/// --html: the static HTML report of a corpus (the synthetic N = 1,000 by default). Times writing the
/// report from the compiled data (a fresh load each run, so statement details are decoded as
/// <c>corpus html</c> decodes them), and opening its index page, its statement table (which its script renders
/// from the table's data) and its largest page in headless Chromium (the system's, as the report's browser
/// tests use it) until the load event.
/// </summary>
public static class HtmlReportTiming
{
    public static string Run(string name, int runs, string work, bool browser = true)
    {
        var corpus = PreparedCorpus.Generate(name);
        string folder = Path.Combine(work, "html-" + name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        // Wall time, and this process's processor time, which a machine busy with other work inflates far less.
        var writes = new List<double>();
        var processorTimes = new List<double>();
        int files = 0;
        var process = Process.GetCurrentProcess();
        for (int run = 0; run < runs; run++)
        {
            process.Refresh();
            var processor = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            files = HtmlReport.Write(corpus.LoadGraph(), folder);
            writes.Add(watch.Elapsed.TotalSeconds);
            process.Refresh();
            processorTimes.Add((process.TotalProcessorTime - processor).TotalSeconds);
            Console.WriteLine(Invariant($"write {run + 1}: {writes[^1]:0.00} s, processor {processorTimes[^1]:0.00} s"));
        }
        long bytes = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        // Every statement's span is in its article page: the report is whole, not just fast.
        int spans = Directory.GetFiles(folder, "article-*.html").Sum(f => CountOf(File.ReadAllText(f), " id=\"s-"));
        if (spans != corpus.Graph.Statements.Count) throw new InvalidOperationException($"{spans} statement spans for {corpus.Graph.Statements.Count} statements");

        var kinds = Breakdown(corpus.LoadGraph());
        // The largest page: the one most likely to open slowly.
        string largest = Directory.GetFiles(folder, "*.html").OrderByDescending(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).First();
        (List<double> Index, (List<double> Load, List<double> Paint) Table, List<double> Largest) opened =
            browser ? OpenPages(folder, largest, runs).GetAwaiter().GetResult() : ([], ([], []), []);
        var (index, table, large) = opened;
        var report = new StringBuilder();
        report.AppendLine(Invariant($"## HTML report, corpus {name}: {corpus.Graph.Articles.Count:N0} articles, {corpus.Graph.Statements.Count:N0} statements"));
        report.AppendLine();
        report.Append(Invariant($"{files:N0} files, {bytes / 1024.0 / 1024.0:0.0} MiB; index.html {KiB(folder, "index.html")} KiB, statements.html {KiB(folder, "statements.html")} KiB "));
        report.Append(Invariant($"(one of {Directory.GetFiles(folder, "statements*.html").Length:N0} numbered pages), its data statements.js {new FileInfo(Path.Combine(folder, "statements.js")).Length / 1024.0 / 1024.0:0.0} MiB; "));
        report.AppendLine(Invariant($"the largest page {Path.GetFileName(largest)} {KiB(folder, Path.GetFileName(largest))} KiB."));
        report.AppendLine();
        report.AppendLine("| what | median | min | max | runs |");
        report.AppendLine("|------|-------:|----:|----:|-----:|");
        Row(report, "load compiled data + write the report", writes);
        Row(report, "the same, processor time of this process (all threads)", processorTimes);
        Row(report, "open index.html in Chromium (to the load event)", index);
        Row(report, "open statements.html in Chromium (to the load event: its data read, its rows rendered)", table.Load);
        Row(report, "the same, first contentful paint (its rows in HTML, before the data)", table.Paint);
        Row(report, $"open {Path.GetFileName(largest)}, the largest page, in Chromium (to the load event)", large);
        report.AppendLine();
        report.AppendLine("Rendering time by kind of page (one run, without writing):");
        report.AppendLine();
        report.AppendLine("| pages | files | seconds |");
        report.AppendLine("|-------|------:|--------:|");
        foreach (var (kind, (count, seconds)) in kinds) report.AppendLine(Invariant($"| {kind} | {count:N0} | {seconds:0.00} |"));
        return report.ToString();
    }

    // The report's files are rendered as they are enumerated, so the time between two is one file's.
    private static SortedDictionary<string, (int Count, double Seconds)> Breakdown(CorpusGraph graph)
    {
        var kinds = new SortedDictionary<string, (int Count, double Seconds)>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        foreach (var file in HtmlReport.Render(ReportCorpus.FromGraph(graph)))
        {
            string kind = file.Path.Contains('-', StringComparison.Ordinal) ? file.Path[..file.Path.IndexOf('-', StringComparison.Ordinal)] : file.Path;
            var (count, seconds) = kinds.GetValueOrDefault(kind);
            kinds[kind] = (count + 1, seconds + watch.Elapsed.TotalSeconds);
            watch.Restart();
        }
        return kinds;
    }

    // Each page opened in a fresh page of one browser, after one untimed opening (files in the OS cache).
    private static async Task<(List<double> Index, (List<double> Load, List<double> Paint) Table, List<double> Largest)> OpenPages(string folder, string largest, int runs)
    {
        string chromium = Environment.GetEnvironmentVariable("CORPUS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
        var (index, _) = await Open(browser, Path.Combine(folder, "index.html"), runs);
        var table = await Open(browser, Path.Combine(folder, "statements.html"), runs);
        var (large, _) = await Open(browser, largest, runs);
        return (index, table, large);
    }

    // To the load event, and the first contentful paint as the browser records it (from the start of navigation).
    private static async Task<(List<double> Load, List<double> Paint)> Open(IBrowser browser, string file, int runs)
    {
        var times = new List<double>();
        var paints = new List<double>();
        for (int run = -1; run < runs; run++)
        {
            var page = await browser.NewPageAsync();
            var watch = Stopwatch.StartNew();
            await page.GotoAsync(new Uri(file).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            double seconds = watch.Elapsed.TotalSeconds;
            double? paint = await page.EvaluateAsync<double?>("(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime ?? null");
            await page.CloseAsync();
            if (run < 0) continue;
            times.Add(seconds);
            if (paint is { } milliseconds) paints.Add(milliseconds / 1000);
            Console.WriteLine(Invariant($"open {Path.GetFileName(file)} {run + 1}: {seconds:0.000} s, first paint {paint / 1000:0.000} s"));
        }
        return (times, paints);
    }

    private static void Row(StringBuilder report, string what, List<double> seconds)
    {
        if (seconds.Count == 0) return;
        var sorted = seconds.Order().ToList();
        report.AppendLine(Invariant($"| {what} | {sorted[sorted.Count / 2]:0.00} s | {sorted[0]:0.00} s | {sorted[^1]:0.00} s | {sorted.Count} |"));
    }

    private static string KiB(string folder, string file) => Invariant($"{new FileInfo(Path.Combine(folder, file)).Length / 1024.0:0}");

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
