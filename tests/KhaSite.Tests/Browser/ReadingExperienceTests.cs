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
    /// The History section lists its articles in the order of their events (the front matter's <c>weight</c>), not
    /// alphabetically: from the 1992 forum and the 1995 founding to 2024, the concepts by the year they were adopted.
    /// </summary>
    [VerifyTheory(Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_12_the_history_section_lists_its_articles_in_chronological_order(string lang)
    {
        var site = await fixture.RealSiteAsync();
        var html = await File.ReadAllTextAsync(Path.Combine(site.OutputDir, site.Page($"{lang}/history/").File));
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var slugs = document.QuerySelectorAll("main .article-list a").Select(a => a.GetAttribute("href")!.TrimEnd('/').Split('/')[^1]).ToArray();
        Assert.True(slugs.Length >= 10, $"the history section lists {slugs.Length} articles");
        Assert.Equal("forum-1992", slugs[0]);
        Assert.Equal("activity-2024-anniversary-2025", slugs[^1]);
        // A slug's first year is when its events begin, except a concept's, which names its horizon (adopted 2013, ~2015, 2022).
        var years = slugs.Where(s => !s.StartsWith("concept-", StringComparison.Ordinal))
            .Select(s => System.Text.RegularExpressions.Regex.Match(s, "(19|20)[0-9]{2}")).Where(m => m.Success)
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        for (var i = 1; i < years.Length; i++)
            Assert.True(years[i] >= years[i - 1], $"{lang}/history/ lists {years[i]} after {years[i - 1]}: {string.Join(", ", slugs)}");
        Assert.Equal(["concept-2020", "concept-2025", "concept-2022-2026"], slugs.Where(s => s.StartsWith("concept-", StringComparison.Ordinal)));
        Assert.True(Array.IndexOf(slugs, "founding-1995") < Array.IndexOf(slugs, "early-sessions"), string.Join(", ", slugs));
    }

    /// <summary>
    /// A source page's "cited by" list shows the first few places an article cites it and folds the rest (up to 35
    /// letters for Abdraimov et al.) behind their count, which opens to show them all.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_15_cited_by_lists_fold_long_runs_of_places(string lang)
    {
        var site = await fixture.RealSiteAsync();
        foreach (var width in new[] { 1280, 375 })
        {
            await using var tab = await OpenAsync(site, width, $"cited-by-{width}");
            await tab.GotoAsync(site.Url($"{lang}/sources/abdraimov2023/"));
            const string Visible = "() => [...document.querySelectorAll('.cited-by li')].map(li => [...li.querySelectorAll('.cited-by__place')].filter(a => a.checkVisibility()).length)";
            var shown = await tab.Page.EvaluateAsync<int[]>(Visible);
            var all = await tab.Page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('.cited-by li')].map(li => li.querySelectorAll('.cited-by__place').length)");
            Assert.True(all.Max() >= 30, $"the source is cited at {all.Max()} places of one page at most");
            Assert.True(shown.Max() <= 6, $"at {width}px a page shows {shown.Max()} citing places in a run");
            await tab.ScreenshotAsync();
            var longest = Array.IndexOf(all, all.Max());
            var summary = tab.Page.Locator(".cited-by li").Nth(longest).Locator("summary");
            Assert.Contains((all[longest] - shown[longest]).ToString(CultureInfo.InvariantCulture), await summary.InnerTextAsync(), StringComparison.Ordinal);
            await summary.ClickAsync();
            Assert.Equal(all[longest], (await tab.Page.EvaluateAsync<int[]>(Visible))[longest]);
            tab.AssertClean();
        }
    }

    /// <summary>On the home page the latest events' titles start at one left edge, wrapped lines included, beside or under their dates.</summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_15_the_latest_events_line_up(string lang)
    {
        var site = await fixture.RealSiteAsync();
        foreach (var width in new[] { 1280, 768, 375 })
        {
            await using var tab = await OpenAsync(site, width, $"latest-{width}");
            await tab.GotoAsync(site.Url($"{lang}/"));
            var lefts = await tab.Page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.home-latest li a')].flatMap(a => [...a.getClientRects()].map(r => Math.round(r.left)))");
            var dateRights = await tab.Page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.home-latest li')].map(li => li.querySelector('.home-latest__date').getBoundingClientRect()).map(r => r.right)");
            Assert.True(lefts.Length >= 5, "the home page lists the latest events");
            Assert.True(lefts.Distinct().Count() == 1, $"at {width}px the titles start at {string.Join(", ", lefts.Distinct())} px");
            if (width >= 768)
                Assert.True(dateRights.Max() <= lefts[0], $"at {width}px a date runs into its title ({dateRights.Max():0} > {lefts[0]})");
            await tab.ScreenshotAsync();
            tab.AssertClean();
        }
    }

    /// <summary>
    /// An article opens with its body's lead paragraph, not with its summary (the lists' and search's description of
    /// it) above it, which restated the lead's first sentence.
    /// </summary>
    [VerifyFact(Needs.RealSite)]
    public async Task Item_15_an_article_does_not_open_with_its_summary_above_the_lead()
    {
        var site = await fixture.RealSiteAsync();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var repeated = new List<string>();
        var articles = site.OfKind("article").ToArray();
        foreach (var page in articles)
        {
            using var document = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(site.OutputDir, page.File)));
            var summary = document.QuerySelector("meta[name=description]")?.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(summary)) continue;
            if (document.QuerySelectorAll("main p").Any(p => p.TextContent.Trim() == summary)) repeated.Add(page.SitePath);
        }
        Assert.True(articles.Length > 100, $"{articles.Length} article pages");
        Assert.True(repeated.Count == 0, $"{repeated.Count} articles show their summary above the lead: {string.Join(", ", repeated.Take(5))}");
    }

    /// <summary>The root page's heading holds each language's title as its own element with its language, apart in the heading's text.</summary>
    [VerifyFact(Needs.RealSite)]
    public async Task Item_15_the_root_heading_keeps_the_two_titles_apart()
    {
        var site = await fixture.RealSiteAsync();
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(site.OutputDir, "index.html")));
        var heading = Assert.Single(document.QuerySelectorAll("h1"));
        var titles = heading.Children.Where(c => c.HasAttribute("lang")).ToArray();
        Assert.Equal(["kk", "en", "kk-Latn"], titles.Select(t => t.GetAttribute("lang")));
        Assert.Equal(string.Join(" ", titles.Select(t => t.TextContent.Trim())),
            System.Text.RegularExpressions.Regex.Replace(heading.TextContent, @"\s+", " ").Trim());
    }

    /// <summary>
    /// "About this source" notes name other sources as a reader does, by author and year (or an unsigned text's
    /// title) linked to that source's page, never by their raw key (<c>abdraimov2023</c>, <c>kha-negizderi</c>).
    /// </summary>
    [VerifyFact(Needs.RealSite)]
    public async Task Item_6_source_notes_name_sources_not_keys()
    {
        var site = await fixture.RealSiteAsync();
        using var records = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.OutputDir, "bibliography.json")));
        var keys = records.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToArray();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var raw = new List<string>();
        var links = 0;
        foreach (var page in site.Pages.Where(p => p.SitePath.Contains("/sources/", StringComparison.Ordinal)))
        {
            using var document = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(site.OutputDir, page.File)));
            if (document.QuerySelector(".source__note p") is not { } note) continue;
            raw.AddRange(keys.Where(k => System.Text.RegularExpressions.Regex.IsMatch(note.TextContent, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(k)}(?![\w-])"))
                .Select(k => $"{page.SitePath}: {k}"));
            foreach (var link in note.QuerySelectorAll("a"))
            {
                links++;
                var target = link.GetAttribute("href")!.TrimEnd('/').Split('/')[^1];
                Assert.Contains(target, keys);
                Assert.DoesNotContain(target, link.TextContent, StringComparison.Ordinal);
            }
        }
        Assert.True(raw.Count == 0, $"{raw.Count} raw source keys in notes: {string.Join("; ", raw.Take(6))}");
        Assert.True(links >= 40, $"{links} sources named in notes");
    }

    /// <summary>
    /// The bibliography lists laws and treaties in the order they were adopted (by the record's issued date), not by
    /// the opening « of some titles; and no record gives its DOI a second time as its URL (RIS, BibTeX, CSL-JSON).
    /// </summary>
    [VerifyTheory(Needs.RealSite)]
    [InlineData("en")]
    [InlineData("kk")]
    public async Task Item_7_legislation_is_listed_by_date_and_no_doi_twice(string lang)
    {
        var site = await fixture.RealSiteAsync();
        using var records = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.OutputDir, "bibliography.json")));
        var issued = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.RootElement.EnumerateArray())
        {
            var id = record.GetProperty("id").GetString()!;
            if (record.TryGetProperty("issued", out var date) && date.TryGetProperty("date-parts", out var parts))
            {
                var p = parts[0].EnumerateArray().Select(x => x.GetInt32()).ToArray();
                issued[id] = p[0] * 10000 + p.ElementAtOrDefault(1) * 100 + p.ElementAtOrDefault(2);
            }
            if (record.TryGetProperty("DOI", out var doi) && record.TryGetProperty("URL", out var url))
                Assert.False(string.Equals(url.GetString(), "https://doi.org/" + doi.GetString(), StringComparison.OrdinalIgnoreCase), $"{id} lists its DOI twice, as DOI and as URL");
        }
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(site.OutputDir, site.Page($"{lang}/sources/").File)));
        var legislation = document.QuerySelectorAll(".bibliography-group").Single(g => g.QuerySelector("h2")!.TextContent is "Legislation" or "Заңнама");
        var ids = legislation.QuerySelectorAll("li a.bibliography__page").Select(a => a.GetAttribute("href")!.TrimEnd('/')).ToArray();
        Assert.True(ids.Length >= 10, $"{ids.Length} laws");
        var dates = ids.Select(id => issued.GetValueOrDefault(id, int.MaxValue)).ToArray();
        for (var i = 1; i < dates.Length; i++)
            Assert.True(dates[i] >= dates[i - 1], $"{lang}/sources/ lists {ids[i]} ({dates[i]}) after {ids[i - 1]} ({dates[i - 1]}): {string.Join(", ", ids)}");
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
