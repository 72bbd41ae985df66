using KhaSite.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KhaSite.Tests.Book;

/// <summary>The real site's book page printed in Chromium: nothing wider than an A4 page's text, each article on a new page.</summary>
[Collection(VerificationCollection.Name)]
public sealed class BookPrintTests(VerificationFixture fixture)
{
    // An A4 page (210 mm) less the print stylesheet's side margins (18 mm each), in CSS pixels (96 per inch).
    private const int PrintableWidth = (int)((210 - 2 * 18) / 25.4 * 96);

    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task The_book_page_prints_with_nothing_wider_than_the_page_and_each_article_on_a_new_page(string lang)
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { ViewportSize = new() { Width = PrintableWidth, Height = 900 } }, variant: "book-print-" + lang);
        await tab.GotoAsync(site.Url($"{lang}/book/"));
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var overflowing = await page.EvaluateAsync<string[]>("""
            width => [...document.querySelectorAll('.book *')]
              // An SVG's shapes are clipped to the SVG, whose own box is measured.
              .filter(e => !e.ownerSVGElement && e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 1)
              .slice(0, 10)
              .map(e => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px) in #${e.closest('[id]')?.id}`)
            """, PrintableWidth);
        Assert.True(overflowing.Length == 0, $"wider than the {PrintableWidth} px of an A4 page's text:\n" + string.Join("\n", overflowing));

        var breaks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.book__chapter')].map(c => getComputedStyle(c).breakBefore)");
        Assert.True(breaks.Length > 60, $"{breaks.Length} chapters");
        Assert.All(breaks, b => Assert.Equal("page", b));
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        tab.AssertClean();
    }

}
