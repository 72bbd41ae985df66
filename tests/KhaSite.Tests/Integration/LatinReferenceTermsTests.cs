using AngleSharp.Dom;
using KhaSite.Load.Script;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// The Latin-script edition's references (issue 23): the GOST terms and the locators are written in Latin letters
/// like the rest of the edition, and what stays in Cyrillic — a record's fields as the source was published — is
/// marked with its language, so no unmarked Cyrillic is left in a kk-latn article's main text.
/// </summary>
public sealed class LatinReferenceTermsTests(LatinReferenceTermsTests.Site site) : IClassFixture<LatinReferenceTermsTests.Site>
{
    private readonly FixtureSite _site = site.Fixture;

    public sealed class Site : IAsyncLifetime, IDisposable
    {
        private const string SiteYml = FixtureData.LatinEditionSiteYml;

        // A journal article with its volume and pages, a book by five authors with an editor and no date, a Russian source.
        private const string Sources = """
            - id: alpha
              type: article-journal
              title: Ассамблея тарихы
              title-en: The Assembly's history
              author: [{family: Абдраимов, given: Е. А.}]
              container-title: Хабаршы
              volume: "3"
              page: 11-15
              issued: {date-parts: [[2023]]}
            - id: beta
              type: book
              title: Бірлік кітабы
              title-en: The book of unity
              author: [{family: Бір, given: А.}, {family: Екі, given: Б.}, {family: Үш, given: В.}, {family: Төрт, given: Г.}, {family: Бес, given: Д.}]
              editor: [{family: Садыков, given: Т.}]
              publisher-place: Алматы
              publisher: Ғылым
            - id: gamma
              type: article-journal
              language: ru
              title: Межнациональные отношения
              title-en: Interethnic relations
              author: [{family: Иванов, given: И.}]
              container-title: Вестник
              issued: {date-parts: [[2020]]}
            """;

        public FixtureSite Fixture { get; } = new FixtureSite(SiteYml)
            .Write("data/sources.yml", Sources)
            .Article("history", "founding", "kk", "Құрылуы", "Ассамблея құрылды [@alpha, 12-б.]. Кітап [@beta] және мақала [@gamma].")
            .Article("history", "founding", "en", "Founding", "The Assembly was founded [@alpha, p. 12]. A book [@beta] and a paper [@gamma].");

        public async Task InitializeAsync()
        {
            var result = await SiteBuilder.BuildAsync(Fixture.Options, write: true);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Fixture.Dispose();
    }

    private IDocument Page(string lang) => _site.Html($"{lang}/history/founding/index.html");

    [Fact]
    public void No_unmarked_cyrillic_is_left_in_a_latin_article()
    {
        var main = Page("kk-latn").QuerySelector("main")!;
        var unmarked = main.Descendants<IText>()
            .Where(t => t.Data.Any(KazakhLatin.IsCyrillicLetter))
            .Where(t => t.ParentElement?.Closest("[lang]")?.GetAttribute("lang") is not ("kk" or "ru"))
            .Select(t => t.Data.Trim())
            .ToArray();
        Assert.True(unmarked.Length == 0, "unmarked Cyrillic: " + string.Join(" | ", unmarked));
    }

    [Fact]
    public void The_reference_terms_are_in_latin_and_the_records_as_published()
    {
        var references = Page("kk-latn").QuerySelector("section.references")!.TextContent;
        Assert.Contains("T. 3", references, StringComparison.Ordinal);
        Assert.Contains("B. 11–15", references, StringComparison.Ordinal);
        Assert.Contains("[t.b.]", references, StringComparison.Ordinal);
        Assert.Contains("red. ", references, StringComparison.Ordinal);
        Assert.Contains("[b. j.]", references, StringComparison.Ordinal);
        Assert.Contains("12-b.", Page("kk-latn").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var page = Page("kk-latn");
        Assert.Contains(page.QuerySelectorAll("main [lang=ru]"), e => e.TextContent == "Межнациональные отношения");
        Assert.Contains(page.QuerySelectorAll("main [lang=kk]"), e => e.TextContent == "Ассамблея тарихы");
        // The Cyrillic edition keeps its terms and writes no marks of its own.
        var kazakh = Page("kk").QuerySelector("main")!;
        Assert.Contains("Т. 3", kazakh.TextContent, StringComparison.Ordinal);
        Assert.Contains("[б. ж.]", kazakh.TextContent, StringComparison.Ordinal);
        Assert.Empty(kazakh.QuerySelectorAll(".ref-text [lang]"));
    }
}
