using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model.Citations;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model;

/// <summary>
/// What the Model stage reads of an article's parsed body, in document order: where parsing stopped, the headings, raw
/// HTML, article links, images, citations and embeds as written. The Model resolves these against the rest of the site
/// (<see cref="ModelBuilder"/>); they depend on nothing but the body's file, so an unchanged file's facts come from
/// the last build (<see cref="BodyFactsCache"/>) and its body is not parsed. Places in the body are the nodes'
/// <c>Span.Start</c>, by which <see cref="ArticleVersion.Document"/> puts the resolutions back into a later parse.
/// </summary>
public sealed record BodyFacts(
    SourceLocation? TooDeep,
    bool TooManyHeadings,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<RawHtml> RawHtml,
    IReadOnlyList<LinkFact> Links,
    IReadOnlyList<ImageFact> Images,
    IReadOnlyList<CitedFact> Cited)
{
    /// <summary>The facts of a parsed body of <paramref name="file"/>.</summary>
    public static BodyFacts Of(BoundedMarkdown.Parsed parsed, ArticleFile file)
    {
        List<Heading> headings = [];
        List<RawHtml> rawHtml = [];
        List<LinkFact> links = [];
        List<ImageFact> images = [];
        List<CitedFact> cited = [];
        foreach (var node in parsed.Document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    if (heading.GetAttributes().Id is { } id) headings.Add(new Heading(heading.Level, id, InlineText.Of(heading.Inline)));
                    break;
                case HtmlBlock html:
                    rawHtml.Add(new RawHtml(At(file, html), html.Lines.ToString()));
                    break;
                case HtmlInline html:
                    rawHtml.Add(new RawHtml(At(file, html), html.Tag));
                    break;
                case FencedCodeBlock block when EmbedResolver.IsEmbed(block):
                    cited.Add(new EmbedFact(block.Info ?? "", block.Line, block.Column, block.Lines.ToString(), block.Span.Start));
                    break;
                case CitationInline citation:
                    cited.Add(new CitationFact(citation.Parsed, citation.Span.Start));
                    break;
            }
        }
        // Links and images in the order the walk of links gives, as they were resolved when read from the tree.
        foreach (var link in parsed.Document.Descendants<LinkInline>())
        {
            if (link.IsImage)
                images.Add(new ImageFact(link.Url ?? "", InlineText.Of(link), StandsAlone(link),
                    string.IsNullOrWhiteSpace(link.Title) ? null : link.Title.Trim(), At(file, link), link.Span.Start));
            else if (link.Url is { } url && LinkResolver.IsArticleLink(url))
                links.Add(new LinkFact(url, At(file, link), link.Span.Start));
        }
        return new BodyFacts(parsed.TooDeep, parsed.TooManyHeadings, headings, rawHtml, links, images, cited);
    }

    /// <summary>Pandoc's implicit figure: the image is the only thing in its paragraph (spaces aside).</summary>
    private static bool StandsAlone(LinkInline image) =>
        image.Parent is { ParentBlock: ParagraphBlock } container && container.Parent is null
        && container.All(inline => inline == image || inline is LiteralInline l && l.Content.IsEmptyOrWhitespace() || inline is LineBreakInline);

    private static SourceLocation At(ArticleFile file, MarkdownObject node) => At(file, node.Line, node.Column);

    /// <summary>Markdig counts lines and columns from 0 within the body; files count from 1 and the body follows the front matter.</summary>
    public static SourceLocation At(ArticleFile file, int line, int column) => new(file.DisplayPath, file.BodyFirstLine + line, column + 1);
}

/// <summary>A link to an article's <c>.md</c> file as written in the body.</summary>
public sealed record LinkFact(string Url, SourceLocation Location, int SpanStart);

/// <summary>An image of the body as written: its address ("" for none), alt text, whether it stands alone in its paragraph, caption.</summary>
public sealed record ImageFact(string Url, string Alt, bool StandsAlone, string? Caption, SourceLocation Location, int SpanStart);

/// <summary>A citation or an embed block: numbered together, in document order.</summary>
public abstract record CitedFact(int SpanStart);

/// <summary>A citation as parsed (its places relative to the body).</summary>
public sealed record CitationFact(ParsedCitation Parsed, int SpanStart) : CitedFact(SpanStart);

/// <summary>A <c>```timeline</c>, <c>```chart</c>, <c>```orgchart</c> or <c>```map</c> block: its info string, its
/// place in the body as Markdig counts (from 0) and its text.</summary>
public sealed record EmbedFact(string Info, int Line, int Column, string Text, int SpanStart) : CitedFact(SpanStart);
