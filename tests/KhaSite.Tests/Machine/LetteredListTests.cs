using KhaSite.Check;
using KhaSite.Diagnostics;
using KhaSite.Model;
using Markdig;

namespace KhaSite.Tests.Machine;

/// <summary>Prose that opens with a Latin initial stays prose; the check warns should a list with letters come back.</summary>
public sealed class LetteredListTests(MachineSite fixture) : IClassFixture<MachineSite>
{
    [Fact]
    public void A_paragraph_that_opens_with_initials_is_a_paragraph()
    {
        var body = fixture.Site.Html("en/history/founding/index.html").QuerySelector(".article__body")!;
        Assert.Empty(body.QuerySelectorAll("ol"));
        var paragraphs = body.QuerySelectorAll("p").Select(p => p.TextContent).ToArray();
        // Initials are joined to the name by no-break spaces (issue 18 item 16).
        Assert.StartsWith("E.\u00a0A.\u00a0Abdraimov and his co-authors", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("p. 5 of the report", paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Result.Diagnostics, d => d.Code == DiagnosticCode.LetteredList);
    }

    [Theory]
    [InlineData("E. A. Abdraimov and his co-authors write.\n", "E.")]
    [InlineData("Intro.\n\nc) third\nd) fourth\n", "c)")]
    [InlineData("iv. Fourth point.\n", "iv.")]
    public void The_check_warns_about_a_list_numbered_with_letters(string markdown, string numbered)
    {
        // The site's pipeline with Markdig's list extras added back: the regression the check guards against.
        var withListExtras = new MarkdownPipelineBuilder().UseListExtras().UsePreciseSourceLocation().Build();
        var document = Markdown.Parse(markdown, withListExtras);
        var version = Version(document, markdown);
        var diagnostics = new DiagnosticBag();
        new LetteredListCheck().Article(version, null!, diagnostics);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.LetteredList, warning.Code);
        Assert.Contains($"'{numbered}'", warning.Message, StringComparison.Ordinal);

        var plain = new DiagnosticBag();
        new LetteredListCheck().Article(Version(Markdown.Parse(markdown, MarkdownPipelineFactory.Shared), markdown), null!, plain);
        Assert.Empty(plain.Sorted());
    }

    private static ArticleVersion Version(Markdig.Syntax.MarkdownDocument document, string body)
    {
        var file = new Load.ArticleFile("/tmp/a.en.md", "a.en.md", "history", "a", "en", Load.FrontMatter.Empty, Load.ArticleBody.Of(body), 1, "");
        return new ArticleVersion(new Article("history", "a"), file, document);
    }
}
