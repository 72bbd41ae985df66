using KhaSite.Model;
using KhaSite.Model.Facts;
using KhaSite.Render.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KhaSite.Render.Data;

/// <summary>
/// Writes a figure reference <c>[#id]</c> as the number its record holds, in the page language's number format, inside
/// <c>&lt;data value&gt;</c> with the date it describes, or "as reported in …" for a value its source does not date.
/// </summary>
public sealed class FactHtmlRenderer(SiteModel model, string lang) : HtmlObjectRenderer<FactInline>
{
    protected override void Write(HtmlRenderer renderer, FactInline fact) =>
        // Check reports an unknown reference as an error, so a built page never reaches the fallback.
        renderer.Write(Figures.Find(model, fact.Reference) is { } figure
            ? FigureText.Html(figure, model, lang)
            : Html.Escape("[#" + fact.Reference + "]"));
}
