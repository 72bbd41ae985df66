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

    private async Task<PageProbe> OpenAsync(BuiltSite site, int width, string variant, int height = 900) =>
        await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } }, variant);
}
