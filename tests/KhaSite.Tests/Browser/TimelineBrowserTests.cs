using System.Text.RegularExpressions;
using KhaSite.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KhaSite.Tests.Browser;

/// <summary>
/// Filtering the timeline by a tag (issue 6) on the verification fixture site's timeline (events tagged
/// <c>founding</c> and <c>law</c>): with JavaScript in place, with the choice kept in the address (<c>?tag=…</c>);
/// without it, through the tag pages <c>/lang/timeline/&lt;tag&gt;/</c>.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class TimelineBrowserTests(VerificationFixture fixture)
{
    private const string TagButtons = ".timeline-filters a[data-tag]:not([data-tag=''])";

    [VerifyTheory(Needs.Browser)]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task With_javascript_a_tag_filter_shows_only_its_events_and_keeps_the_choice_in_the_address(string lang)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site);
        var timeline = site.Url($"{lang}/timeline/");
        await tab.GotoAsync(timeline);
        var all = await EventsAsync(tab.Page);
        var tags = await tab.Page.Locator(TagButtons).EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.tag)");
        Assert.True(tags.Length >= 2, "the fixture timeline should offer at least two tags");
        Assert.All(all, e => Assert.True(e.Visible, $"event {e.Id} is hidden before any filter is chosen"));

        foreach (var tag in tags)
        {
            var button = tab.Page.Locator($".timeline-filters a[data-tag='{tag}']");
            await button.ClickAsync();
            await Expect(tab.Page).ToHaveURLAsync(timeline + "?tag=" + tag);
            await Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
            await AssertOnlyTaggedShownAsync(tab.Page, tag);
            await tab.ScreenshotAsync("tag-" + tag, fullPage: false);

            // The address keeps the choice.
            await tab.GotoAsync(timeline + "?tag=" + tag);
            await AssertOnlyTaggedShownAsync(tab.Page, tag);
        }

        // "All events" shows everything again and clears the address.
        await tab.Page.Locator(".timeline-filters a[data-tag='']").ClickAsync();
        await Expect(tab.Page).ToHaveURLAsync(timeline);
        await Expect(tab.Page.Locator(".timeline-filters a[data-tag='']")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.All(await EventsAsync(tab.Page), e => Assert.True(e.Visible, $"event {e.Id} stays hidden after choosing all events"));

        // The filters are buttons: the keyboard's Space works too.
        await tab.Page.Locator($".timeline-filters a[data-tag='{tags[0]}']").FocusAsync();
        await tab.Page.Keyboard.PressAsync(" ");
        await Expect(tab.Page).ToHaveURLAsync(timeline + "?tag=" + tags[0]);
        await AssertOnlyTaggedShownAsync(tab.Page, tags[0]);
        tab.AssertClean();
    }

    [VerifyTheory(Needs.Browser)]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task Without_javascript_a_tag_filter_leads_to_the_tag_page_listing_only_its_events(string lang)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
            new BrowserNewContextOptions { JavaScriptEnabled = false }, variant: "nojs");
        var timeline = site.Url($"{lang}/timeline/");
        await tab.GotoAsync(timeline);
        var all = await EventsAsync(tab.Page);
        var tags = await tab.Page.Locator(TagButtons).EvaluateAllAsync<string[]>("links => links.map(a => a.dataset.tag)");
        Assert.True(tags.Length >= 2, "the fixture timeline should offer at least two tags");

        foreach (var tag in tags)
        {
            await tab.GotoAsync(timeline);
            await tab.Page.Locator($".timeline-filters a[data-tag='{tag}']").ClickAsync();
            await tab.WaitForUrlAsync(timeline + tag + "/");
            await Expect(tab.Page.Locator($".timeline-filters a[data-tag='{tag}']")).ToHaveAttributeAsync("aria-current", "page");
            var listed = await EventsAsync(tab.Page);
            Assert.Equal(all.Where(e => e.Tags.Contains(tag)).Select(e => e.Id), listed.Select(e => e.Id));
            Assert.All(listed, e => Assert.True(e.Visible, $"event {e.Id} is hidden on the tag page {tag}"));
            await tab.ScreenshotAsync();

            await tab.Page.Locator(".timeline-filters a[href='../']").ClickAsync(); // all events
            await tab.WaitForUrlAsync(timeline);
            Assert.Equal(all.Select(e => e.Id), (await EventsAsync(tab.Page)).Select(e => e.Id));
        }
        tab.AssertClean();
    }

    private sealed class Event
    {
        public string Id { get; init; } = "";
        public string[] Tags { get; init; } = [];
        public bool Visible { get; init; }
    }

    /// <summary>Every event of the timeline in the page, with its tags and whether the reader sees it.</summary>
    private static async Task<Event[]> EventsAsync(IPage page) =>
        (await page.Locator(".timeline-events .timeline__event").EvaluateAllAsync<Event[]>(
            "items => items.map(e => ({ Id: e.id, Tags: e.dataset.tags.split(' '), Visible: e.checkVisibility() }))"))
        .ToArray();

    private static async Task AssertOnlyTaggedShownAsync(IPage page, string tag)
    {
        var events = await EventsAsync(page);
        var wrong = events.Where(e => e.Visible != e.Tags.Contains(tag))
            .Select(e => $"{e.Id} (tags: {string.Join(", ", e.Tags)}) is {(e.Visible ? "shown" : "hidden")}").ToList();
        Assert.True(wrong.Count == 0, $"filtered by {tag} on {page.Url}: " + string.Join("; ", wrong));
        var shown = events.Count(e => e.Visible);
        Assert.True(shown > 0, $"filtered by {tag} on {page.Url}: no event is shown");
        // The count is announced, and no decade heading is left without events.
        await Expect(page.Locator(".timeline-filters__status")).ToContainTextAsync(new Regex($@"\b{shown}\b"));
        var emptyDecades = await page.Locator(".timeline__decade").EvaluateAllAsync<string[]>(
            "sections => sections.filter(s => s.checkVisibility() && !s.querySelector('.timeline__event:not([hidden])')).map(s => s.id)");
        Assert.True(emptyDecades.Length == 0, $"filtered by {tag}: decades shown without events: {string.Join(", ", emptyDecades)}");
    }
}
