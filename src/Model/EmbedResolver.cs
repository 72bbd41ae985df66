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
    public static void Resolve(ArticleVersion version, EmbedFact block, SiteModel model, CitationNumbering numbering)
    {
        if (WordList<EmbedKind>.Parse(block.Info) is not { } kind) return;
        var problems = new DiagnosticBag();
        var firstLine = version.File.BodyFirstLine + block.Line + 1;
        var fields = new YamlFields(version.File.DisplayPath, firstLine, problems);
        var text = block.Text;
        var mapping = string.IsNullOrWhiteSpace(text) ? new YamlMappingNode() : fields.Mapping(YamlText.Parse(text, fields.File, firstLine, problems), $"a ```{block.Info} block");
        if (mapping is not null)
        {
            Embed? embed = kind switch
            {
                EmbedKind.Timeline => Timeline(block, mapping, fields, model, numbering),
                EmbedKind.Chart => Chart(block, mapping, fields, model, numbering, version),
                EmbedKind.Orgchart => OrgChart(block, mapping, fields, model, numbering, version),
                EmbedKind.Map => Map(block, mapping, fields, model, numbering, version),
            };
            if (embed is not null && !problems.HasErrors) version.Embeds[block.SpanStart] = embed;
        }
        foreach (var d in problems.Sorted())
            version.EmbedProblems.Add(d.Code == DiagnosticCode.UnknownField
                ? new EmbedProblem(DiagnosticCode.UnknownEmbed, d.Location, d.Message, d.Text is { } said ? said with { Variant = "field-" + said.Variant } : null)
                : new EmbedProblem(d.Code, d.Location, d.Message, d.Text));
        if (mapping is null && !problems.Sorted().Any())
            version.EmbedProblems.Add(new EmbedProblem(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "", DiagnosticText.Of("no-keys", new { kind = block.Info })));
    }

    private static TimelineEmbed Timeline(EmbedFact block, YamlMappingNode mapping, YamlFields fields, SiteModel model, CitationNumbering numbering)
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
        var marks = events.Select(e => numbering.MarkAll(e.Cite, model.Bibliography)).ToArray();
        return new TimelineEmbed(events, marks);
    }

    private static ChartEmbed? Chart(EmbedFact block, YamlMappingNode mapping, YamlFields fields, SiteModel model, CitationNumbering numbering, ArticleVersion version)
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
        var datasetMarks = numbering.MarkAll(dataset.Cite, model.Bibliography);
        var rowMarks = shown.Select(r => numbering.MarkAll(r.OwnCite, model.Bibliography)).ToArray();
        return new ChartEmbed(dataset, shown, chartKind, datasetMarks, rowMarks);
    }

    private static OrgChartEmbed? OrgChart(EmbedFact block, YamlMappingNode mapping, YamlFields fields, SiteModel model, CitationNumbering numbering, ArticleVersion version)
    {
        foreach (var (key, _) in fields.Entries(mapping)) fields.UnknownField(key, [], "a ```orgchart block");
        if (model.Diagrams.Bodies.Count == 0)
        {
            fields.Diagnostics.Report(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "no-bodies");
            return null;
        }
        return new OrgChartEmbed(model.Diagrams.Bodies, model.Diagrams.Bodies.Select(b => numbering.MarkAll(b.Cite, model.Bibliography)).ToArray());
    }

    private static MapEmbed? Map(EmbedFact block, YamlMappingNode mapping, YamlFields fields, SiteModel model, CitationNumbering numbering, ArticleVersion version)
    {
        foreach (var (key, _) in fields.Entries(mapping)) fields.UnknownField(key, [], "a ```map block");
        if (model.Diagrams.Places.Count == 0 || model.Diagrams.Outline is not { Rings.Count: > 0 })
        {
            fields.Diagnostics.Report(DiagnosticCode.UnknownEmbed, BodyFacts.At(version.File, block.Line, block.Column), "no-places");
            return null;
        }
        var places = model.Diagrams.Places;
        return new MapEmbed(places, places.Select(p => (IReadOnlyList<IReadOnlyList<CitationMark>>)p.Events.Select(e => numbering.MarkAll(e.Cite, model.Bibliography)).ToArray()).ToArray());
    }
}
