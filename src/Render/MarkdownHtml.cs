using KhaSite.Model;
using KhaSite.Render.Citations;
using KhaSite.Render.Data;
using Markdig.Syntax;

namespace KhaSite.Render;

/// <summary>Renders a parsed article body with the site's pipeline: Markdig's HTML, with citations, figures and embeds as view models.</summary>
public static class MarkdownHtml
{
    public static IReadOnlyList<BodyPart> Render(ArticleVersion version, SiteModel model)
    {
        var document = version.Document;
        var lang = version.Lang;
        AttachMarkersToWords(document);
        var body = new BodyWriter();
        // Defence in depth: Check refuses such URLs, and Render never writes one.
        var renderer = new Markdig.Renderers.HtmlRenderer(body.Writer) { LinkRewriter = Safety.UrlPolicy.Safe };
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new LanguageSpanRenderer());
        if (Previews.GlossaryLinks.Renderer(version, document, model, body) is { } glossary)
            renderer.ObjectRenderers.Insert(0, glossary);
        renderer.ObjectRenderers.Insert(0, new CitationPartRenderer(body, model.Language(lang)));
        renderer.ObjectRenderers.Insert(0, new FigurePartRenderer(body, model, lang));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.CodeBlockRenderer>(new EmbedPartRenderer(body, version, model));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.ParagraphRenderer>(new ImagePartRenderer(body, version));
        renderer.Render(document);
        return body.Parts();
    }

    /// <summary>
    /// "text [@a]." is written with a space for readability; the marker itself sits on the word, as in print. An
    /// in-text citation ("as @a says") is a word of the sentence and keeps its space.
    /// </summary>
    private static void AttachMarkersToWords(MarkdownDocument document)
    {
        foreach (var citation in document.Descendants<Model.Citations.CitationInline>())
            if (!citation.Parsed.InText && citation.PreviousSibling is Markdig.Syntax.Inlines.LiteralInline literal)
                literal.Content.TrimEnd();
    }
}
