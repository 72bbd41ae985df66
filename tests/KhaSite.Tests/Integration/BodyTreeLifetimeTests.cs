using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A large site's model holds no parsed body (at 100,000 pages every tree held at once did not fit in 4 GiB): each read
/// parses the body again, and must find in it what the Model stage resolved in its own parse. These builds take the
/// large site's path (a tree budget of 0); a small site keeps its trees (<see cref="ParsedBodyBudgetTests"/>).
/// </summary>
public class BodyTreeLifetimeTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", """
            - id: alpha
              type: book
              title: Альфа
              issued: {date-parts: [[2020]]}
            """)
        .Article("history", "founding", "kk", "Құрылуы",
            "Қараңыз: [заң](../law/constitution.kk.md#bap) [@alpha, p. 3].\n\n## Екінші\n\nТағы [@alpha].")
        .Article("law", "constitution", "kk", "Конституция", "## Bap\n\nМәтін [@alpha].");

    public void Dispose() => _site.Dispose();

    private Task<BuildResult> BuildAsync() => SiteBuilder.BuildAsync(_site.Options with { TreeBudget = 0 }, write: false);

    private async Task<ArticleVersion> Founding()
    {
        var result = await BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Model!.Articles["history/founding"].Versions["kk"];
    }

    [Fact]
    public async Task After_the_model_each_read_of_the_body_is_a_new_parse()
    {
        var version = await Founding();
        Assert.NotSame(version.Document, version.Document);
        using (version.Hold())
            Assert.Same(version.Document, version.Document);
        Assert.NotSame(version.Document, version.Document);
    }

    [Fact]
    public async Task A_new_parse_has_the_article_links_as_the_model_rewrote_them()
    {
        var version = await Founding();
        var link = Assert.Single(version.Document.Descendants<LinkInline>());
        Assert.Equal("../../law/constitution/#bap", link.Url);
        Assert.True(Assert.Single(version.Links).AnchorFound);
    }

    [Fact]
    public async Task A_new_parse_has_each_citation_numbered_as_the_model_numbered_it()
    {
        var version = await Founding();
        var marks = version.Document.Descendants<CitationInline>().Select(c => string.Join(" ", c.Marks.Select(m => m.AnchorId))).ToArray();
        Assert.Equal(["cite-1-a", "cite-1-b"], marks);
        Assert.Equal(2, version.Citations.Count);
    }

    [Fact]
    public async Task A_link_to_a_heading_that_does_not_exist_is_still_found_once_every_heading_is_known()
    {
        _site.Article("history", "founding", "kk", "Құрылуы", "[заң](../law/constitution.kk.md#joq) [@alpha].");
        var result = await BuildAsync();
        var link = Assert.Single(result.Model!.Articles["history/founding"].Versions["kk"].Links);
        Assert.False(link.AnchorFound);
        Assert.Contains(result.Diagnostics, d => d.Location.File.EndsWith("founding.kk.md", StringComparison.Ordinal) && d.Message.Contains("joq", StringComparison.Ordinal));
    }
}
