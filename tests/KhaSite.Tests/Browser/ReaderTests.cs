using System.Globalization;
using KhaSite.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KhaSite.Tests.Browser;

/// <summary>
/// What a reader does, in Debian's Chromium against the verification fixture site served under <c>/khasite/</c>.
/// Every test also fails on any console error, script error, failed request or error response on any page it
/// visited, and leaves a screenshot of each page in <c>artifacts/screenshots/fixture/</c>.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class ReaderTests(VerificationFixture fixture)
{
    [VerifyFact(Needs.Browser)]
    public async Task The_root_lets_the_reader_pick_a_language()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        foreach (var lang in new[] { "kk", "en" })
        {
            await tab.GotoAsync(site.Url(""));
            await tab.ScreenshotAsync();
            await tab.Page.Locator($"main a[hreflang='{lang}']").ClickAsync();
            await tab.WaitForUrlAsync(site.Url($"{lang}/"));
            await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", lang);
            await Expect(tab.Page.Locator("main h1")).ToBeVisibleAsync();
            await tab.ScreenshotAsync();
        }
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task The_language_switch_on_an_article_lands_on_the_same_article_in_the_other_language()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url("kk/history/founding/"));
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Ассамблеяның құрылуы");

        await tab.Page.Locator("header a[hreflang='en']").ClickAsync();
        await tab.WaitForUrlAsync(site.Url("en/history/founding/"));
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Founding of the Assembly");
        await tab.ScreenshotAsync();

        await tab.Page.Locator("header a[hreflang='kk']").ClickAsync();
        await tab.WaitForUrlAsync(site.Url("kk/history/founding/"));
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Ассамблеяның құрылуы");

        // An article without its English translation offers no link to a page that does not exist, and says so.
        await tab.GotoAsync(site.Url("kk/law/only-kk/"));
        await Expect(tab.Page.Locator("header a[hreflang='en']")).ToHaveCountAsync(0);
        await Expect(tab.Page.Locator("main [role='note']")).ToBeVisibleAsync();
        await tab.ScreenshotAsync();
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task Following_an_internal_link_to_a_kazakh_anchor_opens_the_article_at_that_heading()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url("kk/history/founding/"));
        await tab.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "2008 жылғы заңмен", Exact = true }).ClickAsync();
        await tab.WaitForUrlAsync(url => url.StartsWith(site.Url("kk/law/law-2008/"), StringComparison.Ordinal));
        Assert.Equal("заңның-мақсаты", await tab.Page.EvaluateAsync<string>("() => decodeURIComponent(location.hash.slice(1))"));
        var heading = tab.Page.Locator("[id='заңның-мақсаты']");
        await Expect(heading).ToHaveTextAsync("Заңның мақсаты");
        await Expect(heading).ToBeInViewportAsync();
        await tab.ScreenshotAsync("anchor");
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task The_reader_goes_from_home_to_a_section_to_an_article_by_clicking()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url("en/"));
        await tab.Page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
        await tab.WaitForUrlAsync(site.Url("en/history/"));
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("History");
        await tab.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "The 1992 forum", Exact = true }).ClickAsync();
        await tab.WaitForUrlAsync(site.Url("en/history/forum-1992/"));
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("The 1992 forum");
        await tab.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "founding of the Assembly", Exact = true }).ClickAsync();
        await tab.WaitForUrlAsync(site.Url("en/history/founding/"));
        await tab.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Test encyclopedia" }).ClickAsync();
        await tab.WaitForUrlAsync(site.Url("en/"));
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task A_missing_address_gets_the_404_page_whose_links_and_styles_work_from_the_deep_url()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        var missing = site.Url("kk/no/such/page/");
        await tab.GotoAsync(missing, expectedStatus: 404);
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("data-page", "notfound");
        await Expect(tab.Page.Locator("main h1")).ToBeVisibleAsync();
        // The stylesheet came from the site's base path although the page was served deep below it.
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.cssRules.length > 0)"),
            "the 404 page's stylesheet did not load from " + missing);
        await tab.ScreenshotAsync();

        var hrefs = await tab.Page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs.Where(h => h.StartsWith(site.Url(""), StringComparison.Ordinal)).Distinct())
        {
            var response = await tab.Context.APIRequest.GetAsync(href);
            Assert.True(response.Status == 200, $"the 404 page's link {href} answers HTTP {response.Status}");
        }

        await tab.Page.Locator("main a[hreflang='en']").ClickAsync();
        await tab.WaitForUrlAsync(site.Url("en/"));
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task A_language_404_page_served_deep_under_its_folder_is_in_its_language_and_its_links_and_styles_work()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        // As a host that serves the nearest folder's 404.html does (Cloudflare Pages; Netlify with a rule): the
        // static test server serves only the root's, so the browser gets en/404.html for this address here.
        var missing = site.Url("en/no/such/page/");
        var page = await File.ReadAllBytesAsync(Path.Combine(site.OutputDir, "en", "404.html"));
        await tab.Page.RouteAsync(missing, route => route.FulfillAsync(new() { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = page }));
        await tab.GotoAsync(missing, expectedStatus: 404);
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("data-page", "notfound");
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.cssRules.length > 0)"),
            "the English 404 page's stylesheet did not load from " + missing);
        await tab.ScreenshotAsync();

        var hrefs = await tab.Page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs.Where(h => h.StartsWith(site.Url(""), StringComparison.Ordinal)).Distinct())
        {
            var response = await tab.Context.APIRequest.GetAsync(href);
            Assert.True(response.Status == 200, $"the English 404 page's link {href} answers HTTP {response.Status}");
        }

        await tab.Page.Locator("main .not-found a").ClickAsync();
        await tab.WaitForUrlAsync(site.Url("en/"));
        tab.AssertClean();
    }

    [VerifyTheory(Needs.Browser)]
    [InlineData(320)]
    [InlineData(390)]
    public async Task At_phone_width_no_page_scrolls_sideways(int width) // every page of the fixture site
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, Phone(width), variant: width.ToString(CultureInfo.InvariantCulture));
        var pages = site.Pages.Where(p => p.Kind != "notfound").ToList();
        Assert.True(pages.Count(p => p.Kind == "article") >= 4, "the fixture site should have articles to check");
        var overflowing = new List<string>();
        async Task Check(string file)
        {
            await tab.ScreenshotAsync();
            if (await Layout.HorizontalOverflowAsync(tab.Page) is { } overflow)
                overflowing.AddRange(overflow.Culprits.Select(c => $"{file}: scrolls sideways at {width}px ({overflow.ScrollWidth}px wide): {c}"));
        }
        foreach (var page in pages)
        {
            await tab.GotoAsync(site.Url(page));
            await Check(page.File);
        }
        await tab.GotoAsync(site.Url("kk/no/such/page/"), expectedStatus: 404);
        await Check("404.html");
        KnownSiteIssues.AssertNoOther($"Pages of the fixture site at {width}px", overflowing);
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task Pages_work_without_javascript()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { JavaScriptEnabled = false }, variant: "nojs");
        await tab.GotoAsync(site.Url(""));
        await tab.Page.Locator("main a[hreflang='kk']").ClickAsync();
        await tab.WaitForUrlAsync(site.Url("kk/"));
        await tab.Page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Құқық", Exact = true }).ClickAsync();
        await tab.WaitForUrlAsync(site.Url("kk/law/"));
        await tab.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "2008 жылғы заң", Exact = true }).ClickAsync();
        await tab.WaitForUrlAsync(site.Url("kk/law/law-2008/"));
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync("2008 жылғы заң");
        await tab.ScreenshotAsync();
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task The_keyboard_reaches_the_skip_link_first_and_it_moves_to_the_content()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url("kk/history/founding/"));
        await tab.Page.Keyboard.PressAsync("Tab");
        var focused = tab.Page.Locator(":focus");
        await Expect(focused).ToHaveAttributeAsync("href", "#main");
        await Expect(focused).ToBeVisibleAsync();
        await tab.ScreenshotAsync("skip-link");
        await tab.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("#main", await tab.Page.EvaluateAsync<string>("() => location.hash"));
        await Expect(tab.Page.Locator("#main")).ToBeInViewportAsync();
        tab.AssertClean();
    }

    private async Task<PageProbe> OpenAsync(BuiltSite site) =>
        await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });

    public static BrowserNewContextOptions Phone(int width) => new()
    {
        ViewportSize = new() { Width = width, Height = 800 },
        IsMobile = true,
        HasTouch = true,
    };
}
