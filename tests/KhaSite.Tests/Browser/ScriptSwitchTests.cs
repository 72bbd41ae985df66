using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;

namespace KhaSite.Tests.Browser;

/// <summary>
/// Issue 23: the script switch of the real site's Kazakh pages (Кирилл / Latyn) keeps the reader on the same page,
/// at phone and desktop widths, both ways, and the Latin page is tagged kk-Latn.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class ScriptSwitchTests(VerificationFixture fixture)
{
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_script_switch_keeps_the_page(int width)
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 } }, $"script-switch-{width}");
        foreach (var path in new[] { "history/forum-1992/", "timeline/", "a-z/" })
        {
            await tab.GotoAsync(site.Url("kk/" + path));
            await tab.Page.Locator(".script-switch a[data-script-switch]").ClickAsync();
            await tab.WaitForUrlAsync(site.Url("kk-latn/" + path));
            Assert.Equal("kk-Latn", await tab.Page.GetAttributeAsync("html", "lang"));
            Assert.Equal("Latyn", (await tab.Page.Locator(".script-switch [aria-current=page]").TextContentAsync())?.Trim());
            await tab.ScreenshotAsync($"{path.Trim('/').Replace('/', '-')}-{width}", fullPage: false);
            await tab.Page.Locator(".script-switch a[data-script-switch]").ClickAsync();
            await tab.WaitForUrlAsync(site.Url("kk/" + path));
            Assert.Equal("kk", await tab.Page.GetAttributeAsync("html", "lang"));
        }
        tab.AssertClean();
    }
}
