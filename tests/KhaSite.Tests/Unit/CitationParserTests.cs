using KhaSite.Diagnostics;
using KhaSite.Model.Citations;

namespace KhaSite.Tests.Unit;

public class CitationParserTests
{
    private static readonly SourceLocation Start = new("a.kk.md", 3, 10);

    [Fact]
    public void Single_key()
    {
        var parsed = CitationParser.Parse("@abdraimov2023", Start);
        Assert.Empty(parsed.Problems);
        var item = Assert.Single(parsed.Items);
        Assert.Equal(new CitationItem("abdraimov2023", null, Start), item);
    }

    [Theory]
    [InlineData("@key, p. 11", "p. 11")]
    [InlineData("@key, pp. 323–329", "pp. 323–329")]
    [InlineData("@key,p. 5", "p. 5")]
    [InlineData("@key p. 5", "p. 5")]
    [InlineData("@key 5", "p. 5")]
    [InlineData("@key, chapter 3", "chap. 3")]
    [InlineData("@key, б. 11", "p. 11")]
    [InlineData("@key, 11-бб.", "p. 11")]
    public void Key_with_locator(string text, string locator)
    {
        var item = Assert.Single(CitationParser.Parse(text, Start).Items);
        Assert.Equal(("key", locator), (item.Key, item.Locator));
    }

    [Fact]
    public void Several_items_each_with_its_own_position()
    {
        var parsed = CitationParser.Parse("@a; @law-apk-2008, p. 5", Start);
        Assert.Empty(parsed.Problems);
        Assert.Equal(["a", "law-apk-2008"], parsed.Items.Select(i => i.Key));
        Assert.Equal([null, "p. 5"], parsed.Items.Select(i => i.Locator));
        Assert.Equal(10, parsed.Items[0].KeyLocation.Column);
        Assert.Equal(14, parsed.Items[1].KeyLocation.Column);
    }

    [Theory]
    [InlineData("@", 10)]
    [InlineData("@a;; @b", 13)]
    [InlineData("@a; b", 14)]
    [InlineData("@key,", 14)]
    [InlineData("@a;", 13)]
    [InlineData("@{a", 10)]
    [InlineData("@a, {p. 3", 14)]
    public void Malformed_citations_are_problems_at_their_place(string text, int column)
    {
        var parsed = CitationParser.Parse(text, Start);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(column, problem.Location.Column);
        Assert.Equal(3, problem.Location.Line);
    }

    [Theory]
    [InlineData("@Foo_bar.baz.", "Foo_bar.baz", " .")]
    [InlineData("@a:b#c$d%e&f-g+h?i<j>k~l/m", "a:b#c$d%e&f-g+h?i<j>k~l/m", null)]
    [InlineData("@Foo_bar--baz", "Foo_bar", " --baz")]
    [InlineData("@{Foo_bar.baz.}", "Foo_bar.baz.", null)]
    [InlineData("@{https://example.com/bib?name=foobar&date=2000}, p. 33", "https://example.com/bib?name=foobar&date=2000", null)]
    [InlineData("@_underscore", "_underscore", null)]
    [InlineData("@1999key", "1999key", null)]
    [InlineData("@ключ2023", "ключ2023", null)]
    public void Keys_follow_pandocs_rules(string text, string key, string? suffix)
    {
        var parsed = CitationParser.Parse(text, Start);
        Assert.Empty(parsed.Problems);
        var item = Assert.Single(parsed.Items);
        Assert.Equal((key, suffix), (item.Key, item.Suffix));
    }

    [Fact]
    public void Prefix_suffix_and_suppressed_author_are_kept_per_item()
    {
        var parsed = CitationParser.Parse("see @a, pp. 33-35, 38-39 and *passim*; also -@b, chap. 1", Start);
        Assert.Empty(parsed.Problems);
        Assert.Equal(("see", "pp. 33-35, 38-39", " and *passim*", false), (parsed.Items[0].Prefix, parsed.Items[0].Locator, parsed.Items[0].Suffix, parsed.Items[0].SuppressAuthor));
        Assert.Equal(("also", "chap. 1", null, true), (parsed.Items[1].Prefix, parsed.Items[1].Locator, parsed.Items[1].Suffix, parsed.Items[1].SuppressAuthor));
    }
}
