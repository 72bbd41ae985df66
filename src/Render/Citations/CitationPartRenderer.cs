using KhaSite.Load;
using KhaSite.Model.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KhaSite.Render.Citations;

/// <summary>Hands each citation of a body to the theme's <c>CitationMarker</c>; an in-text citation (<c>@a</c>) names the author and year before it.</summary>
public sealed class CitationPartRenderer(BodyWriter body, Language language) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        var inText = citation.Parsed.InText && citation.Marks.Count == 1 ? InTextAuthorDate.Format(citation.Marks[0].Source.Record, language) : null;
        body.Add(renderer, new BodyCitation(CitationMarkers.View(citation.Marks, language, inText)));
    }
}
