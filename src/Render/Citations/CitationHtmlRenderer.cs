using KhaSite.Model.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KhaSite.Render.Citations;

/// <summary>Draws a citation as superscript markers <c>[3]</c>, <c>[3, 11-б.]</c> linking to the reference list.</summary>
public sealed class CitationHtmlRenderer(string lang) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<sup class=\"cite\">");
        foreach (var mark in citation.Marks)
        {
            var locator = mark.Locator is null ? "" : ", " + LocatorText.Format(mark.Locator, lang);
            renderer.Write($"<a href=\"#ref-{mark.Number}\" id=\"{mark.AnchorId}\"");
            if (mark.Locator is not null) renderer.Write($" data-locator=\"{Html.Escape(LocatorText.Format(mark.Locator, lang))}\"");
            renderer.Write($">[{mark.Number}{Html.Escape(locator)}]</a>");
        }
        renderer.Write("</sup>");
    }
}
