using System.Text;
using KhaSite.Model.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using System.Globalization;

namespace KhaSite.Render.Citations;

/// <summary>Draws a citation as superscript markers <c>[3]</c>, <c>[3, 11-б.]</c> linking to the reference list.</summary>
public sealed class CitationHtmlRenderer(string lang) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation) => renderer.Write(Markers(citation.Marks, lang));

    /// <summary>The markers of one citation (also used for the citations of timeline events and data rows).</summary>
    public static string Markers(IReadOnlyList<CitationMark> marks, string lang)
    {
        if (marks.Count == 0) return "";
        var html = new StringBuilder("<sup class=\"cite\">");
        foreach (var mark in marks)
        {
            var locator = mark.Locator is null ? null : LocatorText.Format(mark.Locator, lang);
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#ref-{mark.Number}\" id=\"{mark.AnchorId}\"");
            if (locator is not null) html.Append(CultureInfo.InvariantCulture, $" data-locator=\"{Html.Escape(locator)}\"");
            html.Append(CultureInfo.InvariantCulture, $">[{mark.Number}{(locator is null ? "" : Html.Escape(", " + locator))}]</a>");
        }
        return html.Append("</sup>").ToString();
    }
}
