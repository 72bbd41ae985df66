using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model.Citations;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Model;

/// <summary>Reads the YAML inside <c>```timeline</c> and <c>```chart</c> blocks and resolves what they show.</summary>
public static class EmbedResolver
{
    public static bool IsEmbed(FencedCodeBlock block) => KindOf(block) is not null;

    /// <summary>The embed the block's info string names, or null for a code block.</summary>
    public static EmbedKind? KindOf(FencedCodeBlock block) => WordList<EmbedKind>.Parse(block.Info);

    /// <summary>Reads the embed block <paramref name="block"/> (<see cref="BodyFacts.Cited"/>) into the version's embeds or embed problems.</summary>
    /// <param name="shownBefore">what blocks read earlier in this model show (<see cref="EmbedBlocks"/>)</param>
    public static void Resolve(ArticleVersion version, EmbedFact block, SiteModel model, CitationNumbering numbering, EmbedBlocks shownBefore)
    {
        if (WordList<EmbedKind>.Parse(block.Info) is not { } kind) return;
        if (shownBefore.Find(block) is { } known)
        {
            version.Embeds[block.SpanStart] = Marked(known, model, numbering);
            return;
        }
        var problems = new DiagnosticBag();
        var firstLine = version.File.BodyFirstLine + block.Line + 1;
        var fields = new YamlFields(version.File.DisplayPath, firstLine, problems);
        var text = block.Text;
        var mapping = string.IsNullOrWhiteSpace(text) ? new YamlMappingNode() : fields.Mapping(YamlText.Parse(text, fields.File, firstLine, problems), $"a ```{block.Info} block");
        if (mapping is not null)
        {
            Shown? shown = kind switch
            {
                EmbedKind.Timeline => Timeline(mapping, fields, model),
                EmbedKind.Chart => Chart(block, mapping, fields, model, version),
                EmbedKind.Orgchart => OrgChart(block, mapping, fields, model, version),
                EmbedKind.Map => Map(block, mapping, fields, model, version),
            };
            if (shown is not null && !problems.HasErrors) version.Embeds[block.SpanStart] = Marked(shown, model, numbering);
            // What a block shows depends on its text and the model alone; its problems' places depend on where it stands.
            if (shown is not null && !problems.Sorted().Any()) shownBefore.Remember(block, shown);
        }
        foreach (var d in problems.Sorted())
            version.EmbedProblems.Add(d.Code == DiagnosticCode.UnknownField
                ? new EmbedProblem(DiagnosticCode.UnknownEmbed, d.Location, d.Message, d.Text is { } said ? said with { Variant = "field-" + said.Variant } : null)
                : new EmbedProblem(d.Code, d.Location, d.Message, d.Text));
        if (mapping is null && !problems.Sorted().Any())
            version.EmbedProblems.Add(new EmbedProblem(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "", DiagnosticText.Of("no-keys", new { kind = block.Info })));
    }

    /// <summary>What a block read without a problem shows, before its citations are numbered on a page.</summary>
    public abstract record Shown;

    private sealed record ShownTimeline(IReadOnlyList<TimelineEvent> Events) : Shown;

    private sealed record ShownChart(Dataset Dataset, IReadOnlyList<DatasetRow> Rows, ChartKind? Kind) : Shown;

    private sealed record ShownOrgChart : Shown;

    private sealed record ShownMap : Shown;

    /// <summary>The embed of <paramref name="shown"/> on a page, its citations numbered in the page's order.</summary>
    private static Embed Marked(Shown shown, SiteModel model, CitationNumbering numbering)
    {
        var bibliography = model.Bibliography;
        switch (shown)
        {
            case ShownTimeline timeline:
                return new TimelineEmbed(timeline.Events, timeline.Events.Select(e => numbering.MarkAll(e.Cite, bibliography)).ToArray());
            case ShownChart chart:
                var datasetMarks = numbering.MarkAll(chart.Dataset.Cite, bibliography);
                var rowMarks = chart.Rows.Select(r => numbering.MarkAll(r.OwnCite, bibliography)).ToArray();
                return new ChartEmbed(chart.Dataset, chart.Rows, chart.Kind, datasetMarks, rowMarks);
            case ShownOrgChart:
                var bodies = model.Diagrams.Bodies;
                return new OrgChartEmbed(bodies, bodies.Select(b => numbering.MarkAll(b.Cite, bibliography)).ToArray());
            default:
                var places = model.Diagrams.Places;
                return new MapEmbed(places, places.Select(p => (IReadOnlyList<IReadOnlyList<CitationMark>>)p.Events.Select(e => numbering.MarkAll(e.Cite, bibliography)).ToArray()).ToArray());
        }
    }

