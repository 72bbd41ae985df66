using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Citations;

namespace KhaSite.Render.Data;

/// <summary>A dataset as a table: its caption, column headings (a note column on the dataset's page), and rows.</summary>
public sealed record DataTableView(string Caption, string FirstHeader, string ValueHeader, string? NoteHeader, IReadOnlyList<DataTableRow> Rows);

/// <summary>A row of a data table; <see cref="DisputedTitle"/> is set where sources give the value differently.</summary>
public sealed record DataTableRow(string Label, string Value, string? DisputedTitle, CitationMarkerView Marker, IReadOnlyList<FigureTextPart>? Note);

/// <summary>A dataset's chart and table, shared by its page and by <c>```chart</c> embeds.</summary>
public sealed class DatasetViews(SiteModel model, string lang)
{
    public string Label(Dataset dataset, DatasetRow row) => dataset.Kind == DatasetKind.Series
        ? (row.Date is { } d ? DateText.Format(d, model.Language(lang)) : "")
        : FigureText.Substitute(row.Record.Label, model, lang) ?? row.Record.Key ?? "";

    public string Value(Dataset dataset, DatasetRow row) => NumberText.Format(row.Value, dataset.Unit, model.Language(lang), model.Strings(lang), row.Qualifier, row.Record.Decimals);

    public ChartView Chart(Dataset dataset, IReadOnlyList<DatasetRow> rows, ChartKind? kind, string id)
    {
        var title = dataset.TitleText(model, lang);
        var description = string.Join("; ", rows.Select(r => $"{Label(dataset, r)}: {Value(dataset, r)}"));
        var data = rows.Select(r => new ChartDatum(Label(dataset, r), r.Value, Value(dataset, r), r.Disputed,
            r.Date is { } d ? d.Year + ((d.Month ?? 1) - 1) / 12.0 : null)).ToArray();
        var drawn = kind ?? (dataset.Kind == DatasetKind.Series ? ChartKind.Dot : ChartKind.Bar);
        // Points need a year for each row; a row without one falls back to bars.
        if (data.Any(d => d.Year is null)) drawn = ChartKind.Bar;
        return drawn switch
        {
            ChartKind.Bar => SvgChart.Bars(id, title, description, data),
            ChartKind.Line => SvgChart.Points(id, title, description, data, joined: true),
            ChartKind.Dot => SvgChart.Points(id, title, description, data, joined: false),
        };
    }

    public DataTableView Table(Dataset dataset, IReadOnlyList<DatasetRow> rows, IReadOnlyList<IReadOnlyList<CitationMark>> marks, bool withNotes)
    {
        var t = model.Strings(lang);
        return new DataTableView(dataset.TitleText(model, lang),
            dataset.Kind == DatasetKind.Series ? t["statistics.date"] : t["statistics.item"], t["statistics.value"],
            withNotes ? t["statistics.note"] : null,
            rows.Select((row, i) => new DataTableRow(Label(dataset, row), Value(dataset, row), row.Disputed ? t["statistics.disputed"] : null,
                CitationMarkers.View(marks[i], model.Language(lang)), withNotes ? FigureText.Parts(row.Record.Note?[lang] ?? "", model, lang) : null)).ToArray());
    }
}
