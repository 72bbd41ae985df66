using System.Globalization;
using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>Datasets: kind, unit, dates, citations, and whether a breakdown's parts add up to its whole.</summary>
public sealed class DatasetChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in model.DuplicateDatasets)
            diagnostics.Report(DiagnosticCode.DuplicateDatasetId, duplicate.Record.Id.Location, new { id = duplicate.Id });
        foreach (var dataset in model.Datasets.Values) Check(dataset, model, diagnostics);
        foreach (var version in model.AllVersions)
            foreach (var problem in version.EmbedProblems)
            {
                if (problem.Text is { } text) diagnostics.Report(problem.Code, problem.Location, text);
                else diagnostics.Report(problem.Code, problem.Location, problem.Message);
            }
    }

    private static void Check(Dataset dataset, SiteModel model, DiagnosticBag diagnostics)
    {
        var record = dataset.Record;
        var at = record.Location;
        if (dataset.Kind is null)
            diagnostics.Report(DiagnosticCode.MissingField, at, "dataset-kind", new { id = dataset.Id, kinds = new Alternatives([.. WordList<DatasetKind>.Words.Select(w => $"'kind: {w}'")]) });
        if (record.Unit is null)
            diagnostics.Report(DiagnosticCode.MissingField, at, "dataset-unit", new { id = dataset.Id, units = WordList<DatasetUnit>.Listed });
        else if (dataset.Unit is null)
            diagnostics.Report(DiagnosticCode.WrongFieldType, at, "unit", new { unit = record.Unit, units = WordList<DatasetUnit>.Listed });
        if (record.Title is null) diagnostics.Report(DiagnosticCode.MissingField, at, "dataset-title", new { id = dataset.Id });
        if (dataset.Kind == DatasetKind.Breakdown && record.AsOf is null && record.Reported is null && record.Rows.Any(r => r.Reported is null))
            diagnostics.Report(DiagnosticCode.MissingField, at, "breakdown-date", new { id = dataset.Id });
        if (record.AsOf is { } asOf && dataset.AsOf is null)
            diagnostics.Report(DiagnosticCode.BadDate, asOf.Location, "date-not-a-date", new { text = asOf.Value });
        if (record.Cite is null && record.Rows.Any(r => r.Cite is null))
            diagnostics.Report(DiagnosticCode.UncitedParagraph, at, "dataset-rows", new { id = dataset.Id });
        DataCitationChecks.Report(dataset.Cite, model, diagnostics);

        foreach (var row in dataset.Rows)
        {
            var r = row.Record;
            if (r.Value < 0 && (dataset.Unit == DatasetUnit.Percent || dataset.TotalUnit == DatasetUnit.Percent))
                diagnostics.Report(DiagnosticCode.NegativePercentage, r.Location, new { value = r.Value?.ToString(CultureInfo.InvariantCulture) });
            if (dataset.Kind == DatasetKind.Series && r.Date is null && r.Reported is null) diagnostics.Report(DiagnosticCode.MissingField, r.Location, "series-row-date");
            if (dataset.Kind == DatasetKind.Breakdown && (r.Key is null || r.Label is null))
                diagnostics.Report(DiagnosticCode.MissingField, r.Location, "breakdown-row");
            if (r.Date is { } date && row.Date is null)
                diagnostics.Report(DiagnosticCode.BadDate, date.Location, "date-not-a-date", new { text = date.Value });
            if (r.Qualifier is { } q && row.Qualifier is null)
                diagnostics.Report(DiagnosticCode.WrongFieldType, r.Location, "qualifier", new { qualifier = q, qualifiers = WordList<ValueQualifier>.Listed });
            DataCitationChecks.Report(row.OwnCite, model, diagnostics);
        }
        CheckSum(dataset, diagnostics);
    }

    /// <summary>A breakdown whose parts miss its total is a warning, unless the dataset says why (<c>discrepancy:</c>).</summary>
    public static void CheckSum(Dataset dataset, DiagnosticBag diagnostics)
    {
        if (dataset.Mismatch is not { } m || dataset.Record.Discrepancy is not null) return;
        var culture = CultureInfo.InvariantCulture;
        diagnostics.Report(DiagnosticCode.PartsDoNotAddUp, dataset.Record.Location,
            new { id = dataset.Id, sum = m.Sum.ToString("0.###", culture), total = m.Total.ToString("0.###", culture), tolerance = m.Tolerance.ToString("0.###", culture) });
    }
}
