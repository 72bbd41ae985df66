using KhaSite.Model.LanguageSpans;

namespace KhaSite.Tests.Unit;

/// <summary>Issue 18 item 17: the spans of YAML texts, read by the Markdown span parser.</summary>
public sealed class LanguageSpanTextTests
{
    [Fact]
    public void Item_17_a_yaml_text_splits_into_plain_runs_and_spans_with_their_language()
    {
        var parts = LanguageSpanText.Parts("The projects «[Бір ел]{lang=kk}» and [Вестник]{lang=ru dir=ltr}.");
        Assert.Equal(["The projects «", "Бір ел", "» and ", "Вестник", "."], parts.Select(p => p.Text));
        Assert.Equal([null, "kk", null, "ru", null], parts.Select(p => p.Lang));
        Assert.Equal("ltr", parts[3].Span!.Dir);
        Assert.Equal(15, parts[1].Start);
        Assert.Equal("The projects «Бір ел» and Вестник.", LanguageSpanText.Plain("The projects «[Бір ел]{lang=kk}» and [Вестник]{lang=ru dir=ltr}."));
    }

    [Theory]
    [InlineData("a [link](x) and [2, 26–25 [б]{lang=kk}.]", "a [link](x) and [2, 26–25 б.]")]
    [InlineData("[not a span] {lang=kk}", "[not a span] {lang=kk}")]
    [InlineData("[]{lang=kk} [x]{lang=kk", "[]{lang=kk} [x]{lang=kk")]
    [InlineData("[#figure:2005] and [#figure]", "[#figure:2005] and [#figure]")]
    public void Item_17_only_a_bracket_closed_at_once_by_braces_is_a_span(string written, string plain) =>
        Assert.Equal(plain, LanguageSpanText.Plain(written));

    [Fact]
    public void Item_17_a_span_of_yaml_refuses_what_is_not_lang_or_dir_and_an_invalid_tag_has_no_lang()
    {
        var part = Assert.Single(LanguageSpanText.Parts("[x]{lang=\"kk><script>\" onclick=alert(1)}"));
        Assert.Null(part.Lang);
        Assert.Equal("kk><script>", part.Span!.Lang);
        Assert.Equal(["onclick=alert(1)"], part.Span.Refused);
    }
}
