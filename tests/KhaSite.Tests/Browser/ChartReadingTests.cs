using System.Globalization;
using KhaSite.Tests.Support;
using KhaSite.Tests.Verification;
using Microsoft.Playwright;

namespace KhaSite.Tests.Browser;

/// <summary>
/// Issue 18's items 1 and 2 on every chart of the real encyclopedia (dataset pages and <c>```chart</c> embeds), at a
/// phone's 375 px and a desktop's 1280 px: labels whole and inside the chart, and readable on the phone.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class ChartReadingTests(VerificationFixture fixture)
{
    /// <summary>What every shown chart on a page measures, as "path: problem" lines (none when all is well).</summary>
    private const string Measure = """
        (minPx) => {
          const problems = [];
          const figures = [...document.querySelectorAll('.chart-figure, .embed--chart')];
          figures.forEach((figure, f) => {
            const shown = [...figure.querySelectorAll('svg.chart')].filter(s => getComputedStyle(s).display !== 'none');
            if (shown.length !== 1) { problems.push(`chart ${f}: ${shown.length} layouts shown, not one`); return; }
            const svg = shown[0], box = svg.getBoundingClientRect(), room = figure.getBoundingClientRect();
            const vb = svg.viewBox.baseVal, scale = box.width / vb.width;
            if (box.left < room.left - 0.5 || box.right > room.right + 0.5) problems.push(`chart ${f}: ${box.left}–${box.right} outside its figure ${room.left}–${room.right}`);
            if (box.right > document.documentElement.clientWidth + 0.5) problems.push(`chart ${f}: runs past the screen's right edge`);
            for (const text of svg.querySelectorAll('text')) {
              const words = text.textContent;
              if (words.includes('…')) problems.push(`chart ${f}: '${words}' is cut short`);
              const b = text.getBBox();
              if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5)
                problems.push(`chart ${f}: '${words}' at ${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width.toFixed(1)}×${b.height.toFixed(1)} leaves the viewBox ${vb.width}×${vb.height}`);
              const r = text.getBoundingClientRect();
              if (r.left < room.left - 0.5 || r.right > room.right + 0.5) problems.push(`chart ${f}: '${words}' leaves its figure`);
              const px = parseFloat(getComputedStyle(text).fontSize) * scale;
              if (px < minPx) problems.push(`chart ${f}: '${words}' is ${px.toFixed(1)} px high, under ${minPx} px`);
            }
          });
          return [figures.length, problems];
        }
        """;

    /// <summary>Labels are whole (no "…") and every label's box lies inside the chart's viewBox and its figure.</summary>
    [VerifyTheory(Needs.Browser | Needs.RealSite)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Item_1_chart_labels_are_whole_and_inside_the_chart(int width)
    {
        var (charts, problems) = await MeasureAsync(width, minPx: 0);
        Assert.True(charts >= 20, $"only {charts} charts on the real site, so little was tested");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// On a phone every chart text is at least 12 CSS px high, each bar's label sits above its bar, and the same data
    /// stays a table (and, on a dataset's page, a CSV download).
    /// </summary>
    [VerifyFact(Needs.Browser | Needs.RealSite)]
    public async Task Item_2_charts_are_readable_on_a_phone()
    {
        var (charts, problems) = await MeasureAsync(375, minPx: 12, phone: true);
        Assert.True(charts >= 20, $"only {charts} charts on the real site, so little was tested");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<(int Charts, List<string> Problems)> MeasureAsync(int width, double minPx, bool phone = false)
    {
        var site = await fixture.RealSiteAsync();
        var pages = site.Pages.Where(p => File.ReadAllText(Path.Combine(site.OutputDir, p.File)).Contains("<svg class=\"chart ", StringComparison.Ordinal)).ToArray();
        var (charts, problems) = (0, new List<string>());
        foreach (var dark in new[] { false, true })
        {
            await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
                new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light },
                $"charts-{width}{(dark ? "-dark" : "")}");
            // Light and dark draw the same geometry: all pages in light, a dataset page and an embed in dark for the screenshots.
            foreach (var page in dark ? pages.Where(p => p.SitePath.EndsWith("statistics/census-2021-ethnic/", StringComparison.Ordinal) || p.SitePath.EndsWith("society/ethnic-composition/", StringComparison.Ordinal)) : pages)
            {
                await tab.GotoAsync(site.Url(page));
                if (page.SitePath.Contains("census-2021-ethnic", StringComparison.Ordinal) || page.SitePath.Contains("statistics/sessions/", StringComparison.Ordinal))
                    await tab.ScreenshotAsync();
                var result = await tab.Page.EvaluateAsync<System.Text.Json.JsonElement>(Measure, minPx);
                if (!dark) charts += result[0].GetInt32();
                problems.AddRange(result[1].EnumerateArray().Select(p => $"{page.SitePath} at {width}px{(dark ? " dark" : "")}: {p.GetString()}"));
                if (phone && !dark) problems.AddRange((await tab.Page.EvaluateAsync<string[]>(Phone)).Select(p => $"{page.SitePath}: {p}"));
            }
            tab.AssertClean();
        }
        return (charts, problems);
    }

    /// <summary>On a phone: bar labels above their bars, and the chart's data as a table beside it (a CSV on a dataset page).</summary>
    private const string Phone = """
        () => {
          const problems = [];
          for (const figure of document.querySelectorAll('.chart-figure, .embed--chart')) {
            const svg = [...figure.querySelectorAll('svg.chart')].find(s => getComputedStyle(s).display !== 'none');
            const labels = [...svg.querySelectorAll('text.chart__label')], bars = [...svg.querySelectorAll('rect.chart__bar')];
            labels.forEach((label, i) => {
              const l = label.getBoundingClientRect(), b = bars[i].getBoundingClientRect();
              if (l.bottom > b.top + 0.5) problems.push(`'${label.textContent}' is not above its bar`);
            });
            const table = figure.matches('.embed--chart') ? figure.querySelector('table.data-table') : document.querySelector('main table.data-table');
            if (!table) problems.push('a chart without its table');
            if (figure.matches('.chart-figure') && !figure.closest('.book__chapter') && ![...document.querySelectorAll('a[download]')].some(a => a.href.endsWith('.csv')))
              problems.push('a dataset page without its CSV');
          }
          return problems;
        }
        """;
}
