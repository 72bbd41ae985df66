using KhaSite.Load;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>What a dataset holds (<c>kind:</c>).</summary>
public enum DatasetKind
{
    Breakdown,
    Series,
}

/// <summary>A row of a dataset with its parsed date and citation (the dataset's own citation when it has none).</summary>
public sealed class DatasetRow(DatasetRowRecord record, PartialDate? date, ParsedCitation? cite)
{
    public DatasetRowRecord Record { get; } = record;

    public PartialDate? Date { get; } = date;

    public ParsedCitation? OwnCite { get; } = cite;

    public double Value => Record.Value ?? 0;

    /// <summary>The row's <c>qualifier:</c>, or null when it has none or an unknown word (Check reports it).</summary>
    public ValueQualifier? Qualifier { get; } = WordList<ValueQualifier>.Parse(record.Qualifier);

    /// <summary>True when another source gives a value for the same thing (same key, or a date within a year).</summary>
    public bool Disputed { get; set; }
}

/// <summary>A statistics dataset: a breakdown (parts of a whole at one date) or a series (one indicator over time).</summary>
public sealed class Dataset(DatasetRecord record, DatasetKind? kind, PartialDate? asOf, ParsedCitation? cite)
{
    public DatasetRecord Record { get; } = record;

    public string Id => Record.Id.Value;

    public DatasetKind? Kind { get; } = kind;

    /// <summary>The dataset's <c>unit:</c>, or null when it is missing or unknown (Check reports it).</summary>
    public DatasetUnit? Unit { get; } = WordList<DatasetUnit>.Parse(record.Unit);

    /// <summary>The unit of <c>total:</c>: its own <c>total_unit:</c>, else the rows' unit.</summary>
    public DatasetUnit? TotalUnit { get; } = WordList<DatasetUnit>.Parse(record.TotalUnit ?? record.Unit);

    public PartialDate? AsOf { get; } = asOf;

    public ParsedCitation? Cite { get; } = cite;

    public List<DatasetRow> Rows { get; } = [];

    /// <summary>Set when a breakdown's parts do not add up to its total within rounding (the sources' own numbers).</summary>
    public SumMismatch? Mismatch { get; set; }

    public Dictionary<string, DatasetCitations> Pages { get; } = new(StringComparer.Ordinal);

    public string Path(string lang) => SitePaths.Dataset(lang, Id);
}

/// <summary>What the parts of a breakdown add up to, against the total they should make, and the rounding allowed.</summary>
public sealed record SumMismatch(double Sum, double Total, double Tolerance);

/// <summary>A dataset's page in one language: the markers of the dataset and of each row, and the reference list.</summary>
public sealed class DatasetCitations(CitationNumbering numbering)
{
    public CitationNumbering Numbering { get; } = numbering;

    public IReadOnlyList<CitationMark> DatasetMarks { get; set; } = [];

    public List<IReadOnlyList<CitationMark>> RowMarks { get; } = [];
}
