using AngleSharp.Dom;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// Which pages exist and where the site links to them come from one registry of page families: a family the site has
/// nothing for has neither pages nor menu entries, and one it has gets both, every entry leading to a written page.
/// </summary>
public class PageFamilyTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Article("history", "founding", "kk", "Құрылуы", "1995 жылы құрылды.")
        .Article("history", "founding", "en", "Founding", "Founded in 1995.");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_family_the_site_has_nothing_for_has_no_pages_and_no_menu_entries()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        var home = _site.Html("en/index.html");
        Assert.Equal(["history/"], Hrefs(home, ".site-nav a"));
        Assert.Equal(["a-z/", "categories/", "tags/"], Hrefs(home, ".home-explore a"));
        Assert.Equal(["a-z/", "categories/", "tags/", "translations/", "feed.xml"], Hrefs(home, ".site-footer__links a"));
        Assert.False(File.Exists(Path.Combine(_site.Output, "en", "timeline", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en", "sources")));
        AllLead(home, "en/index.html");
    }

    [Fact]
    public async Task Data_for_a_family_adds_its_pages_and_its_menu_entries_together_in_every_language()
    {
        _site.Write("data/sources.yml", "- id: alpha\n  type: book\n  title: Альфа\n  issued: {date-parts: [[2023]]}\n")
            .Write("data/timeline.yml", "- id: founded\n  date: 1995-03-01\n  title: {kk: Құрылды, en: Founded}\n  cite: \"@alpha\"\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var lang in new[] { "kk", "en" })
        {
            var home = _site.Html($"{lang}/index.html");
            Assert.Equal(["history/", "timeline/"], Hrefs(home, ".site-nav a"));
            Assert.Equal(["a-z/", "timeline/", "categories/", "tags/", "sources/"], Hrefs(home, ".home-explore a"));
            AllLead(home, $"{lang}/index.html");
            var timeline = _site.Html($"{lang}/timeline/index.html");
            Assert.Equal("page", timeline.QuerySelector(".site-nav a[href='./']")?.GetAttribute("aria-current"));
            AllLead(timeline, $"{lang}/timeline/index.html");
        }
    }

    private static string[] Hrefs(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!).ToArray();

    /// <summary>Every menu entry of the page leads to a file of the output.</summary>
    private void AllLead(IDocument page, string pageFile)
    {
        var from = new Uri(new Uri("https://example.org/"), pageFile);
        foreach (var href in Hrefs(page, ".site-nav a, .home-explore a, .site-footer__links a"))
        {
            var local = new Uri(from, href).AbsolutePath.TrimStart('/');
            var file = Path.Combine(_site.Output, local.Length == 0 || local.EndsWith('/') ? local + "index.html" : local);
            Assert.True(File.Exists(file), $"{pageFile} links {href}, which is not in the output");
        }
    }
}
