using System.Diagnostics;
using KhaSite.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KhaSite.Tests.Browser;

/// <summary>
/// The real site's search, tried as a reader would: every query of <c>search-queries.tsv</c> (base and inflected
/// Kazakh forms, titles, abbreviations, other names and spellings, years) typed into the search page in Chromium,
/// with the page expected first. One browser tab per language, one page load, query after query.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class SearchQueryTests(VerificationFixture fixture, ITestOutputHelper output)
{
    public sealed record Query(string Lang, string Text, string Expected);

    public static IReadOnlyList<Query> Queries { get; } = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Browser", "search-queries.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(f => new Query(f[0], f[1], f[2]))
        .ToArray();

    [Fact]
    public void The_query_set_has_at_least_40_queries_per_language_and_only_pages_that_exist_in_its_language()
    {
        foreach (var lang in new[] { "kk", "en" })
            Assert.True(Queries.Count(q => q.Lang == lang) >= 40, $"{Queries.Count(q => q.Lang == lang)} {lang} queries");
        foreach (var query in Queries)
        {
            Assert.StartsWith(query.Lang + "/", query.Expected, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Input, "articles", query.Expected[3..].TrimEnd('/') + "." + query.Lang + ".md")),
                $"'{query.Text}' expects {query.Expected}, which is no article");
        }
    }

    [VerifyFact(Needs.Browser | Needs.RealSite)]
    public async Task At_least_90_percent_of_the_queries_find_their_page_first_and_all_in_the_top_three()
    {
        var site = await fixture.RealSiteAsync();
        var failures = new List<string>();
        foreach (var group in Queries.GroupBy(q => q.Lang))
        {
            await using var tab = await PageProbe.OpenAsync(await fixture.BrowserAsync(), site,
                new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
            async Task<long> IndexBytes() => await tab.Page.EvaluateAsync<long>(
                "dir => performance.getEntriesByType('resource').filter(e => e.name.includes(dir)).reduce((sum, e) => sum + e.encodedBodySize, 0)",
                "/search/" + group.Key + "/");
            await tab.GotoAsync(site.Url($"{group.Key}/search/"));
            var (first, top3, total) = (0, 0, 0);
            foreach (var query in group)
            {
                var clock = Stopwatch.StartNew();
                var results = await RunAsync(tab.Page, query.Text);
                if (total == 0)
                    output.WriteLine($"{group.Key}: first query '{query.Text}': {await IndexBytes()} bytes of index, results in {clock.ElapsedMilliseconds} ms");
                var expected = site.Url(query.Expected);
                var rank = results.IndexOf(expected);
                total++;
                if (rank == 0) first++;
                if (rank is >= 0 and < 3) top3++;
                if (rank != 0)
                    output.WriteLine($"{group.Key} '{query.Text}': {expected} is {(rank < 0 ? "not in the top three" : $"number {rank + 1}")}; first: {string.Join(" | ", results)}");
            }
            output.WriteLine($"{group.Key}: {first}/{total} first, {top3}/{total} in the top three; {await IndexBytes()} bytes of index for all {total} queries");
            if (first * 10 < total * 9) failures.Add($"{group.Key}: only {first} of {total} queries found their page first (90 % needed)");
            if (top3 < total) failures.Add($"{group.Key}: {total - top3} of {total} queries did not find their page in the top three");
            tab.AssertClean();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Types the query into the search page's box and returns the addresses of the first three results.</summary>
    public static async Task<List<string>> RunAsync(IPage page, string query)
    {
        await page.Locator("#search-input").FillAsync(query);
        await page.Locator("#search-input").PressAsync("Enter");
        await page.WaitForFunctionAsync("q => document.getElementById('search').dataset.done === q", query.Trim());
        return (await page.Locator(".search-result__link").EvaluateAllAsync<string[]>("links => links.slice(0, 3).map(a => a.href)")).ToList();
    }
}
