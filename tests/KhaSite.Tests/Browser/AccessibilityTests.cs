using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;

namespace KhaSite.Tests.Browser;

/// <summary>
/// axe-core in Chromium on every kind of page of the verification fixture site, in both languages, in the light
/// and the dark colour scheme. Any violation fails with its rule, impact, element and page.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class AccessibilityTests(VerificationFixture fixture)
{
    /// <summary>Root, 404 (served at a missing address), and home, section and article pages in both languages.</summary>
    private static readonly string[] CorePages =
    [
        "", "404", "kk/", "en/", "kk/history/", "en/history/", "kk/law/", "en/law/",
        "kk/history/founding/", "en/history/founding/", "kk/law/law-2008/", "en/law/law-2008/", "kk/law/only-kk/",
    ];

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var scheme in new[] { "light", "dark" })
            foreach (var path in CorePages)
                data.Add(path, scheme);
        return data;
    }

    [VerifyTheory(Needs.Accessibility)]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string path, string scheme)
    {
        var site = await fixture.FixtureSiteAsync();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        }, variant: scheme);
        if (path == "404") await tab.GotoAsync(site.Url("kk/no/such/page/"), expectedStatus: 404);
        else await tab.GotoAsync(site.Url(path));
        await tab.ScreenshotAsync();
        var violations = await AxeChecker.RunAsync(tab.Page);
        var findings = violations.Select(v => v.ToString()).ToList();
        KnownSiteIssues.AssertNoOther($"axe-core, {scheme} scheme", findings);
        tab.AssertClean();
    }

    /// <summary>
    /// Every other page of the fixture site (indexes, lists, timeline, statistics, sources, search: whatever features
    /// add), light scheme: no axe violations, and no console errors or failed requests.
    /// </summary>
    [VerifyFact(Needs.Accessibility)]
    public async Task Every_other_page_has_no_axe_violations_and_loads_cleanly()
    {
        var site = await fixture.FixtureSiteAsync();
        var others = site.Pages.Where(p => p.Kind != "notfound" && !CorePages.Contains(p.SitePath)).ToList();
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
        }, variant: "light");
        await AxeChecker.InstallAsync(tab.Context);
        var violations = new List<AxeViolation>();
        foreach (var page in others)
        {
            await tab.GotoAsync(site.Url(page));
            await tab.ScreenshotAsync();
            violations.AddRange(await AxeChecker.RunAsync(tab.Page));
        }
        var findings = violations.Select(v => v.ToString()).ToList();
        KnownSiteIssues.AssertNoOther($"axe-core on {others.Count} more pages of the fixture site", findings);
        tab.AssertClean();
    }
}
