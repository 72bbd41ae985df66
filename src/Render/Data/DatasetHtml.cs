using System.Text;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Citations;
using System.Globalization;

namespace KhaSite.Render.Data;

/// <summary>A dataset's chart and table, shared by its page and by <c>```chart</c> embeds.</summary>
public sealed class DatasetHtml(SiteModel model, string lang)
{
    public string Label(Dataset dataset, DatasetRow row) => dataset.Kind == DatasetKind.Series
        ? (row.Date is { } d ? DateText.Format(d, lang) : "")
        : row.Record.Label?[lang] ?? row.Record.Key ?? "";

    public string Value(Dataset dataset, DatasetRow row) => NumberText.Format(row.Value, dataset.Unit, model.Strings(lang), row.Qualifier, row.Record.Decimals);

    public string Chart(Dataset dataset, IReadOnlyList<DatasetRow> rows, ChartKind? kind, string id)
    {
        var title = dataset.Record.Title?[lang] ?? dataset.Id;
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

    public string Table(Dataset dataset, IReadOnlyList<DatasetRow> rows, IReadOnlyList<IReadOnlyList<CitationMark>> marks, bool withNotes)
    {
        var t = model.Strings(lang);
        var first = dataset.Kind == DatasetKind.Series ? t["statistics.date"] : t["statistics.item"];
        var html = new StringBuilder($"<div class=\"table-scroll\"><table class=\"data-table\"><caption>{Html.Escape(dataset.Record.Title?[lang] ?? dataset.Id)}</caption>");
        html.Append(CultureInfo.InvariantCulture, $"<thead><tr><th scope=\"col\">{Html.Escape(first)}</th><th scope=\"col\">{Html.Escape(t["statistics.value"])}</th>");
        if (withNotes) html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Escape(t["statistics.note"])}</th>");
        html.Append("</tr></thead><tbody>");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr{(row.Disputed ? " class=\"data-table__disputed\"" : "")}><th scope=\"row\">{Html.Escape(Label(dataset, row))}</th>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"data-table__value\">{Html.Escape(Value(dataset, row))}{(row.Disputed ? $" <span class=\"dispute\" title=\"{Html.Escape(t["statistics.disputed"])}\">⚑</span>" : "")}{CitationHtmlRenderer.Markers(marks[i], lang)}</td>");
            if (withNotes) html.Append(CultureInfo.InvariantCulture, $"<td>{Html.Escape(row.Record.Note?[lang] ?? "")}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }
}
