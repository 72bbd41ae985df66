using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Render.Citations;

namespace KhaSite.Tests.Unit;

public class CitationFormattingTests
{
    private static SourceRecord Journal() => new(
        new Located<string>("abdraimov2023", SourceLocation.StartOf("s.yml")), "article-journal",
        new Dictionary<string, string>
        {
            ["title"] = "Қазақстан халқы Ассамблеясы: тарихы",
            ["title-en"] = "Assembly of the People of Kazakhstan: history",
            ["container-title"] = "Вестник Карагандинского университета",
            ["container-title-en"] = "Bulletin of the Karaganda University",
            ["issue"] = "1(109)",
            ["language"] = "kk",
        },
        [new PersonName("Абдраимов", "Е. А."), new PersonName("Садыков", "Т. С.")],
        [new PersonName("Abdraimov", "E. A."), new PersonName("Sadykov", "T. S.")],
        [], [2023], SourceLocation.StartOf("s.yml"));

    [Fact]
    public void Kazakh_references_are_gost_r_7_0_100_records()
    {
        Assert.Equal(
            "Абдраимов, Е. А. Қазақстан халқы Ассамблеясы: тарихы / Е. А. Абдраимов, Т. С. Садыков // Вестник Карагандинского университета. – 2023. – № 1(109).",
            ReferenceFormatter.Format(Journal(), LanguageDefaults.Kazakh));
    }

    [Fact]
    public void English_references_are_chicago_author_date_with_translations_in_brackets()
    {
        Assert.Equal(
            "Abdraimov, E. A., and T. S. Sadykov. 2023. <span lang=\"kk\">“Қазақстан халқы Ассамблеясы: тарихы”</span> [Assembly of the People of Kazakhstan: history]. <em lang=\"kk\">Вестник Карагандинского университета</em> [Bulletin of the Karaganda University], no. 1(109).",
            ReferenceFormatter.Format(Journal(), LanguageDefaults.English));
    }

    [Fact]
    public void A_url_that_is_the_dois_link_is_given_once_in_kazakh()
    {
        var record = Journal() with { Fields = new Dictionary<string, string> { ["title"] = "T", ["DOI"] = "10.1515/x", ["URL"] = "https://doi.org/10.1515/x" } };
        Assert.Equal("Абдраимов, Е. А. T / Е. А. Абдраимов, Т. С. Садыков. – 2023. – DOI: <a href=\"https://doi.org/10.1515/x\">10.1515/x</a>.", ReferenceFormatter.Format(record, LanguageDefaults.Kazakh));
    }

    [Fact]
    public void Unknown_year_is_said_not_invented()
    {
        var record = Journal() with { Issued = [] };
        Assert.Contains("[б. ж.]", ReferenceFormatter.Format(record, LanguageDefaults.Kazakh), StringComparison.Ordinal);
        Assert.Contains("n.d.", ReferenceFormatter.Format(record, LanguageDefaults.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("en")]
    public void The_plain_text_of_a_reference_is_what_a_reader_sees_of_its_html(string lang)
    {
        var language = lang == "kk" ? LanguageDefaults.Kazakh : LanguageDefaults.English;
        var doi = Journal() with { Fields = new Dictionary<string, string>(Journal().Fields) { ["DOI"] = "10.1515/x", ["title"] = "A <b> & “C”" } };
        foreach (var record in new[] { Journal(), doi })
        {
            var html = ReferenceFormatter.Format(record, language);
            var seen = new AngleSharp.Html.Parser.HtmlParser().ParseFragment(html, null!).Select(n => n.TextContent);
            Assert.Equal(string.Concat(seen), ReferenceFormatter.PlainText(record, language));
        }
    }

    [Fact]
    public void Text_is_escaped()
    {
        var record = Journal() with { Fields = new Dictionary<string, string> { ["title"] = "A <b> & C" } };
        Assert.Contains("A &lt;b&gt; &amp; C", ReferenceFormatter.Format(record, LanguageDefaults.Kazakh), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p. 11", "kk", "11-б.")]
    [InlineData("pp. 323–329", "kk", "323–329-бб.")]
    [InlineData("pp. 323-329", "en", "pp. 323–329")]
    [InlineData("p. 11", "en", "p. 11")]
    [InlineData("sec. 4", "en", "sec. 4")]
    public void Page_locators_are_written_per_language(string locator, string lang, string expected) =>
        Assert.Equal(expected, LocatorText.Format(locator, LanguageDefaults.Find(lang)!));
}
