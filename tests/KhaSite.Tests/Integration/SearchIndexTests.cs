using System.Text.Json;
using KhaSite.Render.Search;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// The search index the build writes (<c>search/&lt;lang&gt;/</c>): clean excerpt text, names and aliases marked as
/// names, every kind of page with its kind and section, the page's search box and script, byte-identical rebuilds.
/// </summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public SearchIndexTests()
    {
        _site.Write("data/sources.yml", """
                - id: alpha2023
                  type: article-journal
                  title: Альфа мақаласы
                  title-en: The Alpha article
                  author: [{family: Абдраимов, given: Е. А.}]
                  container-title: Хабаршы
                  issued: {date-parts: [[2023]]}
                """)
            .Write("data/tags.yml", """
                - id: founding
                  label: {kk: Құрылу, en: Founding}
                """)
            .Write("data/timeline.yml", """
                - id: founded
                  date: 1995-03-01
                  tags: [founding]
                  title: {kk: Ассамблея құрылды, en: The Assembly is founded}
                  cite: "@alpha2023"
                """)
            .Write("data/glossary.yml", """
                - id: mediation
                  term: {kk: Медиация, en: Mediation}
                  definition: {kk: Дауды татуластыру., en: Settling a dispute by agreement.}
                  cite: "@alpha2023"
                """)
            .Article("history", "assembly", "kk", "Қазақстан халқы Ассамблеясы", """
                Ассамблея 1995 жылы құрылды [@alpha2023, p. 10].

                ## Құрылымы

                | Орган | Саны |
                |---|---|
                | Кеңес | 12 |

                ```timeline
                tags: [founding]
                ```
                """, "aliases: [ҚХА, APK]\n")
            .Article("history", "assembly", "en", "Assembly of People of Kazakhstan", """
                The Assembly was founded in 1995 [@alpha2023, p. 10].
                """, "aliases: [APK]\n");
    }

    private async Task BuildAsync()
    {
        var result = await SiteBuilder.BuildAsync(_site.Options with { Search = true }, write: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private JsonElement Json(string path) => JsonDocument.Parse(_site.ReadOutput(path)).RootElement;

    private IEnumerable<JsonElement> Fragments(string lang) =>
        Directory.GetFiles(Path.Combine(_site.Output, "search", lang, "d"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement);

    [Fact]
    public async Task Every_kind_of_page_is_indexed_with_its_kind_section_and_clean_text()
    {
        await BuildAsync();
        var fragments = Fragments("kk").ToDictionary(f => f.GetProperty("u").GetString()!, f => f);
        Assert.Equal("article", fragments["kk/history/assembly/"].GetProperty("k").GetString());
        Assert.Equal("source", fragments["kk/sources/alpha2023/"].GetProperty("k").GetString());
        Assert.Equal("event", fragments["kk/timeline/#event-founded"].GetProperty("k").GetString());
        Assert.Equal("term", fragments["kk/glossary/#term-mediation"].GetProperty("k").GetString());

        // No citation markers, source keys, embed YAML or headings run into the text; table cells stay apart.
        var text = fragments["kk/history/assembly/"].GetProperty("x").GetString()!;
        Assert.Contains("Ассамблея 1995 жылы құрылды .", text.Replace("құрылды.", "құрылды .", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var junk in new[] { "alpha2023", "[", "@", "tags:", "Құрылымы" })
            Assert.DoesNotContain(junk, text, StringComparison.Ordinal);
        Assert.Contains("Кеңес\n12", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_and_an_inflected_title_word_reach_the_article_as_a_name()
    {
        await BuildAsync();
        var meta = Json("search/kk/meta.json");
        var stemmer = WordStemmer.For("kk");
        var article = Fragments("kk").Select((f, i) => (f, i)).Single(x => x.f.GetProperty("u").GetString() == "kk/history/assembly/").i;
        foreach (var word in new[] { "ҚХА", "APK", "Ассамблеясының" })
        {
            var key = stemmer.Key(WordStemmer.Normalize(word))!;
            var prefix = meta.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).Where(key.StartsWith).MaxBy(s => s.Length)!;
            var postings = Json($"search/kk/s/{SearchIndex.ShardFile(prefix)}.json").GetProperty(key).EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var doc = 0;
            var found = false;
            for (var i = 0; i < postings.Length; i += 2)
            {
                doc += postings[i];
                if (doc == article) { found = true; Assert.True((postings[i + 1] & 15) > 0, $"'{word}' is not marked as a word of a name"); }
            }
            Assert.True(found, $"'{word}' (key '{key}') does not lead to the article");
        }
    }

    [Fact]
    public async Task The_search_page_has_one_labelled_box_the_script_and_links_to_search_the_other_language()
    {
        await BuildAsync();
        var page = _site.Html("kk/search/index.html");
        Assert.Equal("search-input", page.QuerySelector("label.search-form__label")?.GetAttribute("for"));
        Assert.Equal("../../search/kk/", page.GetElementById("search")?.GetAttribute("data-index"));
        Assert.NotNull(page.QuerySelector("script[src='../../assets/search.js']"));
        Assert.Equal("../../en/search/", page.QuerySelector(".search__other[hreflang='en']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Two_builds_write_the_same_index()
    {
        await BuildAsync();
        var first = SiteBuildTests.Snapshot(Path.Combine(_site.Output, "search"));
        Directory.Delete(_site.Output, recursive: true);
        await BuildAsync();
        var second = SiteBuildTests.Snapshot(Path.Combine(_site.Output, "search"));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    public void Dispose() => _site.Dispose();
}
