using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// The Latin-script edition made at build time (<c>from: kk</c>, <c>script: Latn</c>): no kk-latn Markdown, YAML text
/// or UI strings, yet every kk page has its kk-latn counterpart in Latin letters, tagged kk-Latn, with alternates
/// both ways, a script switch to the same page, its own search index stemmed by kk's rules, feed and sitemap entries.
/// </summary>
public sealed class LatinEditionTests(LatinEditionTests.Site site) : IClassFixture<LatinEditionTests.Site>
{
    private readonly FixtureSite _site = site.Fixture;

    public sealed class Site : IAsyncLifetime, IDisposable
    {
        private const string SiteYml = FixtureData.LatinEditionSiteYml;

        private const string Sources = FixtureData.AlphaSourceWithEnglishTitle;

        private const string Timeline = """
            - id: founded
              date: 1995-03-01
              title: {kk: Ассамблея құрылды, en: The Assembly is founded}
              cite: "@alpha"
            """;

        public FixtureSite Fixture { get; } = new FixtureSite(SiteYml)
            .Write("data/sources.yml", Sources)
            .Write("data/timeline.yml", Timeline)
            .Write("data/latin-exceptions.yml", "- word: съезд\n  latin: sezd\n")
            .Article("history", "founding", "kk", "Құрылуы", "Ассамблея Қазақстанның бірлігі үшін құрылды [@alpha, p. 11]. [Форум](forum.kk.md) `код`.", "infobox:\n  founded: 1995-03-01\n")
            .Article("history", "founding", "en", "Founding", "The Assembly was founded [@alpha, p. 11]. [Forum](forum.en.md).", "infobox:\n  founded: 1995-03-01\n")
            .Article("history", "forum", "kk", "Форум", "Форум мен съезд өтті [@alpha].")
            .Article("history", "forum", "en", "Forum", "The forum was held [@alpha].");

        public async Task InitializeAsync()
        {
            var result = await SiteBuilder.BuildAsync(Fixture.Options with { Search = true }, write: true);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.Diagnostics);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Fixture.Dispose();
    }

    private string[] Pages(string lang) =>
        Directory.GetFiles(Path.Combine(_site.Output, lang), "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Path.Combine(_site.Output, lang), p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_kazakh_page_has_its_latin_counterpart_and_back()
    {
        var kazakh = Pages("kk");
        Assert.Contains("history/founding/index.html", kazakh);
        Assert.Equal(kazakh, Pages("kk-latn"));
        foreach (var page in kazakh)
        {
            var latin = _site.Html($"kk-latn/{page}");
            var cyrillic = _site.Html($"kk/{page}");
            Assert.Equal("kk-Latn", latin.DocumentElement.GetAttribute("lang"));
            if (page == "404.html") continue;
            Assert.Equal(cyrillic.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
                latin.QuerySelector("link[rel=alternate][hreflang=kk]")?.GetAttribute("href"));
            Assert.Equal(latin.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
                cyrillic.QuerySelector("link[rel=alternate][hreflang=kk-Latn]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_article_is_in_latin_letters_with_code_citations_and_links_kept()
    {
        var page = _site.Html("kk-latn/history/founding/index.html");
        Assert.Equal("Qūryluy — Test entsiklopediiasy", page.Title);
        var body = page.QuerySelector(".article__body")!;
        Assert.Contains("Assambleia Qazaqstannyñ bırlıgı üşın qūryldy", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("код", body.QuerySelector("code")?.TextContent);
        Assert.Equal("../forum/", body.QuerySelector("a[href*=forum]")?.GetAttribute("href"));
        Assert.Equal("1995 jylğy 1 nauryz", page.QuerySelector(".infobox dd")?.TextContent);
        Assert.Contains("sezd", _site.Html("kk-latn/history/forum/index.html").QuerySelector(".article__body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["kk", "en", "kk-Latn", "x-default"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public void The_script_switch_leads_to_the_same_page_in_the_other_script()
    {
        var latin = _site.Html("kk-latn/history/founding/index.html");
        Assert.Equal(["Кирилл", "Latyn"], latin.QuerySelectorAll(".script-switch li").Select(li => li.TextContent.Trim()));
        Assert.Equal("../../../kk/history/founding/", latin.QuerySelector(".script-switch a")?.GetAttribute("href"));
        var cyrillic = _site.Html("kk/history/founding/index.html");
        Assert.Equal("../../../kk-latn/history/founding/", cyrillic.QuerySelector(".script-switch a")?.GetAttribute("href"));
        // The language switch names two languages; the edition is kk's entry in its own script.
        Assert.Equal(["Qazaqşa", "English"], latin.QuerySelectorAll(".lang-switch li").Select(li => li.TextContent.Trim()));
        Assert.Null(_site.Html("en/history/founding/index.html").QuerySelector(".script-switch"));
    }

    [Fact]
    public void The_edition_has_its_search_index_feed_and_sitemap_entries()
    {
        var meta = System.Text.Json.JsonDocument.Parse(_site.ReadOutput("search/kk-latn/meta.json")).RootElement;
        var kazakhMeta = System.Text.Json.JsonDocument.Parse(_site.ReadOutput("search/kk/meta.json")).RootElement;
        Assert.Equal(kazakhMeta.GetProperty("rules").GetRawText(), meta.GetProperty("rules").GetRawText());
        // The Latin words reach the Cyrillic words' keys: every shard of kk's index is one of kk-latn's.
        var shards = meta.GetProperty("shards").EnumerateArray().Select(s => s.GetString()).ToHashSet();
        Assert.All(kazakhMeta.GetProperty("shards").EnumerateArray(), s => Assert.Contains(s.GetString(), shards));
        Assert.Contains("Qūryluy", _site.ReadOutput("kk-latn/feed.xml"), StringComparison.Ordinal);
        var sitemap = _site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.org/khasite/kk-latn/history/founding/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"kk-Latn\" href=\"https://example.org/khasite/kk-latn/history/founding/\"", sitemap, StringComparison.Ordinal);
    }
}
