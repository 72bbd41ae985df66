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
        ? (row.Date is { } d ? DateText.Format(d, model.Language(lang)) : "")
        : FigureText.Substitute(row.Record.Label, model, lang) ?? row.Record.Key ?? "";

    public string Value(Dataset dataset, DatasetRow row) => NumberText.Qualify(NumberText.Format(row.Value, dataset.Record.Unit, model.Language(lang), row.Record.Decimals), row.Record.Qualifier, model.Strings(lang));

    public string Chart(Dataset dataset, IReadOnlyList<DatasetRow> rows, string? kind, string id)
    {
        var title = FigureText.Substitute(dataset.Record.Title, model, lang) ?? dataset.Id;
        var description = string.Join("; ", rows.Select(r => $"{Label(dataset, r)}: {Value(dataset, r)}"));
        var data = rows.Select(r => new ChartDatum(Label(dataset, r), r.Value, Value(dataset, r), r.Disputed,
            r.Date is { } d ? d.Year + ((d.Month ?? 1) - 1) / 12.0 : null)).ToArray();
        var asPoints = kind is "line" or "dot" || (kind is null && dataset.Kind == DatasetKind.Series);
        return asPoints && data.All(d => d.Year is not null)
            ? SvgChart.Points(id, title, description, data, joined: kind == "line")
            : SvgChart.Bars(id, title, description, data);
    }

    public string Table(Dataset dataset, IReadOnlyList<DatasetRow> rows, IReadOnlyList<IReadOnlyList<CitationMark>> marks, bool withNotes)
    {
        var t = model.Strings(lang);
        var first = dataset.Kind == DatasetKind.Series ? t["statistics.date"] : t["statistics.item"];
        var html = new StringBuilder($"<div class=\"table-scroll\"><table class=\"data-table\"><caption>{Html.Escape(FigureText.Substitute(dataset.Record.Title, model, lang) ?? dataset.Id)}</caption>");
        html.Append(CultureInfo.InvariantCulture, $"<thead><tr><th scope=\"col\">{Html.Escape(first)}</th><th scope=\"col\">{Html.Escape(t["statistics.value"])}</th>");
        if (withNotes) html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Escape(t["statistics.note"])}</th>");
        html.Append("</tr></thead><tbody>");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr{(row.Disputed ? " class=\"data-table__disputed\"" : "")}><th scope=\"row\">{Html.Escape(Label(dataset, row))}</th>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"data-table__value\">{Html.Escape(Value(dataset, row))}{(row.Disputed ? $" <span class=\"dispute\" title=\"{Html.Escape(t["statistics.disputed"])}\">⚑</span>" : "")}{CitationHtmlRenderer.Markers(marks[i], model.Language(lang))}</td>");
            if (withNotes) html.Append(CultureInfo.InvariantCulture, $"<td>{(row.Record.Note is { } note ? FigureText.Html(note[lang], model, lang) : "")}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }
}
