using KhaSite.Diagnostics;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>Issue 18 item 17: other-language text written as <c>[text]{lang=kk}</c>, and only lang and dir let through.</summary>
public sealed class LanguageSpanTests
{
    [Fact]
    public async Task A_span_with_a_language_tag_becomes_a_span_with_lang()
    {
        using var site = new FixtureSite()
            .Article("history", "a", "kk", "Мақала", "Мәтін [Assembly]{lang=en}.")
            .Article("history", "a", "en", "Article", "The Assembly (*[Қазақстан халқы Ассамблеясы]{lang=kk}*), [a link [Жарлық]{lang=kk}](b.en.md) and [Вестник]{lang=ru dir=ltr}.")
            .Article("history", "b", "kk", "Б", "Мәтін.").Article("history", "b", "en", "B", "Text.");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.Number is >= 660 and <= 662);
        var body = site.Html("en/history/a/index.html").QuerySelector(".article__body")!;
        var spans = body.QuerySelectorAll("span[lang]").Select(s => $"{s.GetAttribute("lang")}:{s.TextContent}").ToArray();
        Assert.Equal(["kk:Қазақстан халқы Ассамблеясы", "kk:Жарлық", "ru:Вестник"], spans);
        Assert.Equal("ltr", body.QuerySelector("span[lang=ru]")!.GetAttribute("dir"));
        Assert.NotNull(body.QuerySelector("em > span[lang=kk]"));
        Assert.NotNull(body.QuerySelector("a[href] > span[lang=kk]"));
    }

    [Theory]
    [InlineData("[x]{lang=kk onclick=alert(1)}", 660, "onclick=alert(1)")]
    [InlineData("[x]{lang=kk style=color:red}", 660, "style=color:red")]
    [InlineData("[x]{.note lang=kk}", 660, ".note")]
    [InlineData("[x]{lang=\"kk><script>\"}", 661, "kk><script>")]
    [InlineData("[x]{dir=rtl}", 661, "no lang")]
    [InlineData("[x]{lang=kk dir=up}", 661, "up")]
    [InlineData("Text with Жарлық unmarked.", 662, "Жарлық")]
    public async Task A_span_says_only_its_language_and_other_script_is_marked(string markdown, int code, string named)
    {
        using var site = new FixtureSite()
            .Article("history", "a", "kk", "Мақала", "Мәтін.")
            .Article("history", "a", "en", "Article", markdown);
        var result = await site.BuildAsync(write: false);
        var found = result.Diagnostics.Where(d => d.Code.Number is >= 660 and <= 662).ToArray();
        var diagnostic = Assert.Single(found);
        Assert.Equal(code, diagnostic.Code.Number);
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("a.en.md", diagnostic.Location.File, StringComparison.Ordinal);
        Assert.Equal(code == 662 ? Severity.Warning : Severity.Error, diagnostic.Code.Severity);
    }

    private const string Sources = """
        - id: alpha
          type: article-journal
          title: Альфа
          author: [{family: Абдраимов, given: Е. А.}]
          container-title: Хабаршы
          issued: {date-parts: [[2023]]}
          language: kk
        """;

    private static FixtureSite TimelineSite(string english) => new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Write("data/timeline.yml", $$"""
            - id: projects
              date: 2019
              title:
                kk: «Бір ел» жобалары
                en: "{{english}}"
              cite: "@alpha"
            """)
        .Article("history", "a", "kk", "Мақала", "Мәтін [@alpha].")
        .Article("history", "a", "en", "Article", "Text [@alpha].");

    [Fact]
    public async Task Item_17_a_span_in_a_yaml_text_is_drawn_with_its_lang_and_written_plain_elsewhere()
    {
        using var site = TimelineSite("The projects «[Бір ел]{lang=kk}» (One Country)");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.Number is >= 660 and <= 662 || d.Code.Severity == Severity.Error);
        var title = site.Html("en/timeline/index.html").QuerySelector(".timeline__title")!;
        Assert.Equal("kk:Бір ел", string.Join(",", title.QuerySelectorAll("span[lang]").Select(s => $"{s.GetAttribute("lang")}:{s.TextContent}")));
        Assert.StartsWith("The projects «Бір ел» (One Country)", title.TextContent, StringComparison.Ordinal);
        var calendar = site.ReadOutput("en/timeline/timeline.ics");
        Assert.Contains("The projects «Бір ел» (One Country)", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("]{lang=", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Item_17_cyrillic_unmarked_in_an_english_yaml_text_is_a_warning_at_its_character()
    {
        using var site = TimelineSite("The projects «Бір ел» (One Country)");
        var result = await site.BuildAsync(write: false);
        var warning = Assert.Single(result.Diagnostics, d => d.Code.Number == 662);
        Assert.EndsWith("timeline.yml", warning.Location.File, StringComparison.Ordinal);
        Assert.Equal((5, 24), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("Бір ел", warning.Message, StringComparison.Ordinal);
    }
}
