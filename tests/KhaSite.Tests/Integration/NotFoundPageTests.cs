using System.Xml.Linq;
using AngleSharp.Dom;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>The 404 page of each language (<c>kk/404.html</c>, <c>en/404.html</c>) beside the root's <c>404.html</c>.</summary>
public class NotFoundPageTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Article("history", "founding", "kk", "Құрылуы", "1995 жылы құрылды.")
        .Article("history", "founding", "en", "Founding", "Founded in 1995.");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("kk", "en")]
    [InlineData("en", "kk")]
    public async Task Each_language_has_its_own_404_page_in_its_language(string lang, string other)
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        var page = _site.Html($"{lang}/404.html");
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        var message = Assert.Single(page.QuerySelectorAll(".not-found"));
        Assert.Equal(lang, message.GetAttribute("lang"));
        // The same words as the root 404 page's message in that language (the UI strings of theme/i18n), not the other's.
        var root = _site.Html("404.html");
        Assert.Equal(Heading(root, lang), message.QuerySelector("h1")?.TextContent);
        Assert.NotEqual(Heading(root, other), message.QuerySelector("h1")?.TextContent);
        Assert.StartsWith(Heading(root, lang) + " — ", page.Title, StringComparison.Ordinal);
        Assert.Equal(_site.Html($"{lang}/index.html").QuerySelector(".site-nav")?.TextContent, page.QuerySelector(".site-nav")?.TextContent);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task Every_link_of_a_language_404_works_from_any_missing_address_under_its_folder(string lang)
    {
        await _site.BuildAsync();
        var page = _site.Html($"{lang}/404.html");
        Assert.Equal($"/khasite/{lang}/", page.QuerySelector("base")?.GetAttribute("href"));
        // Served at a deep missing address, every URL resolves against <base>, and must reach a file of the site.
        var served = new Uri($"https://example.org/khasite/{lang}/no/such/page/");
        var baseUri = new Uri(served, page.QuerySelector("base")!.GetAttribute("href")!);
        var urls = page.QuerySelectorAll("a[href], link[href], script[src], form[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!)
            .Where(u => !u.StartsWith('#') && !u.StartsWith("https://github.com/", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(urls);
        foreach (var url in urls)
        {
            var target = new Uri(baseUri, url);
            Assert.StartsWith("https://example.org/khasite/", target.AbsoluteUri, StringComparison.Ordinal);
            var local = target.AbsolutePath["/khasite/".Length..];
            var file = Path.Combine(_site.Output, local.Length == 0 || local.EndsWith('/') ? local + "index.html" : local);
            Assert.True(File.Exists(file), $"{lang}/404.html links {url}, which resolves to {target} and is not in the output");
        }
        Assert.Equal($"https://example.org/khasite/{lang}/", new Uri(baseUri, page.QuerySelector(".not-found a")!.GetAttribute("href")!).AbsoluteUri);
    }

    [Fact]
    public async Task The_language_switch_leads_to_the_other_404_page_and_no_404_page_is_in_the_sitemap_or_an_hreflang_cluster()
    {
        await _site.BuildAsync();
        var kk = _site.Html("kk/404.html");
        Assert.Equal("../en/404.html", kk.QuerySelector(".lang-switch a[hreflang=en]")?.GetAttribute("href"));
        Assert.Empty(kk.QuerySelectorAll("link[hreflang]"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(_site.ReadOutput("sitemap.xml")).Root!.Elements(sm + "url").Select(u => u.Element(sm + "loc")!.Value).ToArray();
        Assert.Contains("https://example.org/khasite/kk/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));
    }

    private static string? Heading(IDocument root, string lang) => root.QuerySelector($".not-found[lang={lang}]")?.QuerySelector("h1, h2")?.TextContent;
}
