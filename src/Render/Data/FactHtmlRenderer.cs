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
    protected override void Write(HtmlRenderer renderer, FactInline fact)
    {
        // Check reports an unknown reference as an error, so a built page never reaches the fallback.
        if (Figures.Find(model, fact.Reference) is not { } figure)
        {
            renderer.Write(Html.Escape("[#" + fact.Reference + "]"));
            return;
        }
        var t = model.Strings(lang);
        var when = figure.Date is { } date ? DateText.Format(date, lang)
            : figure.Reported is { } reported ? t.Format("statistics.reported", reported.Year)
            : t["statistics.undated"];
        renderer.Write(figure.Date is null ? "<data class=\"figure figure--undated\" value=\"" : "<data class=\"figure\" value=\"").Write(Html.Escape(NumberText.Invariant(figure.Value))).Write('"');
        if (when is not null) renderer.Write(" title=\"").Write(Html.Escape(when)).Write('"');
        renderer.Write('>').Write(Html.Escape(NumberText.Format(figure.Value, figure.Unit, t, decimals: figure.Decimals))).Write("</data>");
    }
}
