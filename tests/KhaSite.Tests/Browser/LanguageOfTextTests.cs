using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;

namespace KhaSite.Tests.Browser;

/// <summary>
/// Issue 18 items 16 and 17 on the real encyclopedia: how each language's text is typeset and marked. Each test is
/// named after its item and failed on main before its change.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class LanguageOfTextTests(VerificationFixture fixture)
{
    /// <summary>Pages with quotations, possessives, ranges and titles of sources, in both languages.</summary>
    private static readonly string[] Pages =
    [
        "", "history/founding-1995/", "history/strategy-2002-2011/", "law/law-apk-2008/", "sources/zheksembayeva/",
        "sources/abdugani2025/", "timeline/", "glossary/", "translations/",
    ];

    /// <summary>The main content's text outside code, as a reader sees it.</summary>
    private const string MainText = """
        () => {
          const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
          const texts = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if (!node.parentElement.closest('code, pre, kbd, samp, script, style, [hidden]')) texts.push(node.data);
          return texts.join('\u0001');
        }
        """;

    /// <summary>
    /// English text has curly quotes and apostrophes (no straight ' or " outside code); Kazakh text quotes with «»
    /// and has no straight quotes either; in both, ranges of numbers take an en dash.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData("en", "“")]
    [InlineData("kk", "«")]
    public async Task Item_16_prose_has_the_languages_quotation_marks_not_straight_ones(string lang, string opening)
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await OpenAsync(site, 1280, "typography");
        var straight = new List<string>();
        var quotes = 0;
        foreach (var page in Pages)
        {
            await tab.GotoAsync(site.Url($"{lang}/{page}"));
            var text = await tab.Page.EvaluateAsync<string>(MainText);
            quotes += text.Split(opening).Length - 1;
            for (var i = text.IndexOfAny(['"', '\'']); i >= 0; i = text.IndexOfAny(['"', '\''], i + 1))
                straight.Add($"{lang}/{page}: …{text[Math.Max(0, i - 30)..Math.Min(text.Length, i + 30)]}…");
            if (page == "history/strategy-2002-2011/")
                Assert.Contains("2002–2011", text, StringComparison.Ordinal);
        }
        await tab.ScreenshotAsync();
        Assert.True(straight.Count == 0, $"{straight.Count} straight quotes or apostrophes:\n{string.Join("\n", straight.Take(20))}");
        Assert.True(quotes >= 10, $"only {quotes} {opening} on the pages");
        tab.AssertClean();
    }

    /// <summary>
    /// In English articles no Cyrillic text of the body or the reference list is read with English rules: each run
    /// has an ancestor whose lang is not English (WCAG 3.1.2). Texts from YAML (infobox values, timeline and glossary
    /// texts, source notes) are not covered yet.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Item_17_cyrillic_text_in_english_articles_is_marked_with_its_language(int width)
    {
        var site = await fixture.RealSiteAsync();
        await using var tab = await OpenAsync(site, width, "language-of-parts");
        var unmarked = new List<string>();
        var marked = 0;
        foreach (var page in new[] { "history/founding-1995/", "debates/public-visibility/", "history/activity-2024-anniversary-2025/", "people/researchers/", "sources/zheksembayeva/", "law/law-apk-2008/" })
        {
            await tab.GotoAsync(site.Url($"en/{page}"));
            var found = await tab.Page.EvaluateAsync<string[]>("""
                () => {
                  const texts = [];
                  for (const root of document.querySelectorAll('.article__body, .references')) {
                    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                      if (!/[\u0400-\u04FF]/.test(node.data)) continue;
                      const lang = node.parentElement.closest('[lang]').getAttribute('lang');
                      texts.push((lang.startsWith('en') ? 'unmarked ' : 'marked ') + node.data.trim().slice(0, 60));
                    }
                  }
                  return texts;
                }
                """);
            marked += found.Count(t => t.StartsWith("marked", StringComparison.Ordinal));
            unmarked.AddRange(found.Where(t => t.StartsWith("unmarked", StringComparison.Ordinal)).Select(t => $"{page}: {t}"));
        }
        await tab.ScreenshotAsync();
        Assert.True(unmarked.Count == 0, $"{unmarked.Count} Cyrillic texts read as English:\n{string.Join("\n", unmarked.Take(20))}");
        Assert.True(marked >= 20, $"only {marked} marked Cyrillic texts");
        tab.AssertClean();
    }

    private async Task<PageProbe> OpenAsync(BuiltSite site, int width, string variant, int height = 900) =>
        await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } }, variant);
}
