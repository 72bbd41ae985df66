using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;

namespace KhaSite.Tests.Browser;

/// <summary>
/// The reader's screenshot set (issue 18): the home page, three articles, a dataset, a source, the timeline and a
/// search, in every language of the real site, at 375 and 1280 px, light and dark, as full-page screenshots in
/// <c>artifacts/screenshots/set/</c>, and printed to PDF through Chromium. Each view is also checked for what a
/// person would see wrong in the picture: a page wider than the screen, text cut off by its box, text too small to
/// read or without enough contrast.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class ScreenshotSetTests(VerificationFixture fixture)
{
    private static readonly string[] PagesOfEachLanguage =
    [
        "",
        "history/founding-1995/",
        "institutions/structure-and-bodies/",
        "law/law-apk-2008/",
        "statistics/census-2021-ethnic/",
        "sources/abdraimov2023/",
        "timeline/",
        "search/",
    ];

    /// <summary>What the search view asks, per language (a word every edition has many pages on).</summary>
    private static string Query(string lang) => lang.StartsWith("kk", StringComparison.Ordinal)
        ? (lang == "kk" ? "медиация" : "assambleia")
        : "mediation";

    [VerifyTheory(Needs.Accessibility | Needs.RealSite)]
    [InlineData(375, "light")]
    [InlineData(375, "dark")]
    [InlineData(1280, "light")]
    [InlineData(1280, "dark")]
    public async Task Every_view_of_the_set_fits_its_screen_and_reads_clearly(int width, string scheme)
    {
        var site = await fixture.RealSiteAsync();
        var options = width < 600 ? ReaderTests.Phone(width) : new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 } };
        options.ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light;
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, options, $"{width}-{scheme}");
        await AxeChecker.InstallAsync(tab.Context);
        var findings = new List<string>();
        var shots = 0;
        foreach (var path in Views(site))
        {
            await tab.GotoAsync(site.Url(path));
            if (path.EndsWith("search/", StringComparison.Ordinal))
                await tab.Page.WaitForSelectorAsync("#search[data-done] .search-result__link", new() { Timeout = 15_000 });
            await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = ShotPath(path, $"{width}-{scheme}", "png"), FullPage = true });
            shots++;
            if (await Layout.HorizontalOverflowAsync(tab.Page) is { } overflow) findings.Add($"{path}: {overflow}");
            findings.AddRange((await Legibility.ProblemsAsync(tab.Page)).Select(p => $"{path}: {p}"));
            findings.AddRange((await AxeChecker.RunAsync(tab.Page, "color-contrast")).Select(v => $"{path}: {v}"));
        }
        Assert.Equal(Views(site).Count, shots);
        tab.AssertClean();
        Assert.True(findings.Count == 0, $"{findings.Count} problem(s) at {width}px, {scheme}:\n" + string.Join("\n", findings.Take(30)));
    }

    /// <summary>Each view printed by Chromium (A4, print styles, from the dark scheme too): the PDF is made, and on paper nothing sticks out or is cut off.</summary>
    [VerifyFact(Needs.Browser | Needs.RealSite)]
    public async Task Every_view_of_the_set_prints_to_pdf_within_the_page()
    {
        var site = await fixture.RealSiteAsync();
        var options = new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Dark };
        await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site, options, "print");
        var findings = new List<string>();
        foreach (var path in Views(site).Where(p => !p.EndsWith("search/", StringComparison.Ordinal)))
        {
            await tab.GotoAsync(site.Url(path));
            await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });
            var pdf = ShotPath(path, "print", "pdf");
            await tab.Page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = false });
            var bytes = await File.ReadAllBytesAsync(pdf);
            if (bytes.Length < 1000 || !bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8)) findings.Add($"{path}: no PDF ({bytes.Length} bytes)");
            // A4 at 96 dpi less the print margins is about 700 px wide: what the page box holds.
            await tab.Page.SetViewportSizeAsync(700, 1000);
            if (await Layout.HorizontalOverflowAsync(tab.Page) is { } overflow) findings.Add($"{path} printed: {overflow}");
            findings.AddRange((await Legibility.ProblemsAsync(tab.Page, printed: true)).Select(p => $"{path} printed: {p}"));
            await tab.Page.SetViewportSizeAsync(1280, 900);
            await tab.Page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
        tab.AssertClean();
        Assert.True(findings.Count == 0, $"{findings.Count} problem(s) in print:\n" + string.Join("\n", findings.Take(30)));
    }

    private static List<string> Views(BuiltSite site) =>
        site.Pages.Where(p => p.Lang.Length > 0 && p.SitePath.Contains('/', StringComparison.Ordinal)).Select(p => p.SitePath.Split('/')[0]).Distinct().Order(StringComparer.Ordinal)
            .SelectMany(lang => PagesOfEachLanguage.Select(page => page == "search/" ? $"{lang}/search/?q={Uri.EscapeDataString(Query(lang))}" : $"{lang}/{page}"))
            .ToList();

    private static string ShotPath(string path, string variant, string extension)
    {
        var dir = Path.Combine(Artifacts.Root, "screenshots", "set");
        Directory.CreateDirectory(dir);
        var name = path.Split('?')[0].Trim('/').Replace('/', '_');
        return Path.Combine(dir, $"{name}.{variant}.{extension}");
    }
}
