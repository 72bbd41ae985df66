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
    [InlineData("@key p. 5", 14)]
    [InlineData("@key,", 14)]
    [InlineData("@a;", 13)]
    public void Malformed_citations_are_problems_at_their_place(string text, int column)
    {
        var parsed = CitationParser.Parse(text, Start);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(column, problem.Location.Column);
        Assert.Equal(3, problem.Location.Line);
    }
}
