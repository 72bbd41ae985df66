using System.Globalization;
using KhaSite.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KhaSite.Tests.Browser;

/// <summary>
/// Finding and reading, in Debian's Chromium against the verification fixture site: search in both languages, the
/// remembered dark scheme, the Kazakh A–Z index and the print stylesheet. Like <see cref="ReaderTests"/>, every test
/// also fails on any console error, failed request or error response on a page it visited.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class FindingAndReadingTests(VerificationFixture fixture)
{
    [VerifyTheory(Needs.Browser)]
    [InlineData("kk", "әлеуметтік", "kk/history/social-accord/", "Әлеуметтік келісім")]
    [InlineData("kk", "ӘЛЕУМЕТТІК", "kk/history/social-accord/", "Әлеуметтік келісім")]
    [InlineData("kk", "бірлігі", "kk/history/unity-day/", "Қазақстан халқының бірлігі күні")]
    [InlineData("kk", "ҰЛТТЫҚ-МӘДЕНИ", "kk/history/cultural-centres/", "Ұлттық-мәдени орталықтар")]
    [InlineData("en", "solidarity", "en/history/solidarity/", "Solidarity and friendship")]
    [InlineData("en", "SOLIDARITY", "en/history/solidarity/", "Solidarity and friendship")]
    public async Task The_header_search_box_leads_to_the_search_page_whose_results_list_the_article(string lang, string query, string expected, string title)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url($"{lang}/history/founding/"));
        await tab.Page.Locator("header #site-search-q").FillAsync(query);
        await tab.Page.Locator("header #site-search-q").PressAsync("Enter");
        await tab.WaitForUrlAsync(url => url.StartsWith(site.Url($"{lang}/search/"), StringComparison.Ordinal));

        // The page's one search box is named by its visible label, and holds the query from the header.
        var input = tab.Page.Locator("#search-input");
        await Expect(tab.Page.Locator("label[for='search-input']")).ToBeVisibleAsync();
        await Expect(input).ToHaveValueAsync(query);
        await Expect(tab.Page.Locator("header #site-search-q")).ToBeHiddenAsync();
        var result = tab.Page.Locator(".search-result__link").Filter(new() { HasText = title });
        await Expect(result).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        Assert.Equal(site.Url(expected), await result.EvaluateAsync<string>("a => a.href"));
        await tab.ScreenshotAsync(lang + "-" + expected.Split('/')[^2] + (query == query.ToUpperInvariant() ? "-upper" : ""));

        await result.ClickAsync();
        await tab.WaitForUrlAsync(site.Url(expected));
        await Expect(tab.Page.Locator("h1")).ToHaveTextAsync(title);
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task The_dark_scheme_chosen_with_the_toggle_stays_on_other_pages_and_after_a_reload()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Light }, variant: "toggle");
        var html = tab.Page.Locator("html");
        async Task<string> Background() => await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        await tab.GotoAsync(site.Url("kk/history/founding/"));
        var light = await Background();
        await Expect(html).Not.ToHaveAttributeAsync("data-theme", "dark");
        await tab.Page.Locator(".theme-toggle").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(tab.Page.Locator(".theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        var dark = await Background();
        Assert.NotEqual(light, dark);
        Assert.Equal("rgb(23, 25, 28)", dark);

        // Another page, reached by clicking, and then a reload: still dark.
        await tab.Page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Құқық", Exact = true }).ClickAsync();
        await tab.WaitForUrlAsync(site.Url("kk/law/"));
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        Assert.Equal(dark, await Background());
        await tab.ScreenshotAsync();
        await tab.Page.ReloadAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        Assert.Equal(dark, await Background());

        // And back to light, remembered too.
        await tab.Page.Locator(".theme-toggle").ClickAsync();
        await tab.Page.ReloadAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");
        Assert.Equal(light, await Background());
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task The_kazakh_a_to_z_index_has_its_letter_headings_in_kazakh_alphabet_order()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url("kk/a-z/"));
        await tab.ScreenshotAsync();
        var headings = await tab.Page.Locator(".letter-group__letter").AllInnerTextsAsync();
        var letters = headings.Select(h => h.Trim()).ToList();
        var kazakh = StringComparer.Create(new CultureInfo("kk-KZ"), ignoreCase: false);
        Assert.Equal(letters.Order(kazakh), letters);
        foreach (var (before, after) in new[] { ("А", "Ә"), ("К", "Қ"), ("У", "Ұ"), ("Ы", "І") })
        {
            Assert.Contains(before, letters);
            Assert.Contains(after, letters);
            Assert.True(letters.IndexOf(before) + 1 == letters.IndexOf(after),
                $"'{after}' should follow '{before}' in the A–Z index: {string.Join(" ", letters)}");
        }
        // Each heading is visible and lists the article that starts with its letter.
        var group = tab.Page.Locator(".letter-group").Filter(new() { Has = tab.Page.Locator(".letter-group__letter", new() { HasText = "Ә" }) });
        await Expect(group.GetByRole(AriaRole.Link, new() { Name = "Әлеуметтік келісім" })).ToBeVisibleAsync();
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task Printing_an_article_hides_the_site_navigation_and_keeps_the_article_its_references_and_link_addresses()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } }, variant: "print");
        await tab.GotoAsync(site.Url("en/history/founding/"));
        var page = tab.Page;
        await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await tab.ScreenshotAsync();

        foreach (var hidden in new[] { ".site-header", ".site-nav", ".site-search", ".theme-toggle", ".lang-switch", ".site-footer__links", ".prev-next" })
            await Expect(page.Locator(hidden)).ToBeHiddenAsync();
        foreach (var shown in new[] { "article h1", ".article__body", ".references", ".references__list li" })
            await Expect(page.Locator(shown).First).ToBeVisibleAsync();

        // A link in the text prints its address after it.
        var link = page.Locator(".article__body a[href*='law-2008']").First;
        var href = await link.GetAttributeAsync("href");
        Assert.Equal($"\" ({href})\"", await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"));
        tab.AssertClean();
    }

    /// <summary>
    /// Issue 18, item 3: printing from dark mode gave near-white text on white paper (browsers drop backgrounds when
    /// printing). Dark mode chosen by the system and by the toggle; every text element of the article prints at a
    /// contrast of at least 4.5:1 against white.
    /// </summary>
    [VerifyTheory(Needs.Browser)]
    [InlineData("system")]
    [InlineData("toggle")]
    public async Task Item_3_printing_from_dark_mode_prints_dark_text_on_white(string darkBy)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 }, ColorScheme = darkBy == "system" ? ColorScheme.Dark : ColorScheme.Light },
            variant: "print-dark-" + darkBy);
        await tab.GotoAsync(site.Url("en/history/founding/"));
        var page = tab.Page;
        if (darkBy == "toggle")
        {
            await page.EvaluateAsync("() => localStorage.setItem('khasite-theme', 'dark')");
            await page.ReloadAsync();
            Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        }
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.body).color !== 'rgb(0, 0, 0)'"), "the page is dark before printing");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await tab.ScreenshotAsync();

        var worst = await page.EvaluateAsync<string>("""
            () => {
              const lum = c => { const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
              const contrast = c => 1.05 / (lum(c) + 0.05);
              let worst = null;
              for (const el of document.querySelectorAll('article h1, article h2, .article__body p, .article__body a, .infobox, .references li, .references a, .cite a')) {
                if (!el.offsetParent) continue;
                const c = getComputedStyle(el).color, ratio = contrast(c);
                if (!worst || ratio < worst.ratio) worst = { ratio, what: el.tagName + '.' + el.className + ' ' + c };
              }
              return worst ? worst.ratio.toFixed(2) + ' ' + worst.what : 'none';
            }
            """);
        Assert.True(double.Parse(worst.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) >= 4.5, "lowest print contrast against white: " + worst);
        tab.AssertClean();
    }

    private async Task<PageProbe> OpenAsync(BuiltSite site) =>
        await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
}
