using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A large site's model holds no parsed body and no body text (at 100,000 pages every tree held at once did not fit in
/// 4 GiB, the texts were 1.3 GB more): each read parses the body again, and must find in it what the Model stage
/// resolved in its own parse; the text is read again from the file, and must be the text Load read. These builds take
/// the large site's path (a tree budget of 0); a small site keeps its trees (<see cref="ParsedBodyBudgetTests"/>).
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

    [Fact]
    public async Task After_the_model_the_body_text_is_read_again_from_the_file()
    {
        var version = await Founding();
        Assert.Equal("Қараңыз: [заң](../law/constitution.kk.md#bap) [@alpha, p. 3].\n\n## Екінші\n\nТағы [@alpha].\n", version.Body);
        Assert.NotSame(version.Body, version.Body);
        using (version.Hold())
            Assert.Same(version.Body, version.Body);
    }

    [Fact]
    public async Task An_article_edited_during_the_build_stops_it_with_a_diagnostic_and_no_output()
    {
        var path = Path.Combine(_site.Input, "articles", "history", "founding.kk.md");
        // Between Check and Render: the model was made from the text Load read; the pages would be made from the new one.
        var result = await SiteBuilder.BuildAsync(_site.Options with { TreeBudget = 0 }, write: true,
            stage => { if (stage == "Render") File.AppendAllText(path, "Жаңа сөйлем [@alpha].\n"); });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.ArticleChangedDuringBuild, error.Code);
        Assert.EndsWith("founding.kk.md", error.Location.File, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_site.Output));

        var again = await _site.BuildAsync();
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Contains("Жаңа сөйлем", _site.ReadOutput("kk/history/founding/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_the_same_length_with_other_bytes_is_a_changed_file()
    {
        var version = await Founding();
        var path = Path.Combine(_site.Input, "articles", "history", "founding.kk.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Тағы", "Тағы".ToUpperInvariant(), StringComparison.Ordinal));
        Assert.Equal(path, version.File.FullPath);
        Assert.Equal("founding.kk.md", Path.GetFileName(Assert.Throws<ArticleChangedException>(() => version.Body).File));
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody line\n\nsecond\n")]
    [InlineData("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\nline\r\n")]
    [InlineData("---\ntitle: A\n...\nBody\n")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\n---\n")]
    [InlineData("No front matter\nat all\n")]
    [InlineData("---\ntitle: A\nnever closed\n")]
    public void The_body_read_again_is_the_body_load_split_off(string text)
    {
        var articles = Path.Combine(_site.Input, "articles");
        var path = Path.Combine(articles, "history", "a.en.md");
        File.WriteAllText(path, text); // as written: FixtureSite.Write would change "\r\n"
        var file = ArticleLoader.Load(articles, path, ["kk", "en"], new DiagnosticBag())!;
        var loaded = FrontMatterReader.SplitText(text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal)).Body;
        Assert.Equal(loaded, file.Body.Read());
    }
}
