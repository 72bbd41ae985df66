using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;

namespace KhaSite.Tests.Browser;

/// <summary>Issue 18 item 18 on the real encyclopedia: the org diagram and the map fit every screen, and their text stays readable.</summary>
[Collection(VerificationCollection.Name)]
public sealed class FigureBrowserTests(VerificationFixture fixture)
{
    private static readonly string[] Pages = ["institutions/structure-and-bodies/", "overview/assembly/"];

    /// <summary>
    /// At 375 and 1280 px, light and dark: no figure wider than the article column or the screen, every diagram text at
    /// least 12 px as drawn (its font size times the SVG's scale) and inside its box or the map, and no axe violation.
    /// </summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite | Needs.Accessibility)]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task Item_18_figures_fit_and_their_text_is_readable(string lang)
    {
        var site = await fixture.RealSiteAsync();
        foreach (var width in new[] { 375, 1280 })
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                var variant = $"figures-{width}-{scheme.ToString().ToLowerInvariant()}";
                await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
                    new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme }, variant);
                foreach (var path in Pages)
                {
                    await tab.GotoAsync(site.Url($"{lang}/{path}"));
                    Assert.True(await tab.Page.EvaluateAsync<int>("() => document.querySelectorAll('main .diagram svg').length") == 1, $"{path}: one diagram");
                    var problems = await tab.Page.EvaluateAsync<string[]>("""
                        () => {
                          const out = [];
                          const main = document.querySelector('main').getBoundingClientRect();
                          if (document.documentElement.scrollWidth > innerWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
                          for (const figure of document.querySelectorAll('main .diagram, main .figure')) {
                            const box = figure.getBoundingClientRect();
                            if (box.right > main.right + 0.5 || box.left < main.left - 0.5) out.push(`${figure.className} overflows main: ${box.left}–${box.right} vs ${main.left}–${main.right}`);
                          }
                          for (const svg of document.querySelectorAll('main .diagram svg')) {
                            const shown = svg.getBoundingClientRect();
                            const scale = shown.width / svg.viewBox.baseVal.width;
                            for (const text of svg.querySelectorAll('text')) {
                              const size = parseFloat(getComputedStyle(text).fontSize) * scale;
                              if (size < 12) out.push(`"${text.textContent}" is ${size.toFixed(1)} px`);
                              const t = text.getBoundingClientRect();
                              const frame = (text.closest('g')?.querySelector('rect, circle.diagram__badge') ?? svg).getBoundingClientRect();
                              if (t.left < frame.left - 0.5 || t.right > frame.right + 0.5 || t.top < frame.top - 0.5 || t.bottom > frame.bottom + 0.5)
                                out.push(`"${text.textContent}" runs out of its box (${t.left.toFixed(0)}–${t.right.toFixed(0)} in ${frame.left.toFixed(0)}–${frame.right.toFixed(0)})`);
                            }
                          }
                          return out;
                        }
                        """);
                    Assert.True(problems.Length == 0, $"{lang}/{path} at {width}px, {scheme}: {string.Join("; ", problems)}");
                    await tab.ScreenshotAsync();
                    await tab.Page.Locator("main .diagram").ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Screenshots("real"), $"{variant}-{lang}-{path.Split('/')[1]}-diagram.png") });
                    var violations = await AxeChecker.RunAsync(tab.Page);
                    KnownSiteIssues.AssertNoOther($"axe-core on {lang}/{path}, {scheme}", violations.Select(v => v.ToString()).ToList());
                }
                tab.AssertClean();
            }
    }
}
