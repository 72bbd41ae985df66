using KhaSite.Diagnostics;
using KhaSite.Load.Csl;

namespace KhaSite.Load;

/// <summary>
/// One entry of <c>input/data/sources.yml</c> (CSL-YAML). Plain text fields are kept by their CSL name in
/// <see cref="Fields"/>; names and the issue date are typed. KhaSite's own extensions: <c>title-en</c>,
/// <c>author-en</c>, <c>container-title-en</c>, <c>note-en</c>, <c>UDC</c>.
/// </summary>
public sealed record SourceRecord(
    Located<string> Id,
    string Type,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyList<PersonName> Authors,
    IReadOnlyList<PersonName> AuthorsEn,
    IReadOnlyList<PersonName> Editors,
    IReadOnlyList<int> Issued,
    SourceLocation Location)
{
    /// <summary>Every CSL name variable of the item (author, editor, translator, container-author …).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PersonName>> Names { get; init; } = new Dictionary<string, IReadOnlyList<PersonName>>();

    /// <summary>Every CSL date variable of the item (issued, accessed, event-date, original-date …) in full.</summary>
    public IReadOnlyDictionary<string, CslDate> Dates { get; init; } = new Dictionary<string, CslDate>();

    public IReadOnlyList<PersonName> NamesOf(string variable) =>
        Names.TryGetValue(variable, out var names) ? names : variable switch { "author" => Authors, "editor" => Editors, _ => [] };

    public CslDate? DateOf(string variable) =>
        Dates.TryGetValue(variable, out var date) ? date : variable == "issued" && Issued.Count > 0 ? new CslDate(Issued) : null;

    public string? this[string field] => Fields.GetValueOrDefault(field);

    public string Title => this["title"] ?? Id.Value;

    public int? Year => Issued.Count > 0 ? Issued[0] : null;
}
