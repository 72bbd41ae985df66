using KhaSite.Diagnostics;
using KhaSite.Load;
using Microsoft.Playwright;

namespace KhaSite.Tests.Support;

/// <summary>
/// Shared by every browser, accessibility, validator and link test (one collection, so they run one after another):
/// builds the verification fixture site once, and the real site in <c>input/</c> once when a test asks for it,
/// serves each output over HTTP under its base path, and starts Debian's Chromium once when a test needs it.
/// Everything is made on first use, so a run whose browser tests are skipped never starts a browser.
/// </summary>
public sealed class VerificationFixture : IAsyncLifetime
{
    public const string FixtureSiteUrl = "https://example.org/khasite/";

    /// <summary>The arguments Debian's Chromium runs with here: headless in a container, no network of its own.</summary>
    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private FixtureSite? _fixtureSource;
    private string? _realOutput;
    private BuiltSite? _fixture;
    private BuiltSite? _real;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The verification fixture site (<see cref="VerificationSiteContent"/>), built and served.</summary>
    public Task<BuiltSite> FixtureSiteAsync() => Once(() => _fixture, async () =>
    {
        _fixtureSource = VerificationSiteContent.Write(new FixtureSite());
        // The published site has its search index (the build's own: nothing outside .NET is needed).
        var result = await SiteBuilder.BuildAsync(_fixtureSource.Options with { Search = true }, write: true);
        if (!result.Succeeded)
            throw new InvalidOperationException("The verification fixture site did not build:\n" + string.Join("\n", result.Diagnostics));
        return _fixture = await BuiltSite.OpenAsync("fixture", _fixtureSource.Output, new Uri(FixtureSiteUrl));
    });

    /// <summary>
    /// The real encyclopedia (<c>input/</c>), built into a temporary folder and served. The tests that use it are
    /// skipped locally while it has build errors (see <see cref="RealSiteStatus"/>); under CI they fail here.
    /// </summary>
    public Task<BuiltSite> RealSiteAsync() => Once(() => _real, async () =>
    {
        Tools.Require(Needs.RealSite);
        _realOutput = Path.Combine(Path.GetTempPath(), "khasite-tests", "real-" + Guid.NewGuid().ToString("N"), "output");
        var result = await SiteBuilder.BuildAsync(RealSiteStatus.Options(_realOutput) with { Search = true, Book = true }, write: true);
        if (!result.Succeeded)
            throw new InvalidOperationException("The real site did not build:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var config = SiteConfigLoader.Load(Path.Combine(RepoPaths.Input, "site.yml"), new DiagnosticBag())
            ?? throw new InvalidOperationException("input/site.yml could not be read");
        return _real = await BuiltSite.OpenAsync("real", _realOutput, config.BaseUrl);
    });

    /// <summary>Debian's Chromium through Playwright (its .NET package brings its own driver; no browser is downloaded).</summary>
    public Task<IBrowser> BrowserAsync() => Once(() => _browser, async () =>
    {
        Tools.Require(Needs.Chromium);
        _playwright = await Playwright.CreateAsync();
        return _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    });

    private async Task<T> Once<T>(Func<T?> existing, Func<Task<T>> make) where T : class
    {
        if (existing() is { } ready) return ready;
        await _gate.WaitAsync();
        try
        {
            return existing() ?? await make();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_fixture is not null) await _fixture.DisposeAsync();
        if (_real is not null) await _real.DisposeAsync();
        _fixtureSource?.Dispose();
        if (_realOutput is not null)
        {
            try { Directory.Delete(Path.GetDirectoryName(_realOutput)!, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>The collection every verification test class joins: one fixture site, one server, one browser.</summary>
[CollectionDefinition(Name)]
public sealed class VerificationCollection : ICollectionFixture<VerificationFixture>
{
    public const string Name = "Verification";
}
