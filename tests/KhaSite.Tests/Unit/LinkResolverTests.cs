using KhaSite.Model;

namespace KhaSite.Tests.Unit;

public class LinkResolverTests
{
    [Theory]
    [InlineData("../law/law-2008.kk.md", "law", "law-2008", "kk", null)]
    [InlineData("founding.en.md", "history", "founding", "en", null)]
    [InlineData("./founding.kk.md#құрылуы", "history", "founding", "kk", "құрылуы")]
    [InlineData("../law/law-2008.kk.md#%D2%9B%D2%B1", "law", "law-2008", "kk", "құ")]
    [InlineData("../%D0%B7%D0%B0%D2%A3/law-2008.kk.md", "заң", "law-2008", "kk", null)]
    [InlineData("..//law/./sub/../x.en.MD#", "law", "x", "en", null)]
    [InlineData(".kk.md", "history", "", "kk", null)]
    public void Resolves_relative_article_links(string url, string section, string slug, string lang, string? anchor)
    {
        var target = LinkResolver.Resolve("history", url);
        Assert.Equal(new LinkResolver.Target(section, slug, lang, anchor), target);
    }

    [Theory]
    [InlineData("../../outside.kk.md")]
    [InlineData("../law/sub/deep.kk.md")]
    [InlineData("../law/no-language.md")]
    [InlineData("../law/a.b.kk.md")]
    [InlineData("../law/a.kk.md.txt")]
    [InlineData("..")]
    [InlineData("")]
    public void Links_outside_the_articles_folder_or_badly_named_do_not_resolve(string url) =>
        Assert.Null(LinkResolver.Resolve("history", url));

    [Theory]
    [InlineData("https://example.org/a.md", false)]
    [InlineData("#heading", false)]
    [InlineData("/kk/history/", false)]
    [InlineData("mailto:a@b.kz", false)]
    [InlineData("../law/a.kk.md", true)]
    [InlineData("a.kk.md#x", true)]
    public void Only_relative_md_links_belong_to_the_generator(string url, bool expected) =>
        Assert.Equal(expected, LinkResolver.IsArticleLink(url));
}
