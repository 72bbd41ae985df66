using KhaSite.Model;
using KhaSite.Render.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KhaSite.Render.Data;

/// <summary>Draws <c>```timeline</c> and <c>```chart</c> blocks of an article; other code blocks are drawn as code.</summary>
public sealed class EmbedHtmlRenderer(ArticleVersion version, SiteModel model) : HtmlObjectRenderer<CodeBlock>
{
    private readonly CodeBlockRenderer _code = new();

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var lang = version.Lang;
        switch (block is FencedCodeBlock fenced ? version.Embeds.GetValueOrDefault(fenced) : null)
        {
            case TimelineEmbed timeline:
                var marks = timeline.Events.Zip(timeline.Marks).ToDictionary(p => p.First, p => p.Second);
                var list = new TimelineHtml(model, lang, version.Path).Events(timeline.Events, e => marks[e], withIds: false);
                renderer.Write($"<figure class=\"embed embed--timeline\">{list}<figcaption><a href=\"{SitePaths.Relative(version.Path, SitePaths.Timeline(lang))}\">{Html.Escape(model.Strings(lang)["timeline.full"])}</a></figcaption></figure>");
                break;
            case ChartEmbed chart:
                var data = new DatasetHtml(model, lang);
                var id = $"chart-{chart.Dataset.Id}-{block.Line}";
                var title = FigureText.Substitute(chart.Dataset.Record.Title, model, lang) ?? chart.Dataset.Id;
                renderer.Write($"<figure class=\"embed embed--chart\">{data.Chart(chart.Dataset, chart.Rows, chart.ChartKind, id)}");
                renderer.Write($"<details class=\"embed__table\"><summary>{Html.Escape(model.Strings(lang)["statistics.show_table"])}</summary>{data.Table(chart.Dataset, chart.Rows, chart.RowMarks, withNotes: false)}</details>");
                renderer.Write($"<figcaption><a href=\"{SitePaths.Relative(version.Path, chart.Dataset.Path(lang))}\">{Html.Escape(title)}</a>{CitationHtmlRenderer.Markers(chart.DatasetMarks, model.Language(lang))}</figcaption></figure>");
                break;
            default:
                _code.Write(renderer, block);
                break;
        }
    }
}
