using KhaSite.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KhaSite.Tests.Browser;

/// <summary>
/// Citations as a reader uses them (issue 4), on the verification fixture site's article "founding"
/// (<c>[1, p. 12]</c> in its first sentence, <c>[2]</c> after "the 2008 law") and its timeline page:
/// the preview of a marker on hover and on keyboard focus, the marker as a plain link without JavaScript,
/// and the reference list's back-links to the citing sentence.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class CitationBrowserTests(VerificationFixture fixture)
{
    private const string Article = "history/founding/";

    [VerifyTheory(Needs.Browser)]
    [InlineData("kk", "12-б.")]
    [InlineData("en", "p. 12")]
    public async Task Hovering_a_marker_previews_its_reference_with_the_locator_until_the_pointer_leaves(string lang, string locator)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url($"{lang}/{Article}"));
        var preview = tab.Page.Locator("#cite-preview");
        var reference = (await tab.Page.Locator("#ref-1 .ref-text").InnerTextAsync()).Trim();

        await tab.Page.Locator("#cite-1-a").HoverAsync();
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview).ToHaveAttributeAsync("role", "tooltip");
        await Expect(preview).ToContainTextAsync(reference);
        await Expect(preview.Locator(".cite-preview__locator")).ToHaveTextAsync(locator);
        await tab.ScreenshotAsync("cite-hover", fullPage: false);

        // The pointer can move onto the preview without it disappearing (WCAG 1.4.13, hoverable) …
        var box = (await preview.BoundingBoxAsync())!;
        await tab.Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2, new() { Steps = 5 });
        await tab.Page.WaitForTimeoutAsync(500);
        await Expect(preview).ToBeVisibleAsync();
        // … and leaving both hides it.
        await tab.Page.Mouse.MoveAsync(5, 5);
        await Expect(preview).ToBeHiddenAsync();

        // A marker without a locator previews its own reference, without a locator line.
        await tab.Page.Locator("#cite-2-b").HoverAsync();
        await Expect(preview).ToContainTextAsync((await tab.Page.Locator("#ref-2 .ref-text").InnerTextAsync()).Trim());
        await Expect(preview).Not.ToContainTextAsync(reference);
        await Expect(preview.Locator(".cite-preview__locator")).ToHaveCountAsync(0);
        tab.AssertClean();
    }

    [VerifyTheory(Needs.Browser)]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task Focusing_a_marker_with_the_keyboard_shows_the_preview_it_is_described_by_and_Escape_dismisses_it(string lang)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        await tab.GotoAsync(site.Url($"{lang}/{Article}"));
        var marker = tab.Page.Locator("#cite-1-a");
        var preview = tab.Page.Locator("#cite-preview");
        for (var presses = 0; !await marker.EvaluateAsync<bool>("m => m === document.activeElement"); presses++)
        {
            Assert.True(presses < 60, "60 presses of Tab did not reach the first citation marker");
            await tab.Page.Keyboard.PressAsync("Tab");
        }
        await Expect(preview).ToBeVisibleAsync();
        await Expect(marker).ToHaveAttributeAsync("aria-describedby", "cite-preview");
        await Expect(preview).ToContainTextAsync((await tab.Page.Locator("#ref-1 .ref-text").InnerTextAsync()).Trim());
        await tab.ScreenshotAsync("cite-focus", fullPage: false);

        await tab.Page.Keyboard.PressAsync("Escape");
        await Expect(preview).ToBeHiddenAsync();
        await Expect(marker).Not.ToHaveAttributeAsync("aria-describedby", "cite-preview");
        await Expect(marker).ToBeFocusedAsync();

        // Coming back to the marker shows it again; moving focus on hides it.
        await tab.Page.Keyboard.PressAsync("Tab");
        await tab.Page.Keyboard.PressAsync("Shift+Tab");
        await Expect(marker).ToBeFocusedAsync();
        await Expect(preview).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("Tab");
        await Expect(marker).Not.ToBeFocusedAsync();
        // (The next link may be one to another page, whose page preview then takes the popup.)
        await Expect(tab.Page.Locator("#cite-preview:not(.cite-preview--page)")).ToBeHiddenAsync();
        tab.AssertClean();
    }

    [VerifyTheory(Needs.Browser)]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task Without_javascript_a_marker_leads_to_its_entry_in_the_reference_list(string lang)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } }, variant: "nojs");
        await tab.GotoAsync(site.Url($"{lang}/{Article}"));
        await tab.Page.Locator("#cite-2-b").ClickAsync();
        await tab.WaitForUrlAsync(site.Url($"{lang}/{Article}#ref-2"));
        var entry = tab.Page.Locator("#ref-2");
        await Expect(entry).ToBeInViewportAsync();
        await Expect(entry).ToHaveCSSAsync("outline-style", "solid"); // :target
        await Expect(tab.Page.Locator("#cite-preview")).ToHaveCountAsync(0);
        await tab.ScreenshotAsync("cite-nojs", fullPage: false);
        tab.AssertClean();
    }

    [VerifyTheory(Needs.Browser)]
    [InlineData("kk", "Ассамблея 1995 жылы 1 наурызда құрылды", "Мәртебесі 2008 жылғы заңмен бекітілді")]
    [InlineData("en", "The Assembly was founded on 1 March 1995", "Its status was set by the 2008 law")]
    public async Task A_back_link_in_the_reference_list_lands_on_the_marker_in_the_citing_sentence(string lang, string firstSentence, string statusSentence)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await OpenAsync(site);
        var page = site.Url($"{lang}/{Article}");
        await tab.GotoAsync(page);

        // [1] is cited several times: back-links a, b, c …; [2] twice: a, b.
        await BackAsync(tab, page, "#ref-1", "a", "cite-1-a", firstSentence);
        await BackAsync(tab, page, "#ref-2", "b", "cite-2-b", statusSentence);

        // On the timeline page [2] is cited once: a single ↑ leads back to the event that cites it.
        var timeline = site.Url($"{lang}/timeline/");
        await tab.GotoAsync(timeline);
        var title = (await tab.Page.Locator("#event-law .timeline__title").InnerTextAsync()).Split('[')[0].Trim();
        await BackAsync(tab, timeline, "#ref-2", "↑", "cite-2-a", title);
        tab.AssertClean();
    }

    /// <summary>Clicks the back-link <paramref name="text"/> of a reference entry and checks where the reader lands.</summary>
    private static async Task BackAsync(PageProbe tab, string page, string entry, string text, string markerId, string sentence)
    {
        var back = tab.Page.Locator($"{entry} .references__back a").Filter(new() { HasTextRegex = new($"^{text}$") });
        await back.ScrollIntoViewIfNeededAsync();
        await back.ClickAsync();
        await Expect(tab.Page).ToHaveURLAsync(page + "#" + markerId);
        var marker = tab.Page.Locator("#" + markerId);
        await Expect(marker).ToBeInViewportAsync();
        await Expect(marker).ToHaveCSSAsync("outline-style", "solid"); // :target
        // The marker stands right after the words it cites.
        var before = await marker.EvaluateAsync<string>(
            "m => { const range = document.createRange(); range.setStart(m.closest('p'), 0); range.setEndBefore(m.closest('.cite')); return range.toString(); }");
        Assert.True(before.TrimEnd().EndsWith(sentence, StringComparison.Ordinal),
            $"back-link {text} of {entry} leads to #{markerId}, which follows \"{before}\", not the sentence \"{sentence}\"");
        await tab.ScreenshotAsync("back-" + markerId, fullPage: false);
    }

    private async Task<PageProbe> OpenAsync(BuiltSite site) =>
        await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
}
