using KhaSite.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Render.Data;

/// <summary>An article image as the theme draws it: a figure with the image's size (so the page does not jump while it loads) and its caption.</summary>
public sealed record ImageView(string Src, string Alt, int Width, int Height, string? Caption);

/// <summary>
/// Hands each paragraph that is one image to the theme's <c>ArticleFigure</c> (Pandoc's implicit figure); other
/// paragraphs are Markdig's. Check refuses images inside text, so no <c>&lt;img&gt;</c> is written from Markdown otherwise.
/// </summary>
public sealed class ImagePartRenderer(BodyWriter body, ArticleVersion version) : HtmlObjectRenderer<ParagraphBlock>
{
    private readonly ParagraphRenderer _paragraph = new();

    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        var image = paragraph.Inline?.OfType<LinkInline>().FirstOrDefault(l => l.IsImage);
        if (image is null || !version.Images.TryGetValue(image, out var resolved))
        {
            _paragraph.Write(renderer, paragraph);
            return;
        }
        body.Add(renderer, new BodyImage(View(resolved, version.Path)));
    }

    public static ImageView View(ArticleImage image, string pagePath) =>
        new(SitePaths.Relative(pagePath, image.SitePath), image.Alt, image.File.Header.Width, image.File.Header.Height, image.Caption);
}
