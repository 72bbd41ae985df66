using KhaSite.Load;
using KhaSite.Model;
using Markdig;

namespace KhaSite.Tests.Unit;

/// <summary>Issue 18 item 16: the typography of prose as it is read (quotes, apostrophes, dashes, spaces).</summary>
public class TypographyTests
{
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData("the \"Assembly of Peoples\" was renamed", "the “Assembly of Peoples” was renamed")]
    [InlineData("the Assembly's role and citizens' rights", "the Assembly’s role and citizens’ rights")]
    [InlineData("\"a 'quoted' word\"", "“a ‘quoted’ word”")]
    [InlineData("(\"hate speech\")", "(“hate speech”)")]
    [InlineData("in 2002-2011, pp. 10-12", "in 2002–2011, pp. 10–12")]
    [InlineData("on 1995-03-01, section 14-1, Law No. 70-IV", "on 1995-03-01, section 14-1, Law No. 70-IV")]
    [InlineData("70.4 % and 12 km", "70.4" + Nbsp + "% and 12" + Nbsp + "km")]
    [InlineData("E. A. Abdraimov and Zh. N. Abdugani", "E." + Nbsp + "A." + Nbsp + "Abdraimov and Zh." + Nbsp + "N." + Nbsp + "Abdugani")]
    [InlineData("the US. The", "the US. The")]
    public void English(string text, string expected) => Assert.Equal(expected, Typography.For("en").Apply(text));

    [Theory]
    [InlineData("\"Қазақстан халқы Ассамблеясы туралы\" Заң", "«Қазақстан халқы Ассамблеясы туралы» Заң")]
    [InlineData("«\"Бірлік\" газеті» туралы", "«„Бірлік“ газеті» туралы")]
    [InlineData("\"сыртқы \"ішкі\" сөз\"", "«сыртқы „ішкі“ сөз»")]
    [InlineData("1995-2000 жылдары 61 %-ы", "1995–2000 жылдары 61" + Nbsp + "%-ы")]
    public void Kazakh(string text, string expected) => Assert.Equal(expected, Typography.For("kk").Apply(text));

    [Fact]
    public void Markdown_keeps_code_urls_and_citation_keys_as_written()
    {
        var document = Markdown.Parse("He said \"*hello*\" in `it's \"code\"` at <https://example.org/a-1-2'b> and [x's](https://e.org/\"q\") 10-12.", MarkdownPipelineFactory.Shared);
        TypesetMarkdown.Apply(document, "en");
        var html = document.ToHtml(MarkdownPipelineFactory.Shared);
        Assert.Contains("He said “<em>hello</em>”", html, StringComparison.Ordinal);
        Assert.Contains("<code>it's &quot;code&quot;</code>", html, StringComparison.Ordinal);
        Assert.Contains(">https://example.org/a-1-2'b</a>", html, StringComparison.Ordinal);
        Assert.Contains(">x’s</a> 10–12.", html, StringComparison.Ordinal);
    }
}
