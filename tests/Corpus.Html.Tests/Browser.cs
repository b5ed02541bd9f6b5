using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Corpus.Html.Tests;

/// <summary>Headless Chromium, the system's (Debian's <c>chromium</c>), driven through Playwright; one per test class.</summary>
/// <remarks>
/// Playwright's own browser downloads are not used: <c>CORPUS_CHROMIUM</c> names the executable,
/// <c>/usr/bin/chromium</c> by default, which <c>.ci/run</c> installs where it is missing.
/// </remarks>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CORPUS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"No Chromium at {ExecutablePath}: install Debian's chromium (apt-get install chromium), or set CORPUS_CHROMIUM to a Chromium executable.");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>Opens a file of a report in a new page and records what the page reports as going wrong.</summary>
    /// <param name="folder">The report's folder.</param>
    /// <param name="file">The file, with any query (<c>statements.html?topic=x</c>).</param>
    /// <param name="width">The viewport's width.</param>
    /// <param name="height">The viewport's height.</param>
    /// <param name="javaScript">Whether the page runs scripts; without, it shows what a reader without them sees.</param>
    public async Task<OpenPage> OpenAsync(string folder, string file, int width = 1280, int height = 900, bool javaScript = true)
    {
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Dialog += (_, dialog) => problems.Add("dialog: " + dialog.Message);
        var response = await page.GotoAsync(Url(folder, file));
        if (response is not null && !response.Ok) problems.Add($"{file}: status {response.Status}");
        return new OpenPage(page, problems);
    }

    public static string Url(string folder, string file)
    {
        int query = file.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? new Uri(Path.Combine(folder, file)).AbsoluteUri : new Uri(Path.Combine(folder, file[..query])).AbsoluteUri + file[query..];
    }
}

/// <summary>A page and the problems it reported (console errors and warnings, script errors, failed requests, dialogs).</summary>
public sealed record OpenPage(IPage Page, List<string> Problems) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
