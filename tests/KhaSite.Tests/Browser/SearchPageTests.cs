using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KhaSite.Tests.Browser;

/// <summary>
/// The search page of the fixture site in Chromium: results that say what they are (kind, section, an excerpt with
/// the match marked and no citation markers), filters, the keyboard (↓/↑ through the results, Enter opens), the link
/// to search the other language, and axe's contrast rules with results shown in both colour schemes, on a desktop
/// and a phone. Screenshots go to <c>artifacts/screenshots/fixture/</c>.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class SearchPageTests(VerificationFixture fixture)
{
    [VerifyFact(Needs.Browser)]
    public async Task A_result_says_what_it_is_and_shows_a_clean_excerpt_with_the_match_marked()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site, new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        await tab.GotoAsync(site.Url("kk/search/"));
        var results = await SearchQueryTests.RunAsync(tab.Page, "форумы");
        Assert.Equal(site.Url("kk/history/forum-1992/"), results[0]);

        var first = tab.Page.Locator(".search-result").First;
        await Expect(first.Locator(".search-result__kind")).ToHaveTextAsync("Мақала");
        await Expect(first.Locator(".search-result__meta")).ToContainTextAsync("Тарихы");
        var kinds = await tab.Page.Locator(".search-result__kind").AllTextContentsAsync();
        Assert.Contains("Оқиға", kinds);
        var marks = await tab.Page.Locator(".search-result__excerpt mark").AllTextContentsAsync();
        Assert.Contains(marks, m => m.StartsWith("форум", StringComparison.OrdinalIgnoreCase));
        foreach (var excerpt in await tab.Page.Locator(".search-result__excerpt").AllTextContentsAsync())
            Assert.DoesNotMatch(@"\[\d+\]|@|author2023", excerpt);

        // The kind filter keeps only events, and says so on its pressed button.
        var events = tab.Page.Locator(".search__chip[data-filter='kind'][data-value='event']");
        await events.ClickAsync();
        await Expect(events).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.All(await tab.Page.Locator(".search-result__kind").AllTextContentsAsync(), k => Assert.Equal("Оқиға", k));

        // The other language's search gets the query too.
        var other = tab.Page.Locator(".search__other[hreflang='en']");
        Assert.EndsWith("en/search/?q=%D1%84%D0%BE%D1%80%D1%83%D0%BC%D1%8B", await other.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        tab.AssertClean();
    }

    [VerifyFact(Needs.Browser)]
    public async Task Arrow_keys_move_through_the_results_and_Enter_opens_one()
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site, new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        await tab.GotoAsync(site.Url("en/search/?q=Assembly"));
        await tab.Page.WaitForFunctionAsync("() => document.getElementById('search').dataset.done === 'Assembly'");
        await Expect(tab.Page.Locator("#search-input")).ToHaveValueAsync("Assembly");
        var links = tab.Page.Locator(".search-result__link");
        Assert.True(await links.CountAsync() >= 2, "at least two results");

        await tab.Page.Locator("#search-input").PressAsync("ArrowDown");
        await Expect(links.Nth(0)).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(links.Nth(1)).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync("ArrowUp");
        await tab.Page.Keyboard.PressAsync("ArrowUp");
        await Expect(tab.Page.Locator("#search-input")).ToBeFocusedAsync();

        await tab.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(links.Nth(0)).ToBeFocusedAsync();
        var href = await links.Nth(0).EvaluateAsync<string>("a => a.href");
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.WaitForUrlAsync(href);
        Assert.Equal(href, tab.Page.Url);
        tab.AssertClean();
    }

    [VerifyTheory(Needs.Accessibility)]
    [InlineData("light", 1280)]
    [InlineData("dark", 1280)]
    [InlineData("light", 360)]
    [InlineData("dark", 360)]
    public async Task With_results_shown_axe_finds_no_violation_in_either_scheme(string scheme, int width)
    {
        var site = await fixture.FixtureSiteAsync();
        var options = width < 600 ? ReaderTests.Phone(width) : new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 } };
        options.ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var tab = await OpenAsync(site, options, $"{scheme}-{width}");
        await AxeChecker.InstallAsync(tab.Context);
        foreach (var lang in new[] { "kk", "en" })
        {
            await tab.GotoAsync(site.Url($"{lang}/search/"));
            await SearchQueryTests.RunAsync(tab.Page, lang == "kk" ? "Ассамблея" : "Assembly");
            // A pressed filter too: its colours are the inverse of the others'.
            await tab.Page.Locator(".search__chip[data-value='article']").ClickAsync();
            await tab.ScreenshotAsync(fullPage: false);
            Assert.Null(await Layout.HorizontalOverflowAsync(tab.Page));
            var violations = await AxeChecker.RunAsync(tab.Page);
            Assert.True(violations.Count == 0, AxeChecker.Format(violations));
        }
        tab.AssertClean();
    }

    private async Task<PageProbe> OpenAsync(BuiltSite site, BrowserNewContextOptions options, string? variant = null) =>
        await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, options, variant);
}
