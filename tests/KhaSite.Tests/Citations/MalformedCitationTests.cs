using KhaSite.Tests.Support;

namespace KhaSite.Tests.Citations;

/// <summary>A malformed citation stops the build with KHA0104 at its exact place, never silently left as text.</summary>
public sealed class MalformedCitationTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", "- {id: smith04, type: book, title: A book, issued: 2004}\n- {id: doe99, type: book, title: B, issued: 1999}\n");

    public void Dispose() => _site.Dispose();

    // The body starts on line 5 of the article file (after four lines of front matter).
    [Theory]
    [InlineData("Text [@].", 5, 7, "must be followed by a source id")]
    [InlineData("Text [@smith04;; @doe99].", 5, 16, "empty citation item")]
    [InlineData("Text [@smith04;].", 5, 16, "empty citation item")]
    [InlineData("Text [@smith04; doe99].", 5, 17, "is not a citation item")]
    [InlineData("Text [@smith04,].", 5, 15, "empty locator")]
    [InlineData("Text [@smith04, p.].", 5, 17, "has no page or number")]
    [InlineData("Text [@{smith04].", 5, 7, "never closed")]
    [InlineData("Text [@{}].", 5, 7, "no source id inside the braces")]
    [InlineData("Text [see @smith04, p. 3", 5, 7, "never closed in this paragraph")]
    [InlineData("Text [@smith04, {p. 3].", 5, 17, "never closed")]
    [InlineData("@{smith04 says.", 5, 1, "never closed")]
    [InlineData("@smith04 [p.] says.", 5, 11, "has no page or number")]
    [InlineData("Text [@smith04;\n;@doe99].", 6, 1, "empty citation item")]
    [InlineData("First line.\nText [see @smith04,\np. 3; @].", 7, 7, "must be followed by a source id")]
    public async Task Is_reported_at_its_place(string body, int line, int column, string message)
    {
        _site.Article("history", "a", "en", "A", body);
        var result = await _site.BuildAsync(write: false);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Id == "KHA0104");
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
