using System.Collections.Concurrent;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render.Citations;
using KhaSite.Render.Data;

namespace KhaSite.Render;

/// <summary>View models of the timeline pages (all events, and one page per tag) and of the statistics pages.</summary>
public sealed class DataViewBuilder(SiteModel model, FrameBuilder frames)
{
    private readonly CitationViews _citations = new(model);
    private readonly ConcurrentDictionary<string, (TermRecord Term, int Count)[]> _timelineTags = new(StringComparer.Ordinal);

    /// <summary>The tags that events have, with how many, in the language's order: the same on each of its timeline pages.</summary>
    private (TermRecord Term, int Count)[] TimelineTags(string lang) => _timelineTags.GetOrAdd(lang, l => model.Tags.Values
        .Select(term => (term, count: model.Timeline.Tagged(term.Id.Value)))
        .Where(x => x.count > 0)
        .OrderBy(x => x.term.Label[l], model.Order(l))
        .ToArray());

    /// <param name="tag">null for the whole timeline; a tag id for that tag's page</param>
    public TimelineView Timeline(string lang, string? tag)
    {
        var t = model.Strings(lang);
        var page = model.Timeline.Pages[lang];
        var path = tag is null ? SitePaths.Timeline(lang) : SitePaths.TimelineTag(lang, tag);
        var events = model.Timeline.Select(tag is null ? [] : [tag], null, null).ToArray();
        var title = tag is null ? t["timeline.title"] : t.Format("timeline.tag_title", model.Tags[tag].Label[lang]);
        var frame = frames.For(lang, path, title, t["timeline.intro"], l => tag is null ? SitePaths.Timeline(l) : SitePaths.TimelineTag(l, tag), "timeline",
            frames.EditUrl("data/timeline.yml"));
        var crumbs = new List<Breadcrumb> { new(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))) };
        if (tag is not null) crumbs.Add(new Breadcrumb(t["timeline.title"], SitePaths.Relative(path, SitePaths.Timeline(lang))));
        crumbs.Add(new Breadcrumb(title, null));

        var tags = TimelineTags(lang)
            .Select(x => new FilterLink(x.Term.Id.Value, x.Term.Label[lang], SitePaths.Relative(path, SitePaths.TimelineTag(lang, x.Term.Id.Value)), x.Count, x.Term.Id.Value == tag))
            .ToArray();
        var decades = events.GroupBy(e => e.Date!.Value.Year / 10 * 10)
            .Select(g => new FilterLink(SitePaths.DecadeAnchor(g.Key), t.Format("timeline.decade", g.Key), SitePaths.OnPage(SitePaths.DecadeAnchor(g.Key)), g.Count(), false)).ToArray();

        // A tag page numbers its own citations: only the events it shows are cited on it.
        var numbering = tag is null ? page.Numbering : new Model.Citations.CitationNumbering(Model.Citations.CiterKind.TimelineEvent, lang, title, path);
        var marks = tag is null ? page.MarksByEvent : events.ToDictionary(e => e.Id, e => numbering.MarkAll(e.Cite, model.Bibliography));
        var list = new TimelineViews(model, lang, path);
        var groups = events.GroupBy(e => e.Date!.Value.Year / 10 * 10)
            .Select(decade => new TimelineDecadeView(SitePaths.DecadeAnchor(decade.Key), t.Format("timeline.decade", decade.Key), list.Events(decade.ToArray(), e => marks[e.Id], withIds: true)))
            .ToArray();

        var downloads = new[]
        {
            new Download("JSON", SitePaths.Relative(path, SitePaths.TimelineDownload(lang, ".json"))),
            new Download("CSV", SitePaths.Relative(path, SitePaths.TimelineDownload(lang, ".csv"))),
            new Download(t["timeline.ics"], SitePaths.Relative(path, SitePaths.TimelineDownload(lang, ".ics"))),
        };
        return new TimelineView(frame, crumbs, title, t["timeline.intro"], tags, decades, groups, events.Length,
            _citations.References(numbering.References, lang, path), downloads,
            tag is null ? null : SitePaths.Relative(path, SitePaths.Timeline(lang)));
    }

    public StatisticsView Statistics(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.Statistics(lang);
        var title = t["statistics.title"];
        var frame = frames.For(lang, path, title, t["statistics.intro"], SitePaths.Statistics, "statistics");
        var items = model.Datasets.Values
            .OrderBy(d => d.TitleText(model, lang), model.Order(lang))
            .Select(d => new DatasetListItem(d.TitleText(model, lang), FigureText.Substitute(d.Record.Description, model, lang) ?? "",
                SitePaths.Relative(path, d.Path(lang)), Meta(d, lang))
            { DescriptionParts = FigureText.Marked(d.Record.Description?[lang], model, lang) })
            .ToArray();
        var crumbs = new[] { new Breadcrumb(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))), new Breadcrumb(title, null) };
        return new StatisticsView(frame, crumbs, title, t["statistics.intro"], items);
    }

    public DatasetView Dataset(Dataset dataset, string lang)
    {
        var t = model.Strings(lang);
        var path = dataset.Path(lang);
        var page = dataset.Pages[lang];
        var title = dataset.TitleText(model, lang);
        var description = FigureText.Substitute(dataset.Record.Description, model, lang) ?? "";
        var frame = frames.For(lang, path, title, description, dataset.Path, "dataset",
            frames.EditUrl(SitePaths.DatasetInput(dataset.Id))) with
        { JsonLd = Machine.StructuredData.Dataset(model, dataset, lang) };
        var crumbs = new[]
        {
            new Breadcrumb(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))),
            new Breadcrumb(t["statistics.title"], SitePaths.Relative(path, SitePaths.Statistics(lang))),
            new Breadcrumb(title, null),
        };
        var facts = new List<InfoboxRow>
        {
            new(t["statistics.kind"], t["statistics.kind_" + WordList<DatasetKind>.Word(dataset.Kind ?? DatasetKind.Series)]),
            new(t["statistics.unit"], t["statistics.unit_" + (dataset.Unit is { } unit ? WordList<DatasetUnit>.Word(unit) : "")]),
        };
        if (When(dataset, lang) is { } when) facts.Add(new InfoboxRow(t["statistics.as_of"], when));
        if (dataset.Record.Total is { } total)
            facts.Add(new InfoboxRow(t["statistics.total"], NumberText.Format(total, dataset.TotalUnit, model.Language(lang), t)));
        var html = new DatasetViews(model, lang);
        var downloads = new[]
        {
            new Download("CSV", SitePaths.Relative(path, SitePaths.DatasetDownload(lang, dataset.Id, ".csv"))),
            new Download("JSON", SitePaths.Relative(path, SitePaths.DatasetDownload(lang, dataset.Id, ".json"))),
        };
        return new DatasetView(frame, crumbs, title, description, facts,
            CitationMarkers.View(page.DatasetMarks, model.Language(lang)),
            html.Chart(dataset, dataset.Rows, null, "chart-" + dataset.Id),
            html.Table(dataset, dataset.Rows, page.RowMarks, withNotes: true),
            dataset.Rows.Any(r => r.Disputed),
            _citations.References(page.Numbering.References, lang, path), downloads, Mismatch(dataset, lang))
        {
            DescriptionParts = FigureText.Marked(dataset.Record.Description?[lang], model, lang),
        };
    }

    /// <summary>"The parts add up to 31,428; the source gives the total as 31,000." and the dataset's explanation.</summary>
    private string? Mismatch(Dataset dataset, string lang)
    {
        if (dataset.Mismatch is not { } m) return null;
        var t = model.Strings(lang);
        var unit = dataset.Unit;
        var text = t.Format("statistics.mismatch", NumberText.Format(m.Sum, unit, model.Language(lang), t, decimals: dataset.Rows.Max(r => r.Record.Decimals)), NumberText.Format(m.Total, unit, model.Language(lang), t));
        return dataset.Record.Discrepancy is { } why && why.Has(lang) ? $"{text} {FigureText.Substitute(why[lang], model, lang)}" : text;
    }

    private string Meta(Dataset dataset, string lang)
    {
        var t = model.Strings(lang);
        var kind = t["statistics.kind_" + WordList<DatasetKind>.Word(dataset.Kind ?? DatasetKind.Series)];
        return When(dataset, lang) is { } when ? $"{kind}, {when}" : kind;
    }

    /// <summary>The date a dataset describes, or "as reported in 2023" for one its source does not date.</summary>
    private string? When(Dataset dataset, string lang) =>
        dataset.AsOf is { } asOf ? DateText.Format(asOf, model.Language(lang))
        : dataset.Record.Reported is { } reported && PartialDate.TryParse(reported.Value, out _) is { } year
            ? model.Strings(lang).Format("statistics.reported", year.Year)
            : null;
}
