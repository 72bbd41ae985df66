using KhaSite.Model;
using KhaSite.Render.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KhaSite.Render.Data;

/// <summary>A <c>```timeline</c> embed: its events and the link to the whole timeline.</summary>
public sealed record TimelineEmbedView(IReadOnlyList<TimelineEventView> Events, NavLink FullTimeline);

/// <summary>A <c>```chart</c> embed: the chart, its table behind a disclosure, and the dataset's link and sources.</summary>
public sealed record ChartEmbedView(ChartView Chart, string ShowTable, DataTableView Table, NavLink Dataset, CitationMarkerView Marker);

/// <summary>Hands <c>```timeline</c> and <c>```chart</c> blocks of a body to the theme's embed components; other code blocks are drawn as code.</summary>
public sealed class EmbedPartRenderer(BodyWriter body, ArticleVersion version, SiteModel model) : HtmlObjectRenderer<CodeBlock>
{
    private readonly CodeBlockRenderer _code = new();

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var lang = version.Lang;
        var t = model.Strings(lang);
        switch (block is FencedCodeBlock fenced ? version.EmbedOf(fenced) : null)
        {
            case TimelineEmbed timeline:
                var marks = timeline.Events.Zip(timeline.Marks).ToDictionary(p => p.First, p => p.Second);
                var events = new TimelineViews(model, lang, version.Path).Events(timeline.Events, e => marks[e], withIds: false);
                body.Add(renderer, new BodyTimeline(new TimelineEmbedView(events,
                    new NavLink(t["timeline.full"], SitePaths.Relative(version.Path, SitePaths.Timeline(lang))))));
                break;
            case ChartEmbed chart:
                var data = new DatasetViews(model, lang);
                var title = chart.Dataset.TitleText(model, lang);
                body.Add(renderer, new BodyChart(new ChartEmbedView(
                    data.Chart(chart.Dataset, chart.Rows, chart.ChartKind, $"chart-{chart.Dataset.Id}-{block.Line}"),
                    t["statistics.show_table"], data.Table(chart.Dataset, chart.Rows, chart.RowMarks, withNotes: false),
                    new NavLink(title, SitePaths.Relative(version.Path, chart.Dataset.Path(lang))),
                    CitationMarkers.View(chart.DatasetMarks, model.Language(lang)))));
                break;
            case OrgChartEmbed orgChart:
                body.Add(renderer, new BodyOrgChart(new DiagramViews(model, lang, version.Path).OrgChart(orgChart, $"orgchart-{block.Line}")));
                break;
            case MapEmbed map:
                body.Add(renderer, new BodyMap(new DiagramViews(model, lang, version.Path).Map(map, $"map-{block.Line}")));
                break;
            default:
                _code.Write(renderer, block);
                break;
        }
    }
}
