using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

public class CitationTests : IDisposable
{
    private const string Sources = """
        - id: alpha
          type: article-journal
          title: Альфа мақаласы
          title-en: The alpha article
          author: [{family: Абдраимов, given: Е. А.}]
          author-en: [{family: Abdraimov, given: E. A.}]
          container-title: Хабаршы
          issued: {date-parts: [[2023]]}
        - id: beta
          type: legislation
          title: «Бета туралы» Заң
          title-en: Law on Beta
          issued: {date-parts: [[2008, 10, 20]]}
          number: 70-IV
          URL: https://adilet.zan.kz/kaz/docs/Z080000070
        """;

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Article("history", "founding", "kk", "Құрылуы",
            "Бірінші сөйлем [@alpha, p. 10].\n\nЕкінші [@beta; @alpha, p. 12].\n\nҮшінші [@alpha].")
        .Article("history", "founding", "en", "Founding",
            "First sentence [@alpha, p. 10].\n\nSecond [@beta; @alpha, p. 12].\n\nThird [@alpha].");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Markers_are_numbered_by_first_use_and_a_repeated_source_keeps_its_number()
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Html("kk/history/founding/index.html");
        var markers = page.QuerySelectorAll(".article__body sup.cite a").Select(a => (a.TextContent, a.GetAttribute("href"), a.Id)).ToArray();
        Assert.Equal(
        [
            ("1, 10-б.", "#ref-1", "cite-1-a"),
            ("1, 12-б.", "#ref-1", "cite-1-b"),
            ("2", "#ref-2", "cite-2-a"),
            ("1", "#ref-1", "cite-1-c"),
        ], markers);
        // One marker per citation, its items sorted by number.
        Assert.Equal(["[1, 10-б.]", "[1, 12-б.; 2]", "[1]"], page.QuerySelectorAll(".article__body sup.cite").Select(s => s.TextContent));
        Assert.Equal("[1, p. 10]", _site.Html("en/history/founding/index.html").QuerySelector("sup.cite")?.TextContent);
    }

    [Fact]
    public async Task The_reference_list_links_back_to_every_citing_place()
    {
        await _site.BuildAsync();
        var page = _site.Html("kk/history/founding/index.html");
        var first = page.QuerySelector("#ref-1")!;
        Assert.Equal(["#cite-1-a", "#cite-1-b", "#cite-1-c"], first.QuerySelectorAll(".references__back a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["a", "b", "c"], first.QuerySelectorAll(".references__back a").Select(a => a.TextContent).ToArray());
        Assert.Contains("Абдраимов, Е. А. Альфа мақаласы / Е. А. Абдраимов // Хабаршы. – 2023.", first.QuerySelector(".ref-text")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../sources/alpha/", first.QuerySelector(".references__source")?.GetAttribute("href"));
        var second = page.QuerySelector("#ref-2")!;
        Assert.Equal("#cite-2-a", Assert.Single(second.QuerySelectorAll(".references__back a")).GetAttribute("href"));
        foreach (var href in page.QuerySelectorAll(".references__back a").Select(a => a.GetAttribute("href")!))
            Assert.NotNull(page.GetElementById(href[1..]));
    }

    [Fact]
    public async Task English_references_use_the_english_style()
    {
        await _site.BuildAsync();
        var page = _site.Html("en/history/founding/index.html");
        Assert.Equal("Abdraimov, E. A. 2023. “Альфа мақаласы” [The alpha article]. Хабаршы.", page.QuerySelector("#ref-1 .ref-text")?.TextContent);
        // Chicago author-date, as Pandoc writes it, gives a law its year and its link.
        Assert.Equal("«Бета туралы» Заң [Law on Beta]. 2008. https://adilet.zan.kz/kaz/docs/Z080000070.", page.QuerySelector("#ref-2 .ref-text")?.TextContent);
    }

    [Fact]
    public async Task Source_pages_list_every_citer_with_links_to_the_exact_citations()
    {
        await _site.BuildAsync();
        var source = _site.Html("kk/sources/alpha/index.html");
        var places = source.QuerySelectorAll(".cited-by__place").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["../../history/founding/#cite-1-a", "../../history/founding/#cite-1-b", "../../history/founding/#cite-1-c"], places);
        var law = _site.Html("en/sources/beta/index.html");
        Assert.Equal("https://adilet.zan.kz/kaz/docs/Z080000070", law.QuerySelector(".source__official a")?.GetAttribute("href"));
        var bibliography = _site.Html("kk/sources/index.html");
        Assert.Equal(2, bibliography.QuerySelectorAll(".bibliography li").Length);
    }

    [Fact]
    public async Task Each_article_offers_its_own_citation_in_both_styles_and_bibtex()
    {
        await _site.BuildAsync();
        var cite = _site.Html("kk/history/founding/index.html").QuerySelector(".cite-page")!;
        Assert.Contains("Құрылуы // Тест энциклопедиясы. – URL: https://example.org/khasite/kk/history/founding/", cite.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("@misc{khasite-history-founding-kk,", cite.QuerySelector("code")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, cite.QuerySelectorAll("code br").Length);
    }

    [Fact]
    public async Task A_misspelt_key_stops_the_build_at_the_key_with_a_suggestion()
    {
        _site.Article("history", "founding", "kk", "Құрылуы", "Бірінші.\n\nЕкінші [@alpha; @btea, p. 3].");
        var result = await _site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Id == "KHA0103");
        Assert.EndsWith("articles/history/founding.kk.md", error.Location.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((7, 17), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'beta'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_citations_stop_the_build()
    {
        _site.Article("history", "founding", "kk", "Құрылуы", "Мәтін [@alpha,].");
        var result = await _site.BuildAsync();
        var error = Assert.Single(result.Diagnostics, d => d.Id == "KHA0104");
        Assert.Equal(5, error.Location.Line);
    }

    [Fact]
    public async Task Unused_sources_and_uncited_paragraphs_are_warnings()
    {
        _site.Write("data/sources.yml", Sources + "\n- id: gamma\n  type: book\n  title: Гамма\n");
        _site.Article("history", "founding", "en", "Founding", "First sentence [@alpha, p. 10].\n\nNo citation here.\n\nThird [@beta].");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        Assert.Single(result.Diagnostics, d => d.Id == "KHA0302" && d.Message.Contains("gamma", StringComparison.Ordinal));
        var uncited = Assert.Single(result.Diagnostics, d => d.Id == "KHA0601");
        Assert.Equal(7, uncited.Location.Line);
        Assert.Single(result.Diagnostics, d => d.Id == "KHA0203");
    }
}
