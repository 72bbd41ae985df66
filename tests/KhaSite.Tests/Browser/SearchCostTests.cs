using System.Diagnostics;
using KhaSite.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KhaSite.Tests.Browser;

/// <summary>
/// What a first search costs a reader: for each query, a fresh tab opens the search page, types the query and waits
/// for the results; the bytes of index it downloaded (meta, shards, result fragments) and the time from Enter to the
/// results are printed. On the real site always; on a built benchmark corpus (bench/, docs/search.md) when
/// <c>KHASITE_SEARCH_BENCH</c> names its output folder (served under <c>/khasite/</c>).
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class SearchCostTests(VerificationFixture fixture, ITestOutputHelper output)
{
    private static readonly (string Lang, string Query)[] Queries =
        [("kk", "Ассамблея"), ("kk", "Қазақстан халқы Ассамблеясының"), ("kk", "медиация"), ("en", "assembly"), ("en", "friendship houses"), ("en", "1995")];

    [VerifyFact(Needs.Browser | Needs.RealSite)]
    public async Task A_first_query_on_the_real_site_downloads_under_200_KB_of_index()
    {
        var site = await fixture.RealSiteAsync();
        foreach (var (bytes, _) in await MeasureAsync(site.Server))
            Assert.True(bytes < 200_000, $"{bytes} bytes");
    }

    [Fact]
    public async Task A_first_query_on_a_benchmark_corpus()
    {
        var folder = Environment.GetEnvironmentVariable("KHASITE_SEARCH_BENCH");
        if (string.IsNullOrEmpty(folder) || Tools.Missing(Needs.Chromium) is not null)
        {
            output.WriteLine("KHASITE_SEARCH_BENCH is not set (or Chromium is missing): nothing measured");
            return;
        }
        await using var server = await StaticSiteServer.StartAsync(folder, "/khasite/");
        await MeasureAsync(server);
    }

    private async Task<List<(long Bytes, long Milliseconds)>> MeasureAsync(StaticSiteServer server)
    {
        var browser = await fixture.BrowserAsync();
        var results = new List<(long, long)>();
        foreach (var (lang, query) in Queries)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync(server.Url($"{lang}/search/"));
            var clock = Stopwatch.StartNew();
            var links = await SearchQueryTests.RunAsync(page, query);
            var milliseconds = clock.ElapsedMilliseconds;
            var bytes = await page.EvaluateAsync<long>(
                "dir => performance.getEntriesByType('resource').filter(e => e.name.includes(dir)).reduce((sum, e) => sum + e.encodedBodySize, 0)", $"/search/{lang}/");
            var files = await page.EvaluateAsync<int>("dir => performance.getEntriesByType('resource').filter(e => e.name.includes(dir)).length", $"/search/{lang}/");
            output.WriteLine($"{lang} '{query}': {bytes} bytes in {files} files, {links.Count} results shown in {milliseconds} ms");
            Assert.NotEmpty(links);
            results.Add((bytes, milliseconds));
        }
        return results;
    }
}
