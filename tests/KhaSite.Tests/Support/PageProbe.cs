using Microsoft.Playwright;

namespace KhaSite.Tests.Support;

/// <summary>
/// A browser tab that records, for every page it shows, what a reader would call broken: console errors, uncaught
/// script errors, requests that failed, and responses with an error status. Problems are kept per page address;
/// <see cref="AssertClean"/> fails listing each page with its problems. Every page it shows can be screenshot
/// into <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    private readonly BuiltSite _site;
    private readonly string? _variant;
    private readonly List<(string Page, string Problem)> _problems = [];
    private readonly List<string> _visited = [];
    private readonly HashSet<string> _expectedErrors = [];
    private readonly object _lock = new();

    private PageProbe(IBrowserContext context, IPage page, BuiltSite site, string? variant)
    {
        Context = context;
        Page = page;
        _site = site;
        _variant = variant;
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame) lock (_lock) _visited.Add(frame.Url);
        };
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            var source = message.Location is { Length: > 0 } location ? SourceUrl(location) : "";
            // Chromium logs a console error for every response with an error status; an expected 404 page is not one.
            if (IsExpected(source) && message.Text.Contains("404", StringComparison.Ordinal)) return;
            Record(page.Url, $"console error: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record(page.Url, $"uncaught script error: {error}");
        page.RequestFailed += (_, request) =>
            Record(PageOf(page, request), $"request failed: {request.Method} {request.Url} ({request.ResourceType}): {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status < 400 || IsExpected(response.Url)) return;
            Record(PageOf(page, response.Request), $"HTTP {response.Status} for {response.Request.ResourceType} {response.Url}");
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Every address the tab's main frame showed, in order.</summary>
    public IReadOnlyList<string> Visited { get { lock (_lock) return _visited.ToArray(); } }

    public static async Task<PageProbe> OpenAsync(IBrowser browser, BuiltSite site, BrowserNewContextOptions? options = null, string? variant = null)
    {
        var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        return new PageProbe(context, page, site, variant);
    }

    /// <summary>Opens an address and checks its HTTP status (an expected error status is not counted as a problem).</summary>
    public async Task<IResponse> GotoAsync(string url, int expectedStatus = 200)
    {
        if (expectedStatus >= 400) lock (_lock) _expectedErrors.Add(url);
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"no response for {url}");
        Assert.True(response.Status == expectedStatus, $"{url} answered HTTP {response.Status}, expected {expectedStatus}");
        return response;
    }

    /// <summary>Waits until the tab shows <paramref name="url"/> and it has loaded (after a click that leads there).</summary>
    public Task WaitForUrlAsync(string url) => WaitForUrlAsync(u => u == url, url);

    /// <summary>Waits until the tab shows an address <paramref name="matches"/> accepts and it has loaded; the address
    /// the tab showed before must not be one it accepts.</summary>
    /// <remarks>Not Playwright's <c>WaitForURLAsync</c>: when the address already matched, it waited for the frame's
    /// "load" state even with <c>WaitUntil = Commit</c>, and on a busy machine it now and then missed the load event
    /// of a page that had just committed (its log says "networkidle" fired; "load" was awaited for 30 s). The tab's
    /// address and the page's own <c>document.readyState</c> are asked instead, until both say so.</remarks>
    public async Task WaitForUrlAsync(Func<string, bool> matches, string? what = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (matches(Page.Url) && await Page.EvaluateAsync<string>("document.readyState") == "complete" && matches(Page.Url)) return;
            }
            catch (PlaywrightException)
            {
                // The page was replaced while it was asked: ask the new one.
            }
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"{what ?? "the address"} did not load within 30 s (the tab shows {Page.Url})");
            await Task.Delay(25);
        }
    }

    /// <summary>Saves a full-page screenshot of what the tab shows now; returns its path.</summary>
    /// <param name="fullPage">the whole page (slow on long pages) or only the viewport</param>
    public async Task<string> ScreenshotAsync(string? variant = null, bool fullPage = true)
    {
        var name = Artifacts.ScreenshotName(new Uri(Page.Url), _site.BasePath, variant ?? _variant);
        var path = Path.Combine(Artifacts.Screenshots(_site.Name), name);
        // Chromium now and then answers "Unable to capture screenshot" for a page it shows perfectly well (seen once in
        // a thousand sweeps on a busy machine); the screenshot is for people to look at, so it is tried again first.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
                return path;
            }
            catch (PlaywrightException e) when (attempt < 3 && e.Message.Contains("Unable to capture screenshot", StringComparison.Ordinal))
            {
                await Task.Delay(500 * attempt);
            }
        }
    }

    /// <summary>The problems seen so far, one line each: <c>page: problem</c>.</summary>
    public IReadOnlyList<string> Problems()
    {
        lock (_lock) return _problems.Select(p => $"{p.Page}: {p.Problem}").Distinct().ToArray();
    }

    /// <summary>
    /// Fails when any page shown had a console error, a script error, a failed request or an error response
    /// (other than the site's <see cref="KnownSiteIssues"/> that are still open).
    /// </summary>
    public void AssertClean() =>
        KnownSiteIssues.AssertNoOther($"Problems on pages of the {_site.Name} site ({Visited.Count} page(s) visited)", Problems());

    private bool IsExpected(string url)
    {
        lock (_lock) return _expectedErrors.Contains(url);
    }

    private void Record(string page, string problem)
    {
        lock (_lock) _problems.Add((page, problem));
    }

    /// <summary>A navigation's own problems belong to the page it was going to; a sub-resource's to the page showing.</summary>
    private static string PageOf(IPage page, IRequest request) =>
        request.IsNavigationRequest && request.Frame == page.MainFrame ? request.Url : page.Url;

    private static string SourceUrl(string location)
    {
        // "URL:line:column"
        var end = location.Length;
        for (var i = 0; i < 2; i++)
        {
            var colon = location.LastIndexOf(':', end - 1);
            if (colon <= 0 || !location[(colon + 1)..end].All(char.IsDigit)) break;
            end = colon;
        }
        return location[..end];
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
