using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

public class SiteBuildTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Article("history", "founding", "kk", "Құрылуы",
            "1995 жылы құрылды.\n\n## Форумнан кейін\n\nҚараңыз: [заң](../law/law-2008.kk.md#мақсаты) және [бөлім](founding.kk.md).",
            "infobox:\n  founded: 1995-03-01\nsee_also:\n  - ../law/law-2008.kk.md\n")
        .Article("history", "founding", "en", "Founding", "Founded in 1995. See [the law](../law/law-2008.en.md).", "infobox:\n  founded: 1995-03-01\n")
        .Article("law", "law-2008", "kk", "2008 жылғы заң", "## Мақсаты\n\nМәтін.")
        .Article("law", "law-2008", "en", "The 2008 law <&> \"quoted\"", "## Purpose\n\nText with <angle> & ampersand.".Replace("<angle>", "`<angle>`", StringComparison.Ordinal));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_cancelled_build_stops_and_leaves_the_previous_output_and_no_staging_folder()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        var before = _site.ReadOutput("en/history/founding/index.html");
        _site.Article("history", "founding", "en", "Founding, changed", "Founded in 1995.");
        using var cancel = new CancellationTokenSource();
        var stages = new List<string>();
        // Cancelled as rendering begins: the stages before it ran, nothing after it did.
        var build = SiteBuilder.BuildAsync(_site.Options, write: true, stage => { stages.Add(stage); if (stage == "Render") cancel.Cancel(); }, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build);
        Assert.Equal(["Load", "Model", "Check", "Render"], stages);
        Assert.Equal(before, _site.ReadOutput("en/history/founding/index.html"));
        Assert.False(Directory.Exists(_site.Output + ".staging"));
    }

    [Fact]
    public async Task Builds_both_languages_with_hreflang_alternates_and_x_default()
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Html("en/history/founding/index.html");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal("https://example.org/khasite/kk/history/founding/", alternates["kk"]);
        Assert.Equal("https://example.org/khasite/en/history/founding/", alternates["en"]);
        Assert.Equal("https://example.org/khasite/kk/history/founding/", alternates["x-default"]);
        Assert.Equal("https://example.org/khasite/en/history/founding/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Language_switch_leads_to_the_same_article_in_the_other_language()
    {
        await _site.BuildAsync();
        var page = _site.Html("kk/history/founding/index.html");
        var toEnglish = page.QuerySelector(".lang-switch a[hreflang=en]");
        Assert.Equal("../../../en/history/founding/", toEnglish?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".lang-switch [aria-current=page][lang=kk]"));
    }

    [Fact]
    public async Task Relative_md_links_become_page_urls_and_keep_their_anchor()
    {
        await _site.BuildAsync();
        var links = _site.Html("kk/history/founding/index.html").QuerySelectorAll(".article__body a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("../../law/law-2008/#%D0%BC%D0%B0%D2%9B%D1%81%D0%B0%D1%82%D1%8B", links);
        Assert.Contains("./", links);
        var law = _site.Html("kk/law/law-2008/index.html");
        Assert.Equal("мақсаты", law.QuerySelector(".article__body h2")?.Id);
    }

    [Fact]
    public async Task Text_is_escaped_and_kazakh_letters_are_not_entities()
    {
        await _site.BuildAsync();
        var raw = _site.ReadOutput("en/law/law-2008/index.html");
        Assert.Contains("The 2008 law &lt;&amp;&gt; “quoted”", raw, StringComparison.Ordinal);
        Assert.Contains("<code>&lt;angle&gt;</code>", raw, StringComparison.Ordinal);
        var kk = _site.ReadOutput("kk/law/law-2008/index.html");
        Assert.Contains("2008 жылғы заң", kk, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", kk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Infobox_dates_are_written_per_language_and_see_also_and_links_here_are_listed()
    {
        await _site.BuildAsync();
        var kk = _site.Html("kk/history/founding/index.html");
        Assert.Equal("1995 жылғы 1 наурыз", kk.QuerySelector(".infobox dd")?.TextContent);
        Assert.Equal("1 March 1995", _site.Html("en/history/founding/index.html").QuerySelector(".infobox dd")?.TextContent);
        Assert.Equal("2008 жылғы заң", kk.QuerySelector(".see-also a")?.TextContent);
        var law = _site.Html("kk/law/law-2008/index.html");
        Assert.Equal("Құрылуы", law.QuerySelector(".links-here a")?.TextContent);
        Assert.Equal("../../history/founding/", law.QuerySelector(".links-here a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Root_lets_the_reader_choose_and_404_resolves_links_from_the_base_path()
    {
        await _site.BuildAsync();
        var root = _site.Html("index.html");
        Assert.Equal(["kk/", "en/"], root.QuerySelectorAll(".language-choice a").Select(a => a.GetAttribute("href")));
        // The chooser is in no hreflang cluster: x-default is the default language's page everywhere, the homes' too.
        Assert.Empty(root.QuerySelectorAll("link[hreflang]"));
        Assert.Equal("https://example.org/khasite/kk/", _site.Html("en/index.html").QuerySelector("link[hreflang=x-default]")?.GetAttribute("href"));
        var notFound = _site.Html("404.html");
        Assert.Equal("/khasite/", notFound.QuerySelector("base")?.GetAttribute("href"));
        Assert.Contains("kk/", notFound.QuerySelectorAll(".not-found a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Home_and_section_pages_list_the_articles_per_language()
    {
        await _site.BuildAsync();
        var home = _site.Html("en/index.html");
        Assert.Contains("Founding", home.QuerySelectorAll(".home-section a").Select(a => a.TextContent));
        var section = _site.Html("kk/history/index.html");
        Assert.Equal("founding/", section.QuerySelector(".article-list a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        await _site.BuildAsync();
        var first = Snapshot(_site.Output);
        await _site.BuildAsync();
        var second = Snapshot(_site.Output);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.True(bytes.SequenceEqual(second[path]), $"{path} differs between builds");
    }

    [Fact]
    public async Task A_rebuild_rewrites_only_what_changed_deletes_what_is_gone_and_equals_a_fresh_build()
    {
        _site.Article("history", "extra", "kk", "Қосымша", "Мәтін.").Article("history", "extra", "en", "Extra", "Text.");
        Assert.True((await _site.BuildAsync()).Succeeded);
        var long_ago = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(_site.Output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, long_ago);
        File.WriteAllText(Path.Combine(_site.Output, "stray.txt"), "not made by any build");

        _site.Article("law", "law-2008", "en", "The 2008 law <&> \"quoted\"", "## Purpose\n\nA new sentence.");
        File.Delete(Path.Combine(_site.Input, "articles/history/extra.kk.md"));
        File.Delete(Path.Combine(_site.Input, "articles/history/extra.en.md"));
        Assert.True((await _site.BuildAsync()).Succeeded);

        Assert.Contains("A new sentence.", _site.ReadOutput("en/law/law-2008/index.html"), StringComparison.Ordinal);
        Assert.NotEqual(long_ago, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "en/law/law-2008/index.html")));
        Assert.Equal(long_ago, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "assets/site.css")));
        Assert.Equal(long_ago, File.GetLastWriteTimeUtc(Path.Combine(_site.Output, "kk/law/law-2008/index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en/history/extra")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "stray.txt")));
        Assert.False(Directory.Exists(_site.Output + ".staging"));

        var fresh = Path.Combine(_site.Root, "fresh");
        Assert.True((await SiteBuilder.BuildAsync(_site.Options with { OutputDir = fresh }, write: true)).Succeeded);
        var rebuilt = Snapshot(_site.Output);
        var built = Snapshot(fresh);
        Assert.Equal(built.Keys.Order(), rebuilt.Keys.Order());
        foreach (var (path, bytes) in built) Assert.True(bytes.SequenceEqual(rebuilt[path]), $"{path} differs between the rebuild and a fresh build");
    }

    [Fact]
    public async Task A_missing_translation_is_a_warning_and_the_page_says_so()
    {
        _site.Article("history", "only-kk", "kk", "Тек қазақша", "Мәтін.");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "KHA0201");
        Assert.EndsWith("only-kk.kk.md", warning.Location.File, StringComparison.Ordinal);
        var page = _site.Html("kk/history/only-kk/index.html");
        Assert.Contains("ағылшынша аудармасы әлі жазылмаған", page.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".lang-switch a[hreflang=en]"));
        Assert.False(File.Exists(Path.Combine(_site.Output, "en/history/only-kk/index.html")));
    }

    [Fact]
    public async Task Without_a_glossary_or_sources_no_page_links_to_those_pages()
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var lang in new[] { "kk", "en" })
        {
            Assert.False(File.Exists(Path.Combine(_site.Output, lang, "glossary", "index.html")));
            Assert.False(File.Exists(Path.Combine(_site.Output, lang, "sources", "index.html")));
        }
        var links = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => _site.Html(Path.GetRelativePath(_site.Output, file)).QuerySelectorAll("a[href]")
                .Select(a => (Page: Path.GetRelativePath(_site.Output, file), Href: a.GetAttribute("href")!)))
            .Where(l => l.Href.Contains("glossary/", StringComparison.Ordinal) || l.Href.Contains("sources/", StringComparison.Ordinal))
            .Select(l => $"{l.Page}: {l.Href}");
        Assert.Empty(links);
        Assert.NotEmpty(_site.Html("en/index.html").QuerySelectorAll(".site-footer__links a[href$='a-z/']"));
    }

    [Fact]
    public async Task A_site_built_without_its_search_index_says_so_and_its_search_page_loads_no_search_files()
    {
        await _site.BuildAsync();
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "search")));
        foreach (var (lang, text) in new[] { ("kk", "іздеу жоқ"), ("en", "Search is not available") })
        {
            var page = _site.Html($"{lang}/search/index.html");
            Assert.Contains(text, page.QuerySelector(".search__unavailable")?.TextContent, StringComparison.Ordinal);
            Assert.Equal("../a-z/", page.QuerySelector(".search__unavailable a")?.GetAttribute("href"));
            Assert.Null(page.GetElementById("search"));
            Assert.DoesNotContain("search.js", _site.ReadOutput($"{lang}/search/index.html"), StringComparison.Ordinal);
        }
    }

    internal static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);
}
