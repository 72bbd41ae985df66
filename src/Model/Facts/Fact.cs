using KhaSite.Load;
using KhaSite.Model.Citations;

namespace KhaSite.Model.Facts;

/// <summary>A figure of <c>facts.yml</c> with its parsed date (or the year of the text reporting an undated value).</summary>
public sealed class Fact(FactRecord record, PartialDate? date, PartialDate? reported, ParsedCitation? cite)
{
    public FactRecord Record { get; } = record;

    public string Id => Record.Id.Value;

    public PartialDate? Date { get; } = date;

    public PartialDate? Reported { get; } = reported;

    public ParsedCitation? Cite { get; } = cite;

    /// <summary>The fact's <c>unit:</c>, or null when it has none or an unknown word (Check reports it).</summary>
    public DatasetUnit? Unit { get; } = WordList<DatasetUnit>.Parse(record.Unit);

    public ValueQualifier? Qualifier { get; } = WordList<ValueQualifier>.Parse(record.Qualifier);

    /// <summary>The <c>reported:</c> of a value whose source is itself undated.</summary>
    public const string UndatedSource = "undated";
}

/// <summary>
/// What a <c>[#id]</c> in prose stands for: a fact (<c>[#population-2021]</c>), a part of a breakdown
/// (<c>[#census-2021-ethnic:kazakhs]</c>), a point of a series (<c>[#religious-associations:2006-01-01]</c>), a dataset's
/// total (<c>[#mediation-2019:total]</c>), or of rows sources dispute the one a source gives (<c>[#mediation-network:mediators@abdugani2025]</c>).
/// <see cref="Reported"/> is set, and <see cref="Date"/> null, for a value its source does not date.
/// </summary>
public sealed record FigureValue(double Value, int Decimals, DatasetUnit? Unit, ValueQualifier? Qualifier, PartialDate? Date, PartialDate? Reported)
{
    /// <summary>Neither the value nor the text reporting it is dated.</summary>
    public bool Undated => Date is null && Reported is null;
}

/// <summary>Finds the value a figure reference names in the model's facts and datasets.</summary>
public static class Figures
{
    /// <summary>Every reference that names something: fact ids and <c>dataset:row</c> (for suggestions).</summary>
    public static IEnumerable<string> Known(SiteModel model) =>
        model.Facts.Keys.Concat(model.Datasets.Values.SelectMany(d => d.Rows.Select(r => $"{d.Id}:{r.Record.Key ?? r.Record.Date?.Value}")));

    public static FigureValue? Find(SiteModel model, string reference)
    {
        var colon = reference.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return model.Facts.GetValueOrDefault(reference) is { Record.Value: { } v } fact
                ? new FigureValue(v, fact.Record.Decimals, fact.Unit, fact.Qualifier, fact.Date, fact.Reported)
                : null;
        if (model.Datasets.GetValueOrDefault(reference[..colon]) is not { } dataset) return null;
        PartialDate? Reported(Located<string>? text) => text is { } t ? PartialDate.TryParse(t.Value, out _) : null;
        var reported = Reported(dataset.Record.Reported);
        var key = reference[(colon + 1)..];
        if (key == "total")
            return dataset.Record.Total is { } total
                ? new FigureValue(total, 0, dataset.TotalUnit, null, dataset.AsOf, reported)
                : null;
        // "mediators@abdugani2025": of the rows sources dispute, the one that source gives.
        var at = key.IndexOf('@', StringComparison.Ordinal);
        var source = at < 0 ? null : key[(at + 1)..];
        if (at >= 0) key = key[..at];
        var row = dataset.Rows.FirstOrDefault(r => (r.Record.Key == key || r.Record.Date?.Value == key)
            && (source is null || (r.OwnCite ?? dataset.Cite)?.Items.Any(i => i.Key == source) == true));
        if (row?.Record.Value is not { } value) return null;
        // A row its source gives undated is reported, whatever the dataset's date.
        return row.Record.Reported is { } own
            ? new FigureValue(value, row.Record.Decimals, dataset.Unit, row.Qualifier, null, Reported(own))
            : new FigureValue(value, row.Record.Decimals, dataset.Unit, row.Qualifier, row.Date ?? dataset.AsOf, reported);
    }
}
