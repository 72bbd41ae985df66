using KhaSite.Render.Citations;
using KhaSite.Render.Data;

namespace KhaSite.Render;

/// <summary>A piece of an article body: HTML Markdig wrote, or a citation, figure or embed the theme draws.</summary>
public abstract record BodyPart;

public sealed record BodyHtml(string Html) : BodyPart;

public sealed record BodyCitation(CitationMarkerView Marker) : BodyPart;

public sealed record BodyFigure(FigureView Figure) : BodyPart;

public sealed record BodyTimeline(TimelineEmbedView Embed) : BodyPart;

public sealed record BodyChart(ChartEmbedView Embed) : BodyPart;

public sealed record BodyImage(ImageView Image) : BodyPart;

public sealed record BodyOrgChart(OrgChartView Chart) : BodyPart;

public sealed record BodyMap(MapView Map) : BodyPart;

/// <summary>The first use of a glossary term in an article: its text, linked to the term's entry (whose definition previews it).</summary>
public sealed record BodyGlossaryTerm(GlossaryTermView Term) : BodyPart;

public sealed record GlossaryTermView(string Href, string Text);

/// <summary>
/// Where Markdig writes an article body: each citation, figure or embed cuts the HTML written so far into a part
/// and adds its view model after it, so the theme draws those with components and Markdig's HTML as it is.
/// </summary>
public sealed class BodyWriter
{
    private readonly List<BodyPart> _parts = [];

    public StringWriter Writer { get; } = new();

    public void Add(Markdig.Renderers.HtmlRenderer renderer, BodyPart part)
    {
        Cut();
        _parts.Add(part);
        // The part stands for written text: Markdig then knows it is not at the start of a line.
        renderer.Write("");
    }

    public IReadOnlyList<BodyPart> Parts()
    {
        Cut();
        return _parts;
    }

    private void Cut()
    {
        var written = Writer.GetStringBuilder();
        if (written.Length == 0) return;
        _parts.Add(new BodyHtml(written.ToString()));
        written.Clear();
    }
}
