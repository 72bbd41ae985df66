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
            diagnostics.Report(DiagnosticCode.DuplicateDatasetId, duplicate.Record.Id.Location, $"the dataset id '{duplicate.Id}' is used by another file");
        foreach (var dataset in model.Datasets.Values) Check(dataset, model, diagnostics);
        foreach (var version in model.AllVersions)
            foreach (var problem in version.EmbedProblems)
                diagnostics.Report(problem.Code, problem.Location, problem.Message);
    }

    private static void Check(Dataset dataset, SiteModel model, DiagnosticBag diagnostics)
    {
        var record = dataset.Record;
        var at = record.Location;
        if (dataset.Kind is null)
            diagnostics.Report(DiagnosticCode.MissingField, at, $"'{dataset.Id}' needs {string.Join(" or ", WordList<DatasetKind>.Words.Select(w => $"'kind: {w}'"))}");
        if (record.Unit is null)
            diagnostics.Report(DiagnosticCode.MissingField, at, $"'{dataset.Id}' needs a 'unit' ({WordList<DatasetUnit>.Listed})");
        else if (dataset.Unit is null)
            diagnostics.Report(DiagnosticCode.WrongFieldType, at, $"'{record.Unit}' is not a unit ({WordList<DatasetUnit>.Listed})");
        if (record.Title is null) diagnostics.Report(DiagnosticCode.MissingField, at, $"'{dataset.Id}' needs a 'title' per language");
        if (dataset.Kind == DatasetKind.Breakdown && record.AsOf is null && record.Reported is null && record.Rows.Any(r => r.Reported is null))
            diagnostics.Report(DiagnosticCode.MissingField, at, $"the breakdown '{dataset.Id}' needs 'as_of', the date its parts describe, or 'reported', the year of the source that gives them undated (on the dataset, or on each row)");
        if (record.AsOf is { } asOf && dataset.AsOf is null)
            diagnostics.Report(DiagnosticCode.BadDate, asOf.Location, $"'{asOf.Value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        if (record.Cite is null && record.Rows.Any(r => r.Cite is null))
            diagnostics.Report(DiagnosticCode.UncitedParagraph, at, $"'{dataset.Id}' has rows without a source: give the dataset a 'cite', or each row its own");
        DataCitationChecks.Report(dataset.Cite, model, diagnostics);

        foreach (var row in dataset.Rows)
        {
            var r = row.Record;
            if (r.Value < 0 && (dataset.Unit == DatasetUnit.Percent || dataset.TotalUnit == DatasetUnit.Percent))
                diagnostics.Report(DiagnosticCode.NegativePercentage, r.Location, $"a percentage cannot be negative ({r.Value?.ToString(CultureInfo.InvariantCulture)})");
            if (dataset.Kind == DatasetKind.Series && r.Date is null && r.Reported is null) diagnostics.Report(DiagnosticCode.MissingField, r.Location, "a row of a series needs a 'date'");
            if (dataset.Kind == DatasetKind.Breakdown && (r.Key is null || r.Label is null))
                diagnostics.Report(DiagnosticCode.MissingField, r.Location, "a row of a breakdown needs a 'key' and a 'label' per language");
            if (r.Date is { } date && row.Date is null)
                diagnostics.Report(DiagnosticCode.BadDate, date.Location, $"'{date.Value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
            if (r.Qualifier is { } q && row.Qualifier is null)
                diagnostics.Report(DiagnosticCode.WrongFieldType, r.Location, $"'{q}' is not a qualifier ({WordList<ValueQualifier>.Listed})");
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
            $"the parts of '{dataset.Id}' add up to {m.Sum.ToString("0.###", culture)}, not {m.Total.ToString("0.###", culture)} " +
            $"(allowing {m.Tolerance.ToString("0.###", culture)} for rounding); keep the source's numbers and explain the gap in 'discrepancy:'");
    }
}
