using System.Globalization;
using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;

namespace KhaSite.Tests.Browser;

/// <summary>
/// Issue 18's numbered items, each as a reader meets it on the real encyclopedia in Chromium; every test is named
/// after its item and failed on the main before its fix.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class ReadingExperienceTests(VerificationFixture fixture)
{
    /// <summary>
    /// Printed, the reference list's numbers sit in the list's left padding; "10." needs more than the browser's
    /// default, and on paper (no page padding) the first digit was cut off.
    /// </summary>
    [VerifyFact(Needs.Browser | Needs.RealSite)]
    public async Task Item_4_printed_reference_numbers_keep_every_digit()
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await OpenAsync(site, 1280, "print-references");
        foreach (var path in new[] { "en/history/strategy-2002-2011/", "kk/history/strategy-2002-2011/" })
        {
            await tab.GotoAsync(site.Url(path));
            await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
            await tab.ScreenshotAsync();
            var cut = await tab.Page.EvaluateAsync<string[]>("""
                () => {
                  const items = [...document.querySelectorAll('.references__list > li')];
                  const main = document.querySelector('main').getBoundingClientRect().left;
                  const ctx = document.createElement('canvas').getContext('2d');
                  return items.map((li, i) => {
                    const style = getComputedStyle(li);
                    ctx.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
                    const needed = ctx.measureText((i + 1) + '. ').width;
                    const room = li.getBoundingClientRect().left - main;
                    return room >= needed ? null : `${i + 1}: ${room.toFixed(1)} px of room for ${needed.toFixed(1)} px`;
                  }).filter(x => x);
                }
                """);
            Assert.True(cut.Length == 0, $"{path}: reference numbers cut in print: {string.Join("; ", cut)}");
            Assert.True(await tab.Page.EvaluateAsync<int>("() => document.querySelectorAll('.references__list > li').length") >= 10, "the page has two-digit references");
        }
        tab.AssertClean();
    }

    /// <summary>
    /// With JavaScript (which adds the theme toggle) the header's title, search, toggle and language switch share one
    /// row at 1280 px; on a phone the header, sections included, takes at most a fifth of the first screen.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_8_the_header_is_one_row_on_a_wide_screen_and_short_on_a_phone(string lang)
    {
        var site = await fixture.RealSiteAsync();
        foreach (var (width, height) in new[] { (1280, 900), (375, 812), (390, 844) })
        {
            await using var tab = await OpenAsync(site, width, $"header-{width}", height);
            foreach (var path in new[] { $"{lang}/", $"{lang}/history/founding-1995/", $"{lang}/timeline/" })
            {
                await tab.GotoAsync(site.Url(path));
                await tab.ScreenshotAsync();
                Assert.False(await tab.Page.EvaluateAsync<bool>("() => document.querySelector('.theme-toggle').hidden"), "the script showed the theme toggle");
                if (width >= 1280)
                {
                    var rows = await tab.Page.EvaluateAsync<string>("""
                        () => {
                          const boxes = [...document.querySelector('.site-header__inner').children].map(c => c.getBoundingClientRect()).filter(b => b.height > 0);
                          const top = Math.max(...boxes.map(b => b.top)), bottom = Math.min(...boxes.map(b => b.bottom));
                          return top < bottom ? '' : boxes.map(b => `${Math.round(b.top)}–${Math.round(b.bottom)}`).join(', ');
                        }
                        """);
                    Assert.True(rows.Length == 0, $"{path} at {width}px: the header's parts are on more than one row: {rows}");
                }
                else
                {
                    var share = await tab.Page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height / innerHeight");
                    Assert.True(share <= 0.2, $"{path} at {width}×{height}: the header takes {share:P0} of the first screen");
                }
            }
            tab.AssertClean();
        }
    }

    /// <summary>
    /// Following a back-link (↑ or a, b, c) from the reference list lands the cited sentence below the top edge, with
    /// no citation preview covering it.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_9_a_back_link_lands_the_citation_in_view_without_opening_its_preview(string lang)
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await OpenAsync(site, 1280, "back-link");
        await tab.GotoAsync(site.Url($"{lang}/history/strategy-2002-2011/"));
        var backLinks = tab.Page.Locator(".references__back a");
        Assert.True(await backLinks.CountAsync() >= 5);
        foreach (var index in new[] { 0, 4 })
        {
            var link = backLinks.Nth(index);
            var target = (await link.GetAttributeAsync("href"))!.TrimStart('#');
            await link.ClickAsync();
            await tab.Page.WaitForFunctionAsync("id => location.hash === '#' + encodeURIComponent(id) || location.hash === '#' + id", target);
            await tab.Page.WaitForTimeoutAsync(400);
            var top = await tab.Page.EvaluateAsync<double>("id => document.getElementById(id).getBoundingClientRect().top", target);
            Assert.True(top >= 48, $"back-link {index}: the cited place is {top:0} px from the top edge");
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => { const p = document.getElementById('cite-preview'); return !p || p.hidden; }"),
                $"back-link {index}: a citation preview opened over the place the reader came back to");
            await tab.ScreenshotAsync();
            // Hovering and keyboard focus still preview.
            await tab.Page.Locator($"[id='{target}']").HoverAsync();
            await tab.Page.Locator("#cite-preview:not([hidden])").WaitForAsync(new() { Timeout = 5000 });
            await tab.Page.Mouse.MoveAsync(0, 0);
        }
        tab.AssertClean();
    }

    /// <summary>On a phone a table wider than the column scrolls sideways and shows a shadow at the edge where more of it is.</summary>
    [VerifyFact(Needs.Browser | Needs.RealSite)]
    public async Task Item_11_a_table_wider_than_a_phone_shows_that_it_scrolls()
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await OpenAsync(site, 375, "table-cue", 812);
        var found = 0;
        foreach (var page in site.OfKind("article").Where(p => File.ReadAllText(Path.Combine(site.OutputDir, p.File)).Contains("<table", StringComparison.Ordinal)))
        {
            await tab.GotoAsync(site.Url(page));
            var tables = await tab.Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.article__body table')].filter(t => t.scrollWidth > t.clientWidth + 1).map(t => {
                  const style = getComputedStyle(t);
                  const shadows = style.backgroundImage.split(/,(?![^(]*\))/).filter(b => b.includes('gradient')).length;
                  return `${style.overflowX} ${shadows} ${style.backgroundAttachment}`;
                })
                """);
            foreach (var table in tables)
            {
                found++;
                var parts = table.Split(' ', 3);
                Assert.True(parts[0] is "auto" or "scroll", $"{page.SitePath}: an overflowing table does not scroll ({table})");
                Assert.True(int.Parse(parts[1], CultureInfo.InvariantCulture) >= 2 && parts[2].Contains("local", StringComparison.Ordinal) && parts[2].Contains("scroll", StringComparison.Ordinal),
                    $"{page.SitePath}: an overflowing table has no edge shadow that follows its scrolling ({table})");
                if (found == 1) await tab.ScreenshotAsync();
            }
        }
        Assert.True(found > 0, "no table of the real site overflows at 375 px, so nothing was tested");
        tab.AssertClean();
    }

    /// <summary>
    /// On the timeline, once a period is chosen each topic counts the events of that period (and the other way round),
    /// and a choice that would show no event is not offered.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_13_timeline_filter_counts_follow_the_other_choice(string lang)
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await OpenAsync(site, 1280, "timeline-counts");
        await tab.GotoAsync(site.Url($"{lang}/timeline/"));
        var page = tab.Page;
        const string Counts = """
            () => [...document.querySelectorAll('.timeline-filters a[data-tag]:not([data-tag=""]), .timeline-filters a[data-decade]')].map(a => {
              const events = [...document.querySelectorAll('.timeline-events .timeline__event')];
              const decade = new URLSearchParams(location.search).get('decade'), tag = new URLSearchParams(location.search).get('tag');
              const inDecade = (e, d) => !d || (Number(e.dataset.year) >= Number(d) && Number(e.dataset.year) < Number(d) + 10);
              const hasTag = (e, t) => !t || (e.dataset.tags || '').split(' ').includes(t);
              const expected = a.dataset.tag !== undefined
                ? events.filter(e => hasTag(e, a.dataset.tag) && inDecade(e, decade)).length
                : events.filter(e => inDecade(e, a.dataset.decade) && hasTag(e, tag)).length;
              const shown = Number((a.querySelector('.filters__count')?.textContent || '').replace(/\D/g, ''));
              const disabled = a.getAttribute('aria-disabled') === 'true';
              return { label: a.textContent.trim(), expected, shown, disabled };
            })
            """;
        await page.Locator(".timeline-filters a[data-decade]").First.ClickAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('decade=')");
        var afterDecade = await page.EvaluateAsync<FilterCount[]>(Counts);
        Assert.Contains(afterDecade, c => c.Expected == 0);
        foreach (var count in afterDecade)
        {
            Assert.True(count.Shown == count.Expected, $"'{count.Label}' says {count.Shown} with the decade chosen; {count.Expected} events would show");
            Assert.True(count.Disabled == (count.Expected == 0), $"'{count.Label}': {count.Expected} events, offered: {!count.Disabled}");
        }
        var status = await page.TextContentAsync(".timeline-filters__status");
        var disabled = page.Locator(".timeline-filters a[aria-disabled='true']").First;
        await disabled.ClickAsync(new() { Force = true });
        Assert.Equal(status, await page.TextContentAsync(".timeline-filters__status"));
        Assert.DoesNotContain("tag=", page.Url, StringComparison.Ordinal);

        var offered = page.Locator(".timeline-filters a[data-tag]:not([data-tag='']):not([aria-disabled='true'])").First;
        await offered.ClickAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('tag=')");
        foreach (var count in await page.EvaluateAsync<FilterCount[]>(Counts))
            Assert.True(count.Shown == count.Expected && count.Disabled == (count.Expected == 0), $"'{count.Label}' with tag and decade: {count}");
        await tab.ScreenshotAsync();
        tab.AssertClean();
    }

    /// <summary>
    /// On a wide screen the contents of a long article stay in view beside the text while it scrolls, marking the
    /// section being read, with a way back to the top; on a phone they start folded behind their title.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_14_long_articles_keep_their_contents_in_view_beside_the_text(string lang)
    {
        var site = await fixture.RealSiteAsync();
        var path = $"{lang}/history/strategy-2002-2011/";
        await using (var tab = await OpenAsync(site, 1280, "sticky-toc"))
        {
            await tab.GotoAsync(site.Url(path));
            var headings = await tab.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.toc ol a')].map(a => decodeURIComponent(a.hash.slice(1)))");
            Assert.True(headings.Length >= 3, "the article has a table of contents");
            var third = headings[2];
            await tab.Page.EvaluateAsync("id => { const h = document.getElementById(id); scrollTo(0, h.getBoundingClientRect().top + scrollY - 20); }", third);
            await tab.Page.WaitForFunctionAsync("() => document.querySelector('.toc a[aria-current=\"true\"]')");
            var state = await tab.Page.EvaluateAsync<string>("""
                () => {
                  const toc = document.querySelector('.toc').getBoundingClientRect(), body = document.querySelector('.article__body').getBoundingClientRect();
                  const inView = toc.top >= 0 && toc.top < innerHeight / 2 && toc.bottom <= innerHeight;
                  const beside = toc.left >= body.right;
                  return `${inView} ${beside} ${decodeURIComponent(document.querySelector('.toc a[aria-current="true"]').hash.slice(1))}`;
                }
                """);
            Assert.Equal($"True True {third}", state, ignoreCase: true);
            await tab.ScreenshotAsync();
            await tab.Page.ClickAsync(".toc__top a");
            await tab.Page.WaitForFunctionAsync("() => scrollY < 300");
            tab.AssertClean();
        }
        await using (var phone = await OpenAsync(site, 375, "folded-toc", 812))
        {
            await phone.GotoAsync(site.Url(path));
            Assert.False(await phone.Page.IsVisibleAsync(".toc ol"), "on a phone the contents start folded");
            await phone.Page.ClickAsync(".toc__toggle");
            Assert.True(await phone.Page.IsVisibleAsync(".toc ol"), "the contents unfold");
            Assert.Equal("true", await phone.Page.GetAttributeAsync(".toc__toggle", "aria-expanded"));
            phone.AssertClean();
        }
    }

    private sealed class FilterCount
    {
        public string Label { get; set; } = "";
        public int Expected { get; set; }
        public int Shown { get; set; }
        public bool Disabled { get; set; }
        public override string ToString() => $"{Label}: {Shown} shown, {Expected} expected, disabled {Disabled}";
    }

    private async Task<PageProbe> OpenAsync(BuiltSite site, int width, string variant, int height = 900) =>
        await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } }, variant);
}
