using System.Text.Json;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// Page previews for internal links and glossary terms linked on first use (issue 18): each language's
/// <c>previews.json</c> holds its articles', sources', events' and terms' titles and summaries, keyed relative to the
/// file; pages name the file to the script; an article links a glossary term once, at its first use in body text.
/// </summary>
public class PagePreviewsTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", """
            - id: author2023
              type: article-journal
              title: Ассамблея туралы
              container-title: Хабаршы
              author: [{family: Әбдірайымов, given: Е.}]
              issued: {date-parts: [[2023]]}
            """)
        .Write("data/timeline.yml", """
            - id: founded
              date: 1995-03-01
              title: {kk: Ассамблея құрылды, en: The Assembly is founded}
              cite: "@author2023"
            """)
        .Write("data/glossary.yml", """
            - id: decree
              term: {kk: Жарлық, en: Decree}
              definition: {kk: Президенттің құқықтық актісі., en: A legal act of the President.}
              cite: "@author2023"
              articles: [history/founding]
            """)
        .Article("history", "founding", "kk", "Ассамблеяның құрылуы", """
            ## Жарлық

            Ассамблея Президенттің Жарлығымен құрылды [@author2023]. Кейін тағы бір Жарлық шықты.
            [Форумды](forum.kk.md) қараңыз.
            """)
        .Article("history", "founding", "en", "Founding of the Assembly", """
            ## The decree

            The Assembly was founded by a decree of the President [@author2023]. Another decree followed.
            See [the forum](forum.en.md).
            """)
        .Article("history", "forum", "kk", "Форум", "Форум [Ассамблеяның құрылуына](founding.kk.md) жол ашты. Жарлық туралы.",
            "glossary_links: false\n")
        .Article("history", "forum", "en", "The forum", "The forum led to [the founding](founding.en.md). On the decree.",
            "glossary_links: false\n");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("kk", "Ассамблеяның құрылуы", "Ассамблеяның құрылуы.", "Жарлық", "Ассамблея құрылды")]
    [InlineData("en", "Founding of the Assembly", "Founding of the Assembly.", "Decree", "The Assembly is founded")]
    public async Task PagePreviews_json_holds_each_targets_title_and_summary(string lang, string title, string summary, string term, string eventTitle)
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var json = JsonDocument.Parse(_site.ReadOutput($"{lang}/previews.json"));
        var root = json.RootElement;
        Assert.Equal(title, root.GetProperty("history/founding/").GetProperty("t").GetString());
        Assert.Equal(summary, root.GetProperty("history/founding/").GetProperty("s").GetString());
        Assert.Equal(term, root.GetProperty("glossary/#term-decree").GetProperty("t").GetString());
        Assert.Equal(eventTitle, root.GetProperty("timeline/#event-founded").GetProperty("t").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("timeline/#event-founded").GetProperty("m").GetString()));
        Assert.True(root.TryGetProperty("sources/author2023/", out _));
        // No key leaves the language's folder, so a page previews only its own language's pages.
        Assert.All(root.EnumerateObject(), p => Assert.False(p.Name.StartsWith("../", StringComparison.Ordinal), p.Name));

        // Every page names the file to the script, relative to the page, so the site works under any base path.
        var page = _site.Html($"{lang}/history/founding/index.html");
        Assert.Equal($"../../../{lang}/previews.json", page.QuerySelector("script[data-previews]")?.GetAttribute("data-previews"));
    }

    [Theory]
    [InlineData("kk", "Жарлығымен")]
    [InlineData("en", "decree")]
    public async Task GlossaryTerms_are_linked_on_first_use_in_body_text_to_their_entry(string lang, string firstUse)
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Html($"{lang}/history/founding/index.html");
        var link = Assert.Single(page.QuerySelectorAll("a.glossary-link"));
        Assert.Equal("../../glossary/#term-decree", link.GetAttribute("href"));
        Assert.Equal(firstUse, link.TextContent);
        Assert.Null(link.Closest("h2"));
        Assert.NotNull(_site.Html($"{lang}/glossary/index.html").GetElementById("term-decree"));
        // glossary_links: false turns it off for one article.
        Assert.Empty(_site.Html($"{lang}/history/forum/index.html").QuerySelectorAll("a.glossary-link"));
    }

    [Fact]
    public async Task PagePreviews_show_an_articles_first_image_with_its_size()
    {
        var media = Path.Combine(_site.Input, "media");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "hall.png"), TestImages.Png(40, 30));
        File.WriteAllBytes(Path.Combine(media, "second.png"), TestImages.Png(20, 10));
        _site.Article("history", "forum", "kk", "Форум", "Форум.\n\n![Достық үйі](../../media/hall.png)\n\n![Екінші](../../media/second.png)\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var json = JsonDocument.Parse(_site.ReadOutput("kk/previews.json"));
        var forum = json.RootElement.GetProperty("history/forum/");
        var src = forum.GetProperty("i").GetString()!;
        // The image path is relative to the previews file, and the file it names is the first image of the article.
        Assert.Matches("^\\.\\./media/hall-[0-9a-f]{12}\\.png$", src);
        Assert.True(File.Exists(Path.Combine(_site.Output, "kk", src)), src);
        Assert.Equal(40, forum.GetProperty("w").GetInt32());
        Assert.Equal(30, forum.GetProperty("h").GetInt32());
        // An article without an image has none in its preview.
        Assert.False(json.RootElement.GetProperty("history/founding/").TryGetProperty("i", out _));
    }
}
