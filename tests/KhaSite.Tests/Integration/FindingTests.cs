using System.Text.Json;
using System.Xml.Linq;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

public class FindingTests : IDisposable
{
    private const string Terms = """
        - id: event
          label: {kk: Оқиға, en: Event}
        - id: document
          label: {kk: Құжат, en: Document}
        """;

    private const string Tags = """
        - id: law
          label: {kk: Заңнама, en: Legislation}
        """;

    private const string Glossary = """
        - id: mediation
          term: {kk: Медиация, en: Mediation}
          definition: {kk: Дауды татуластыру., en: Settling a dispute by agreement.}
          cite: "@alpha"
          articles: [history/alpha]
        """;

    private const string Sources = FixtureData.AlphaSource;

    // Titles chosen so that the Kazakh alphabet and a naive ordinal sort disagree (Ә after А, Ү after У, І after Ы).
    private static readonly (string Slug, string Kk, string En)[] Articles =
    [
        ("alpha", "Әділет", "Justice"), ("beta", "Арал", "Aral"), ("gamma", "Үкімет", "Government"),
        ("delta", "Ұлт", "Nation"), ("epsilon", "Іргетас", "Foundation"), ("zeta", "«Мың бала» жобасы", "Myn Bala"),
        ("eta", "Ыдырау", "Collapse"), ("theta", "Уақыт", "Time"),
    ];

    private readonly FixtureSite _site;

    public FindingTests()
    {
        _site = new FixtureSite()
            .Write("data/categories.yml", Terms).Write("data/tags.yml", Tags)
            .Write("data/glossary.yml", Glossary).Write("data/sources.yml", Sources);
        foreach (var (slug, kk, en) in Articles)
        {
            var front = slug == "beta" ? "category: document\ntags: [law]\n" : "category: event\n";
            _site.Article("history", slug, "kk", kk, "Мәтін [@alpha].", front).Article("history", slug, "en", en, "Text [@alpha].", front);
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_kazakh_index_follows_the_kazakh_alphabet_with_a_heading_per_letter()
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var index = _site.Html("kk/a-z/index.html");
        Assert.Equal(["А", "Ә", "М", "У", "Ұ", "Ү", "Ы", "І"], index.QuerySelectorAll(".letter-group__letter").Select(h => h.TextContent));
        Assert.Equal("«Мың бала» жобасы", index.QuerySelector("#letter-3 + .article-list a")?.TextContent);
        var english = _site.Html("en/a-z/index.html");
        Assert.Equal(["A", "C", "F", "G", "J", "M", "N", "T"], english.QuerySelectorAll(".letter-group__letter").Select(h => h.TextContent));
    }

    [Fact]
    public async Task Category_tag_and_glossary_pages_list_what_belongs_to_them()
    {
        await _site.BuildAsync();
        Assert.Equal(["Арал"], _site.Html("kk/categories/document/index.html").QuerySelectorAll(".article-list a").Select(a => a.TextContent));
        Assert.Equal(7, _site.Html("en/categories/event/index.html").QuerySelectorAll(".article-list a").Length);
        Assert.Equal(["Aral"], _site.Html("en/tags/law/index.html").QuerySelectorAll(".article-list a").Select(a => a.TextContent));
        var glossary = _site.Html("en/glossary/index.html");
        Assert.Equal("Mediation", glossary.GetElementById("term-mediation")?.TextContent);
        Assert.Equal("../history/alpha/", glossary.QuerySelector(".glossary__used a")?.GetAttribute("href"));
        Assert.NotNull(glossary.QuerySelector("#ref-1"));
        var article = _site.Html("kk/history/beta/index.html");
        Assert.Equal("Құжат", article.QuerySelector(".article__terms a")?.TextContent);
        Assert.Equal("../../glossary/", article.QuerySelector(".site-footer__links a[href$='glossary/']")?.GetAttribute("href"));
        Assert.NotNull(_site.Html("kk/index.html").QuerySelector("main a[href='../kk/sources/'], main a[href='sources/']"));
        Assert.NotNull(article.QuerySelector(".prev-next a[rel=next]"));
    }

    [Fact]
    public async Task A_category_page_lists_its_articles_in_the_alphabet_of_its_language()
    {
        await _site.BuildAsync();
        Assert.Equal(["Әділет", "«Мың бала» жобасы", "Уақыт", "Ұлт", "Үкімет", "Ыдырау", "Іргетас"],
            _site.Html("kk/categories/event/index.html").QuerySelectorAll(".article-list a").Select(a => a.TextContent));
        Assert.Equal(["Collapse", "Foundation", "Government", "Justice", "Myn Bala", "Nation", "Time"],
            _site.Html("en/categories/event/index.html").QuerySelectorAll(".article-list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Sitemap_lists_every_page_with_its_alternates_and_every_url_exists()
    {
        await _site.BuildAsync();
        var sitemap = XDocument.Parse(_site.ReadOutput("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(sm + "url").ToArray();
        Assert.Contains(urls, u => u.Element(sm + "loc")!.Value == "https://example.org/khasite/kk/history/alpha/");
        var alpha = urls.Single(u => u.Element(sm + "loc")!.Value == "https://example.org/khasite/en/history/alpha/");
        Assert.Equal(["kk", "en", "x-default"], alpha.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
        foreach (var loc in urls.Select(u => u.Element(sm + "loc")!.Value))
            Assert.True(File.Exists(Path.Combine(_site.Output, LocalFile(loc))), $"{loc} is in the sitemap but not in the output");
        Assert.DoesNotContain(urls, u => u.Element(sm + "loc")!.Value.Contains("404", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://example.org/khasite/sitemap.xml", _site.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_feeds_parse_and_point_at_existing_pages()
    {
        await _site.BuildAsync();
        foreach (var lang in new[] { "kk", "en" })
        {
            var feed = XDocument.Parse(_site.ReadOutput($"{lang}/feed.xml"));
            XNamespace atom = "http://www.w3.org/2005/Atom";
            Assert.Equal(lang, feed.Root!.Attribute(XNamespace.Xml + "lang")?.Value);
            var entries = feed.Root.Elements(atom + "entry").ToArray();
            Assert.Equal(8, entries.Length);
            foreach (var entry in entries)
            {
                Assert.NotNull(entry.Element(atom + "updated"));
                var href = entry.Element(atom + "link")!.Attribute("href")!.Value;
                Assert.True(File.Exists(Path.Combine(_site.Output, LocalFile(href))), href);
            }
        }
    }

    [Fact]
    public async Task Json_ld_parses_with_the_right_types_and_open_graph_is_present()
    {
        await _site.BuildAsync();
        JsonElement Ld(string path) => JsonDocument.Parse(_site.Html(path).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var article = Ld("en/history/alpha/index.html");
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("Justice", article.GetProperty("headline").GetString());
        Assert.True(File.Exists(Path.Combine(_site.Output, LocalFile(article.GetProperty("url").GetString()!))));
        Assert.Equal("Organization", Ld("kk/index.html").GetProperty("@type").GetString());
        var page = _site.Html("kk/history/alpha/index.html");
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("https://example.org/khasite/kk/history/alpha/", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
    }

    private static string LocalFile(string url)
    {
        var path = new Uri(url).AbsolutePath["/khasite/".Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
