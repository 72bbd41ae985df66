using System.Net;
using System.Net.Sockets;
using System.Text;
using KhaSite.Preview;
using KhaSite.Tests.Support;
using System.Globalization;

namespace KhaSite.Tests.Contributors;

/// <summary>The preview server over plain HTTP: what it serves, what it refuses, and how it rebuilds.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Secret = "secret outside the site";
    private readonly FixtureSite _site = Contributor.Site();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        // Files beside and above the built site that must never be served.
        File.WriteAllText(Path.Combine(_site.Root, "KhaSite.csproj"), Secret);
        Directory.CreateDirectory(Path.Combine(_site.Root, "preview"));
        File.WriteAllText(Path.Combine(_site.Root, "preview", "secret.txt"), Secret);
        _server = await PreviewServer.StartAsync(new PreviewOptions(_site.Input, RepoPaths.Theme, Path.Combine(_site.Root, "preview", "site"), Port: 0));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private string Url(string path) => new Uri(_server.Address, path).AbsoluteUri;

    /// <summary>The first state published by a full build after <paramref name="builds"/> builds (quick renders do not count).</summary>
    private async Task<PreviewSnapshot> FullBuildAfterAsync(int builds)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var next = _server.State.NextAsync();
            if (_server.State.Current is { } current && current.Builds > builds) return current;
            await next.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Sends the request line exactly as written (no client normalises the path) and returns the status and body.</summary>
    private async Task<(int Status, string Text)> RawGetAsync(string target, string? host = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.Address.Port);
        await using var stream = tcp.GetStream();
        host ??= $"127.0.0.1:{_server.Address.Port}";
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, response);
    }

    /// <summary>A Host header (PORT is the preview's port) and whether the preview answers it.</summary>
    public static TheoryData<string, bool> Hosts => new()
    {
        { "127.0.0.1:PORT", true },
        { "localhost:PORT", true },
        { "LocalHost:PORT", true },
        { "[::1]:PORT", true },
        // DNS rebinding: another site's name pointed at 127.0.0.1
        { "attacker.example:PORT", false },
        { "attacker.example", false },
        { "localhost.attacker.example:PORT", false },
        { "127.0.0.1.nip.io:PORT", false },
        { "127.0.0.2:PORT", false },
        { "0.0.0.0:PORT", false },
        { "[::ffff:127.0.0.1]:PORT", false },
        // the right name with another port, or none
        { "127.0.0.1", false },
        { "localhost", false },
        { "127.0.0.1:1", false },
        { "localhost:PORT0", false },
        { "", false },
    };

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Only_the_loopback_address_or_localhost_with_the_port_is_answered(string host, bool answered)
    {
        var port = _server.Address.Port.ToString(CultureInfo.InvariantCulture);
        foreach (var path in new[] { "/khasite/en/history/founding/", PreviewClient.StatePath, "/" })
        {
            var (status, text) = await RawGetAsync(path, host.Replace("PORT", port, StringComparison.Ordinal));
            if (answered)
            {
                Assert.NotEqual(421, status);
                Assert.True(status is 200 or 302, $"{path}: {status}");
            }
            else
            {
                Assert.True(status is 421 or 400, $"{host} {path}: {status}");
                Assert.DoesNotContain("Founding", text, StringComparison.Ordinal);
                Assert.DoesNotContain("\"version\"", text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("/../KhaSite.csproj")]
    [InlineData("/khasite/../../KhaSite.csproj")]
    [InlineData("/khasite/../secret.txt")]
    [InlineData("/khasite/..%2Fsecret.txt")]
    [InlineData("/khasite/..%2F..%2FKhaSite.csproj")]
    [InlineData("/khasite/%2e%2e/%2e%2e/KhaSite.csproj")]
    [InlineData("/khasite/%252e%252e/secret.txt")]
    [InlineData("/khasite/..\\secret.txt")]
    [InlineData("/khasite/..%5Csecret.txt")]
    [InlineData("/khasite/%2E%2E%2Fsecret.txt")]
    public async Task Paths_that_leave_the_site_are_refused(string target)
    {
        var (status, text) = await RawGetAsync(target);
        Assert.True(status is 400 or 404, $"{target}: {status}");
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_path_inside_the_url_is_refused()
    {
        var secret = Path.Combine(_site.Root, "KhaSite.csproj").Replace('\\', '/');
        var (status, text) = await RawGetAsync("/khasite/" + secret);
        Assert.True(status is 400 or 404, $"{secret}: {status}");
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_the_site_under_its_base_path_with_the_reload_script_only_in_served_pages()
    {
        var root = await _http.GetAsync(Url("/"));
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/khasite/", root.Headers.Location?.OriginalString);

        var page = await _http.GetAsync(Url("/khasite/en/history/founding/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Founding</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{PreviewClient.Path}\" data-khasite-version=\"{_server.State.Current.Version}\"></script>\n</body>", html, StringComparison.Ordinal);

        var built = File.ReadAllText(Path.Combine(_server.OutputDir, "en", "history", "founding", "index.html"));
        Assert.DoesNotContain("__khasite", built, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output), "the preview never writes output/");

        var css = await _http.GetAsync(Url("/khasite/assets/site.css"));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("__khasite", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var folder = await _http.GetAsync(Url("/khasite/en/history/founding"));
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/khasite/en/history/founding/", folder.Headers.Location?.OriginalString);

        var script = await _http.GetStringAsync(Url(PreviewClient.Path));
        Assert.Contains("EventSource", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_pages_get_the_404_page_with_status_404()
    {
        foreach (var path in new[] { "/khasite/en/no-such-page/", "/elsewhere.html", "/khasite/nothing.css" })
        {
            var response = await _http.GetAsync(Url(path));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-page=\"notfound\"", html, StringComparison.Ordinal);
            Assert.Contains(PreviewClient.Path, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_saved_article_is_served_at_once_and_the_full_build_that_follows_makes_the_same_page()
    {
        var before = _server.State.Current;
        var quick = _server.State.NextAsync();
        File.AppendAllText(Path.Combine(_site.Input, "articles", "history", "founding.en.md"), "\nSeen at once [@abdraimov2023, p. 12].\n");
        var shown = await quick.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(shown.Ok);
        Assert.Equal(before.Builds, shown.Builds); // published before any full build ran
        Assert.NotEqual(before.Version, shown.Version); // so open pages reload
        var quickPage = await _http.GetStringAsync(Url("/khasite/en/history/founding/"));
        Assert.Contains("Seen at once", quickPage, StringComparison.Ordinal);

        var full = await FullBuildAfterAsync(before.Builds);
        Assert.True(full.Ok);
        var builtPage = await _http.GetStringAsync(Url("/khasite/en/history/founding/"));
        // The same page but for the preview's own script tag, which names the state's version.
        Assert.Equal(WithoutPreviewTag(quickPage), WithoutPreviewTag(builtPage));
        Assert.Equal(File.ReadAllText(Path.Combine(_server.OutputDir, "en", "history", "founding", "index.html")), WithoutPreviewTag(builtPage));
    }

    [Fact]
    public async Task The_quick_page_dates_the_saved_article_by_the_saved_file_not_by_the_last_build()
    {
        var before = _server.State.Current;
        var article = Path.Combine(_site.Input, "articles", "history", "founding.en.md");
        // Saved as an editor's "save" often is: a new file moved over the old one, here with a time no build has seen
        // (made outside the watched folder, so that the save is one change, of the article).
        var saved = Path.Combine(_site.Root, "founding.en.md.saving");
        File.WriteAllText(saved, File.ReadAllText(article).Replace("was founded in", "was first founded in", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(saved, new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc));
        var quick = _server.State.NextAsync();
        File.Move(saved, article, overwrite: true);
        var shown = await quick.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(before.Builds, shown.Builds); // the quick path's page, before any full build ran

        var page = await _http.GetStringAsync(Url("/khasite/en/history/founding/"));
        Assert.Contains("first founded", page, StringComparison.Ordinal);
        Assert.Contains("\"dateModified\":\"2031-05-06T07:08:09", page, StringComparison.Ordinal);
        Assert.True((await FullBuildAfterAsync(before.Builds)).Ok);
        Assert.Equal(WithoutPreviewTag(page), WithoutPreviewTag(await _http.GetStringAsync(Url("/khasite/en/history/founding/"))));
    }

    private static string WithoutPreviewTag(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<script[^>]*" + System.Text.RegularExpressions.Regex.Escape(PreviewClient.Path) + "[^>]*></script>\n", "");

    [Fact]
    public async Task After_a_save_the_quick_page_is_served_from_memory_and_the_full_build_renders_only_what_changed()
    {
        var before = _server.State.Current;
        var file = Path.Combine(_server.OutputDir, "en", "history", "founding", "index.html");
        var quick = _server.State.NextAsync();
        // Words only: no new citation or link, so that no other page changes (a citation changes the source's page).
        var article = Path.Combine(_site.Input, "articles", "history", "founding.en.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("was founded in", "was Kept aside in", StringComparison.Ordinal));
        await quick.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("Kept aside", await _http.GetStringAsync(Url("/khasite/en/history/founding/")), StringComparison.Ordinal);

        // The quick path left the output folder as the last full build left it, so that build's stamp still held and
        // the full build kept the pages the save did not change.
        Assert.True((await FullBuildAfterAsync(before.Builds)).Ok);
        Assert.Contains("Kept aside", File.ReadAllText(file), StringComparison.Ordinal);
        var (kept, rendered) = _server.LastPages;
        Assert.InRange(rendered, 1, kept / 4);
    }

    [Fact]
    public async Task A_saved_article_with_an_error_is_left_to_the_full_build_which_reports_it()
    {
        var before = _server.State.Current;
        File.AppendAllText(Path.Combine(_site.Input, "articles", "history", "founding.en.md"), "\nNot shown [@nosuchsource].\n");
        var next = await _server.State.NextAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(next.Ok);
        Assert.Equal(before.Builds + 1, next.Builds);
        Assert.Contains(next.Diagnostics, d => d.Code == "KHA0103" && d.File.EndsWith("founding.en.md", StringComparison.Ordinal));
        Assert.DoesNotContain("Not shown", await _http.GetStringAsync(Url("/khasite/en/history/founding/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rapid_saves_are_coalesced_into_one_rebuild()
    {
        var before = _server.State.Current;
        var file = Path.Combine(_site.Input, "articles", "history", "founding.kk.md");
        for (var i = 1; i <= 6; i++)
        {
            File.WriteAllText(file, $"---\ntitle: Құрылуы {i}\nsummary: Құрылуы.\ncategory: event\n---\nАссамблея 1995 жылы құрылды [@abdraimov2023].\n");
            // A blocking pause: an awaited delay can stretch far beyond Quiet when other tests keep the thread pool busy.
            Thread.Sleep(PreviewBuilder.Quiet / 5);
        }
        var after = await FullBuildAfterAsync(before.Builds);
        await Task.Delay(PreviewBuilder.Quiet * 3 + PreviewBuilder.AfterQuickRender);
        Assert.True(after.Ok);
        Assert.Equal(before.Builds + 1, _server.State.Current.Builds);
        var html = await _http.GetStringAsync(Url("/khasite/kk/history/founding/"));
        Assert.Contains("Құрылуы 6", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_keep_the_last_good_site_and_are_published_with_their_place_until_fixed()
    {
        var good = _server.State.Current;
        var siteYml = Path.Combine(_site.Input, "site.yml");
        var next = _server.State.NextAsync();
        File.Delete(siteYml);
        var broken = await next.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(broken.Ok);
        Assert.True(broken.HasSite);
        Assert.Equal(good.Version, broken.Version);
        var diagnostic = Assert.Single(broken.Diagnostics);
        Assert.Equal("KHA0002", diagnostic.Code);
        Assert.EndsWith("site.yml", diagnostic.File, StringComparison.Ordinal);
        var page = await _http.GetAsync(Url("/khasite/en/history/founding/"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var state = await _http.GetStringAsync(Url(PreviewClient.StatePath));
        Assert.Contains("\"code\":\"KHA0002\"", state, StringComparison.Ordinal);

        next = _server.State.NextAsync();
        File.WriteAllText(siteYml, FixtureSite.SiteYml);
        var fixedState = await next.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(fixedState.Ok);
        Assert.Empty(fixedState.Diagnostics);
        Assert.NotEqual(good.Version, fixedState.Version);
    }

    [Fact]
    public async Task A_build_that_throws_is_reported_and_the_server_keeps_serving()
    {
        var good = _server.State.Current;
        // A file where the writer wants its staging folder makes the Write stage throw.
        var blocker = _server.OutputDir + ".staging";
        File.WriteAllText(blocker, "in the way");
        // A change the quick path leaves to the full build (a data file), so that the full build is what fails.
        File.AppendAllText(Path.Combine(_site.Input, "data", "sources.yml"), "\n# touched\n");
        var failed = await FullBuildAfterAsync(good.Builds);

        Assert.False(failed.Ok);
        // The overlay says that it failed, never the exception's text (that goes to the console).
        Assert.Equal(PreviewBuilder.UnexpectedFailure, failed.Failure);
        Assert.DoesNotContain("Exception", await _http.GetStringAsync(Url(PreviewClient.StatePath)), StringComparison.Ordinal);
        Assert.DoesNotContain(blocker, await _http.GetStringAsync(Url(PreviewClient.StatePath)), StringComparison.Ordinal);
        Assert.Equal(good.Version, failed.Version);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(Url("/khasite/en/history/founding/"))).StatusCode);

        File.Delete(blocker);
        File.AppendAllText(Path.Combine(_site.Input, "articles", "history", "founding.en.md"), "\nAgain [@abdraimov2023].\n");
        var recovered = await FullBuildAfterAsync(failed.Builds);
        Assert.True(recovered.Ok);
        Assert.Null(recovered.Failure);
        Assert.Contains("Again", await _http.GetStringAsync(Url("/khasite/en/history/founding/")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_stream_sends_the_current_state_at_once()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await _http.GetAsync(Url(PreviewClient.EventsPath), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        string? line;
        while ((line = await reader.ReadLineAsync(cancel.Token)) is not null && !line.StartsWith("data: ", StringComparison.Ordinal)) { }
        Assert.NotNull(line);
        Assert.Contains($"\"version\":\"{_server.State.Current.Version}\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_preview_folder_is_scratch_space_of_its_own_never_output()
    {
        var a = PreviewOptions.DefaultOutputFor(_site.Input, 5080);
        var otherPort = PreviewOptions.DefaultOutputFor(_site.Input, 5081);
        var otherInput = PreviewOptions.DefaultOutputFor(Path.Combine(_site.Root, "other-input"), 5080);
        try
        {
            Assert.NotEqual(a, otherPort);
            Assert.NotEqual(a, otherInput);
            Assert.False(a.StartsWith(RepoPaths.Root, StringComparison.Ordinal));
            if (OperatingSystem.IsLinux() && Directory.Exists("/dev/shm"))
                Assert.StartsWith("/dev/shm/khasite-preview/", a, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var folder in new[] { a, otherPort, otherInput }) Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public void Only_plain_paths_are_safe()
    {
        Assert.True(PreviewServer.IsSafe("/khasite/kk/history/founding/"));
        Assert.True(PreviewServer.IsSafe("/khasite/assets/site.css"));
        foreach (var path in new[] { "/khasite/../x", "/khasite/./x", "/khasite/..%2Fx", "/khasite/a\\..\\x", "/khasite/c:/x", "khasite/x", "/khasite/\0" })
            Assert.False(PreviewServer.IsSafe(path), path);
    }
}
