using KhaSite.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Render.Data;

/// <summary>An article image as the theme draws it: a figure with the image's size (so the page does not jump while it loads) and its caption.</summary>
public sealed record ImageView(string Src, string Alt, int Width, int Height, string? Caption)
{
    /// <summary>The image and its smaller copies with their widths (<see cref="ResponsiveImages"/>); null for a small image.</summary>
    public string? Srcset { get; init; }

    /// <summary>How wide the image is drawn, for the browser to pick from <see cref="Srcset"/>; null without one.</summary>
    public string? Sizes { get; init; }
}

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
        if (image is null || version.ImageOf(image) is not { } resolved)
        {
            _paragraph.Write(renderer, paragraph);
            return;
        }
        body.Add(renderer, new BodyImage(View(resolved, version.Path)));
    }

    public static ImageView View(ArticleImage image, string pagePath)
    {
        var header = image.File.Header;
        var src = SitePaths.Relative(pagePath, image.SitePath);
        var copies = ResponsiveImages.CopyWidths(header);
        var srcset = copies.Count == 0 ? null : string.Join(", ", copies.Select(w => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{SitePaths.Relative(pagePath, ResponsiveImages.CopyPath(image.SitePath, w))} {w}w")).Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{src} {header.Width}w")));
        return new(src, image.Alt, header.Width, header.Height, image.Caption)
        {
            Srcset = srcset,
            Sizes = srcset is null ? null : ResponsiveImages.Sizes,
        };
    }
}
