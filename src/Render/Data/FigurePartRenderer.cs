using KhaSite.Model;
using KhaSite.Model.Facts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KhaSite.Render.Data;

/// <summary>A figure reference as the theme draws it: the value for <c>&lt;data value&gt;</c>, the date it describes, the number as the page's language writes it.</summary>
public sealed record FigureView(string Value, string? Title, bool Dated, string Text);

/// <summary>
/// Hands each figure reference <c>[#id]</c> of a body to the theme's <c>FigureNumber</c>: the number its record holds,
/// with the date it describes, or "as reported in …" for a value its source does not date.
/// </summary>
public sealed class FigurePartRenderer(BodyWriter body, SiteModel model, string lang) : HtmlObjectRenderer<FactInline>
{
    protected override void Write(HtmlRenderer renderer, FactInline fact)
    {
        // Check reports an unknown reference as an error, so a built page never reaches the fallback.
        if (Figures.Find(model, fact.Reference) is not { } figure)
        {
            renderer.WriteEscape("[#" + fact.Reference + "]");
            return;
        }
        body.Add(renderer, new BodyFigure(FigureText.View(figure, model, lang)));
    }
}
