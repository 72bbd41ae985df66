using KhaSite.Load;
using KhaSite.Model.Citations;
using KhaSite.Model.Facts;

namespace KhaSite.Model;

/// <summary>Builds the timeline and the datasets from their records, and numbers the citations of their pages.</summary>
public static class DataModelBuilder
{
    public static void BuildData(SiteModel model)
    {
        foreach (var record in model.Input.Tags) model.Tags.TryAdd(record.Id.Value, record);
        foreach (var record in model.Input.Categories) model.Categories.TryAdd(record.Id.Value, record);

        foreach (var record in model.Input.Timeline)
        {
            var date = record.Date is { } d ? PartialDate.TryParse(d.Value, out _) : null;
            model.Timeline.AllEvents.Add(new TimelineEvent(record, date, DataCitation.Parse(record.Cite)));
        }
        model.Timeline.Events.AddRange(model.Timeline.AllEvents.Where(e => e.Date is not null).OrderBy(e => e.Date!.Value));

        foreach (var record in model.Input.Facts)
        {
            var fact = new Fact(record, Date(record.Date), Date(record.Reported), DataCitation.Parse(record.Cite));
            if (!model.Facts.TryAdd(fact.Id, fact)) model.DuplicateFacts.Add(fact);
        }

        foreach (var record in model.Input.Datasets)
        {
            var kind = WordList<DatasetKind>.Parse(record.Kind);
            var asOf = record.AsOf is { } a ? PartialDate.TryParse(a.Value, out _) : null;
            var dataset = new Dataset(record, kind, asOf, DataCitation.Parse(record.Cite));
            var rows = record.Rows.Select(row => new DatasetRow(row, row.Date is { } rd ? PartialDate.TryParse(rd.Value, out _) : null, DataCitation.Parse(row.Cite)));
            // A series reads in time order; a breakdown keeps the order its file gives.
            dataset.Rows.AddRange(kind == DatasetKind.Series ? rows.OrderBy(r => r.Date ?? new PartialDate(9999, null, null)) : rows);
            MarkDisputes(dataset);
            dataset.Mismatch = SumOf(dataset);
            if (!model.Datasets.TryAdd(dataset.Id, dataset)) model.DuplicateDatasets.Add(dataset);
        }
    }

    private static PartialDate? Date(Located<string>? text) => text is { } t ? PartialDate.TryParse(t.Value, out _) : null;

    /// <summary>After the articles: link events to their articles and number the timeline's and datasets' own pages.</summary>
    public static void NumberDataPages(SiteModel model)
    {
        foreach (var e in model.Timeline.AllEvents)
            if (e.Record.Article is { } key) e.Article = model.Articles.GetValueOrDefault(key.Value);

        foreach (var record in model.Input.Glossary)
        {
            var term = new GlossaryTerm(record, DataCitation.Parse(record.Cite));
            foreach (var key in record.Articles)
            {
                if (model.Articles.TryGetValue(key.Value, out var article)) term.Articles.Add(article);
                else term.UnknownArticles.Add(key);
            }
            model.Glossary.Terms.Add(term);
        }

        foreach (var lang in model.Languages)
        {
            var t = model.Strings(lang);
            var glossary = new CitationNumbering(CiterKind.Glossary, lang, t["glossary.title"], SitePaths.Glossary(lang));
            foreach (var term in model.Glossary.Terms.OrderBy(g => g.Record.Term?[lang] ?? g.Id, model.Order(lang)))
                term.Marks[lang] = glossary.MarkAll(term.Cite, model.Bibliography);
            glossary.RecordUses();
            model.Glossary.Numbering[lang] = glossary;

            var page = new TimelineCitations(lang, new CitationNumbering(CiterKind.TimelineEvent, lang, t["timeline.title"], SitePaths.Timeline(lang)));
            foreach (var e in model.Timeline.Events) page.MarksByEvent[e.Id] = page.Numbering.MarkAll(e.Cite, model.Bibliography);
            page.Numbering.RecordUses();
            model.Timeline.Pages[lang] = page;

            foreach (var dataset in model.Datasets.Values)
            {
                var title = dataset.Record.Title?[lang] ?? dataset.Id;
                var numbering = new CitationNumbering(CiterKind.Dataset, lang, title, dataset.Path(lang));
                var datasetPage = new DatasetCitations(numbering) { DatasetMarks = numbering.MarkAll(dataset.Cite, model.Bibliography) };
                foreach (var row in dataset.Rows) datasetPage.RowMarks.Add(numbering.MarkAll(row.OwnCite, model.Bibliography));
                numbering.RecordUses();
                dataset.Pages[lang] = datasetPage;
            }
        }
    }

    /// <summary>
    /// Parts of a breakdown should add up to the total (100 for percentages) within rounding: half a unit of the last
    /// printed digit per part. Rows that dispute each other count once; approximate rows ("over 500") are not summed.
    /// </summary>
    public static SumMismatch? SumOf(Dataset dataset)
    {
        var record = dataset.Record;
        if (dataset.Kind != DatasetKind.Breakdown || record.Rows.Any(r => r.Qualifier is not null || r.Value is null)) return null;
        double? total = record.Total ?? (dataset.Unit == DatasetUnit.Percent ? 100 : null);
        if (total is null) return null;
        var parts = dataset.Rows.GroupBy(r => r.Record.Key).Select(g => g.First()).ToArray();
        var sum = parts.Sum(r => r.Value);
        var tolerance = parts.Sum(r => 0.5 * Math.Pow(10, -r.Record.Decimals)) + 1e-9;
        return Math.Abs(sum - total.Value) > tolerance ? new SumMismatch(sum, total.Value, tolerance) : null;
    }

    /// <summary>Values that sources give differently for the same thing: the same key twice, or series dates within a year.</summary>
    private static void MarkDisputes(Dataset dataset)
    {
        if (dataset.Kind == DatasetKind.Breakdown)
        {
            foreach (var group in dataset.Rows.Where(r => r.Record.Key is not null).GroupBy(r => r.Record.Key).Where(g => g.Count() > 1))
                foreach (var row in group) row.Disputed = true;
            return;
        }
        var dated = dataset.Rows.Where(r => r.Date is not null).OrderBy(r => r.Date!.Value).ToArray();
        for (var i = 1; i < dated.Length; i++)
        {
            if (Math.Abs(dated[i].Date!.Value.Year - dated[i - 1].Date!.Value.Year) <= 1 && dated[i].Value != dated[i - 1].Value)
                dated[i].Disputed = dated[i - 1].Disputed = true;
        }
    }
}
