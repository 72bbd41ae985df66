using KhaSite.Model;
using KhaSite.Render.Citations;
using Markdig.Syntax;

namespace KhaSite.Render;

/// <summary>Renders a parsed article body to HTML with the site's pipeline and its own renderers (citations).</summary>
public static class MarkdownHtml
{
    public static string Render(ArticleVersion version, SiteModel model)
    {
        var document = version.Document;
        var lang = version.Lang;
        AttachMarkersToWords(document);
        using var writer = new StringWriter();
        // Defence in depth: Check refuses such URLs, and Render never writes one.
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { LinkRewriter = Safety.UrlPolicy.Safe };
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.ObjectRenderers.Insert(0, new CitationHtmlRenderer(model.Language(lang)));
        renderer.ObjectRenderers.Insert(0, new Data.FactHtmlRenderer(model, lang));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.CodeBlockRenderer>(new Data.EmbedHtmlRenderer(version, model));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
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
