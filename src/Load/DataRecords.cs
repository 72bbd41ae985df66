using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>A declared tag or category (<c>input/data/tags.yml</c>, <c>categories.yml</c>) with its label per language.</summary>
public sealed record TermRecord(Located<string> Id, LocalizedText Label);

/// <summary>An event of <c>input/data/timeline.yml</c>, as written.</summary>
public sealed record TimelineRecord(
    Located<string> Id,
    Located<string>? Date,
    IReadOnlyList<Located<string>> Tags,
    LocalizedText? Title,
    LocalizedText? Text,
    Located<string>? Cite,
    Located<string>? Article,
    SourceLocation Location);

/// <summary>A dataset of <c>input/data/statistics/&lt;id&gt;.yml</c>, as written.</summary>
public sealed record DatasetRecord(
    Located<string> Id,
    string Kind,
    LocalizedText? Title,
    LocalizedText? Description,
    Located<string>? AsOf,
    string? Unit,
    double? Total,
    string? TotalUnit,
    Located<string>? Cite,
    IReadOnlyList<DatasetRowRecord> Rows,
    SourceLocation Location,
    LocalizedText? Discrepancy = null,
    Located<string>? Reported = null);

/// <summary>
/// A row of a dataset: a part of a breakdown (<see cref="Key"/>) or a point of a series (<see cref="Date"/>).
/// <see cref="Reported"/> marks a value its source gives undated: the year of the text that reports it.
/// </summary>
public sealed record DatasetRowRecord(
    string? Key,
    LocalizedText? Label,
    Located<string>? Date,
    double? Value,
    Located<string>? Cite,
    string? Qualifier,
    LocalizedText? Note,
    SourceLocation Location,
    int Decimals = 0,
    Located<string>? Reported = null);

/// <summary>
/// A term of <c>input/data/glossary.yml</c>: its name and definition per language, its source and the articles using it.
/// <see cref="Variants"/> are the other accepted forms per language (inflections of the original, other renderings).
/// </summary>
public sealed record GlossaryRecord(
    Located<string> Id,
    LocalizedText? Term,
    LocalizedText? Definition,
    Located<string>? Cite,
    IReadOnlyList<Located<string>> Articles,
    SourceLocation Location,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Variants = null)
{
    /// <summary>Every accepted form of the term in a language: the term itself, then its variants.</summary>
    public IEnumerable<string> Forms(string lang) =>
        (Term?.Has(lang) == true ? [Term[lang]] : Array.Empty<string>()).Concat(Variants?.GetValueOrDefault(lang) ?? []);
}