    private static ShownTimeline Timeline(YamlMappingNode mapping, YamlFields fields, SiteModel model)
    {
        IReadOnlyList<string> tags = [];
        int? from = null, to = null, limit = null;
        foreach (var (key, value) in fields.Entries(mapping))
        {
            switch (key.Value)
            {
                case "tags":
                    tags = fields.ScalarList(value, "tags").Select(t => t.Value).ToArray();
                    foreach (var tag in fields.ScalarList(value, "tags").Where(t => !model.Tags.ContainsKey(t.Value)))
                        fields.Diagnostics.Report(DiagnosticCode.UnknownTag, tag.Location, "undeclared", new { tag = tag.Value });
                    break;
                case "from": from = (int?)fields.Number(value, "from"); break;
                case "to": to = (int?)fields.Number(value, "to"); break;
                case "limit": limit = (int?)fields.Number(value, "limit"); break;
                default: fields.UnknownField(key, ["tags", "from", "to", "limit"], "a ```timeline block"); break;
            }
        }
        var events = model.Timeline.Select(tags, from, to).ToList();
        if (limit is > 0) events = events.Take(limit.Value).ToList();
        return new ShownTimeline(events);
    }

    private static ShownChart? Chart(EmbedFact block, YamlMappingNode mapping, YamlFields fields, SiteModel model, ArticleVersion version)
    {
        Located<string>? id = null;
        IReadOnlyList<string>? rows = null;
        Located<string>? kind = null;
        foreach (var (key, value) in fields.Entries(mapping))
        {
            switch (key.Value)
            {
                case "dataset": id = fields.Scalar(value, "dataset"); break;
                case "rows": rows = fields.ScalarList(value, "rows").Select(r => r.Value).ToArray(); break;
                case "kind": kind = fields.Scalar(value, "kind"); break;
                default: fields.UnknownField(key, ["dataset", "rows", "kind"], "a ```chart block"); break;
            }
        }
        if (id is null)
        {
            fields.Diagnostics.Report(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "chart-dataset");
            return null;
        }
        if (!model.Datasets.TryGetValue(id.Value.Value, out var dataset))
        {
            var suggestion = Suggest.Closest(id.Value.Value, model.Datasets.Keys);
            if (suggestion is null) fields.Diagnostics.Report(DiagnosticCode.UnknownDataset, id.Value.Location, "unknown", new { dataset = id.Value.Value });
            else fields.Diagnostics.Report(DiagnosticCode.UnknownDataset, id.Value.Location, "suggest", new { dataset = id.Value.Value, suggestion });
            return null;
        }
        var chartKind = WordList<ChartKind>.Parse(kind?.Value);
        if (kind is { } written && chartKind is null)
            fields.Diagnostics.Report(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "chart-kind", new { kind = written.Value, kinds = WordList<ChartKind>.Listed });
        var shown = rows is null ? dataset.Rows : dataset.Rows.Where(r => r.Record.Key is { } k && rows.Contains(k)).ToList();
        return new ShownChart(dataset, shown, chartKind);
    }

    private static ShownOrgChart? OrgChart(EmbedFact block, YamlMappingNode mapping, YamlFields fields, SiteModel model, ArticleVersion version)
    {
        foreach (var (key, _) in fields.Entries(mapping)) fields.UnknownField(key, [], "a ```orgchart block");
        if (model.Diagrams.Bodies.Count == 0)
        {
            fields.Diagnostics.Report(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "no-bodies");
            return null;
        }
        return new ShownOrgChart();
    }

    private static ShownMap? Map(EmbedFact block, YamlMappingNode mapping, YamlFields fields, SiteModel model, ArticleVersion version)
    {
        foreach (var (key, _) in fields.Entries(mapping)) fields.UnknownField(key, [], "a ```map block");
        if (model.Diagrams.Places.Count == 0 || model.Diagrams.Outline is not { Rings.Count: > 0 })
        {
            fields.Diagnostics.Report(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "no-places");
            return null;
        }
        return new ShownMap();
    }
}
