using System.Text;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A third language is a site.yml entry and a UI strings file, with no C# change: here Latin-script Kazakh
/// (<c>kk-latn</c>, based on <c>kk</c>, with its own month names and day pattern) beside kk and en.
/// </summary>
public sealed class ThirdLanguageTests(ThirdLanguageTests.Site site) : IClassFixture<ThirdLanguageTests.Site>
{
    private readonly FixtureSite _site = site.Fixture;

    /// <summary>The site, built once for the class.</summary>
    public sealed class Site : IAsyncLifetime, IDisposable
    {
        internal const string SiteYml = """
            title: {kk: Тест энциклопедиясы, en: Test encyclopedia, kk-latn: Test ensiklopediasy}
            description: {kk: Сынақ сайты., en: A test site., kk-latn: Synaq saity.}
            base_url: https://example.org/khasite/
            languages:
              - kk
              - en
              - code: kk-latn
                based_on: kk
                script: Latn
                date_day: "{year} jylğy {day} {month}"
                months: [qañtar, aqpan, nauryz, säuır, mamyr, mausym, şılde, tamyz, qyrküiek, qazan, qaraşa, jeltoqsan]
            default_language: kk
            sections:
              - id: history
                title: {kk: Тарихы, en: History, kk-latn: Tarihy}
                description: {kk: Тарих бөлімі., en: The history section., kk-latn: Tarih bölımı.}
            """;

        private const string Sources = FixtureData.AlphaSourceWithEnglishTitle;

        private const string Timeline = """
            - id: forum
              date: 1992-12
              title: {kk: Форум өтті, en: The forum is held, kk-latn: Forum öttı}
              cite: "@alpha, p. 10"
            - id: founded
              date: 1995-03-01
              title: {kk: Ассамблея құрылды, en: The Assembly is founded, kk-latn: Assambleia qūryldy}
              cite: "@alpha"
            """;

        private const string Census = """
            id: census
            kind: breakdown
            title: {kk: Санақ, en: Census, kk-latn: Sanaq}
            as_of: 2021
            unit: people
            cite: "@alpha"
            rows:
              - {key: kazakhs, label: {kk: Қазақтар, en: Kazakhs, kk-latn: Qazaqtar}, value: 13497891}
              - {key: others, label: {kk: Басқалар, en: Others, kk-latn: Basqalar}, value: 5688124.5}
            """;

        public FixtureSite Fixture { get; } = new FixtureSite(SiteYml)
            .Write("data/sources.yml", Sources)
            .Write("data/timeline.yml", Timeline)
            .Write("data/statistics/census.yml", Census)
            .Article("history", "founding", "kk", "Құрылуы", "Ассамблея құрылды [@alpha, p. 11].", "infobox:\n  founded: 1995-03-01\n")
            .Article("history", "founding", "en", "Founding", "The Assembly was founded [@alpha, p. 11].", "infobox:\n  founded: 1995-03-01\n")
            .Article("history", "founding", "kk-latn", "Qūryluy", "Assambleia qūryldy [@alpha, p. 11].", "infobox:\n  founded: 1995-03-01\n");

        private readonly string _theme;

        public Site()
        {
            // The real theme, plus the new language's UI strings (the Kazakh ones in Latin letters).
            _theme = Path.Combine(Fixture.Root, "theme");
            TestFolders.Copy(RepoPaths.Theme, _theme);
            File.WriteAllText(Path.Combine(_theme, "i18n", "kk-latn.yml"), ToLatin(File.ReadAllText(Path.Combine(_theme, "i18n", "kk.yml"))));
        }

        public async Task InitializeAsync()
        {
            var result = await SiteBuilder.BuildAsync(Fixture.Options with { ThemeDir = _theme }, write: true);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Fixture.Dispose();

        /// <summary>Kazakh Cyrillic to the Latin alphabet of 2021, letter by letter (enough for a fixture's UI strings).</summary>
        private static string ToLatin(string text)
        {
            const string cyrillic = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
            string[] latin = ["a", "ä", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ñ", "o", "ö", "p", "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ch", "ş", "şş", "", "y", "ı", "", "e", "iu", "ia"];
            var result = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                var i = cyrillic.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
                if (i < 0) result.Append(c);
                else if (char.IsUpper(c) && latin[i].Length > 0) result.Append(char.ToUpperInvariant(latin[i][0])).Append(latin[i][1..]);
                else result.Append(latin[i]);
            }
            return result.ToString();
        }
    }

    [Fact]
    public void Each_languages_pages_carry_its_lang_and_og_locale_and_link_the_others()
    {
        foreach (var (lang, tag, locale) in new[] { ("kk", "kk", "kk_KZ"), ("en", "en", "en_GB"), ("kk-latn", "kk-Latn", "kk_KZ") })
        {
            var page = _site.Html($"{lang}/history/founding/index.html");
            Assert.Equal(tag, page.DocumentElement.GetAttribute("lang"));
            Assert.Null(page.DocumentElement.GetAttribute("dir"));
            Assert.Equal(locale, page.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
            Assert.Equal(["kk", "en", "kk-Latn", "x-default"], page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
        }
        Assert.Equal("Qūryluy — Test ensiklopediasy", _site.Html("kk-latn/history/founding/index.html").Title);
    }

    [Fact]
    public void Dates_are_written_in_each_languages_pattern_and_month_names()
    {
        Assert.Equal(["jeltoqsan 1992", "1995 jylğy 1 nauryz"], Dates("kk-latn"));
        Assert.Equal(["желтоқсан 1992", "1995 жылғы 1 наурыз"], Dates("kk"));
        Assert.Equal(["December 1992", "1 March 1995"], Dates("en"));
        var infobox = _site.Html("kk-latn/history/founding/index.html").QuerySelector(".infobox dd")?.TextContent;
        Assert.Equal("1995 jylğy 1 nauryz", infobox);
    }

    private string[] Dates(string lang) =>
        _site.Html($"{lang}/timeline/index.html").QuerySelectorAll(".timeline__date").Select(t => t.TextContent).ToArray();

    [Fact]
    public void Numbers_and_references_follow_the_language_it_is_based_on()
    {
        Assert.Equal(["13\u00a0497\u00a0891", "5\u00a0688\u00a0124,5"], Values("kk-latn"));
        Assert.Equal(["13,497,891", "5,688,124.5"], Values("en"));
        var latin = _site.Html("kk-latn/history/founding/index.html");
        // kk's reference style (GOST, Kazakh terms): the locator and the record as on the kk page.
        Assert.Equal("[1, 11-б.]", latin.QuerySelector("sup.cite")?.TextContent);
        var kazakh = _site.Html("kk/history/founding/index.html");
        Assert.Equal(kazakh.QuerySelector(".references__list li")?.TextContent.Split('↑')[0], latin.QuerySelector(".references__list li")?.TextContent.Split('↑')[0]);
        // "Cite this page": one form per reference style, not one per language.
        Assert.Equal(["kk", "en"], latin.QuerySelectorAll(".cite-page dd[lang]").Select(d => d.GetAttribute("lang")));
        Assert.Contains("language = {kazakh}", latin.QuerySelector(".cite-page code")?.TextContent, StringComparison.Ordinal);
    }

    private string[] Values(string lang) =>
        _site.Html($"{lang}/statistics/census/index.html").QuerySelectorAll(".data-table__value").Select(v => v.ChildNodes[0].TextContent.Trim()).ToArray();

}
