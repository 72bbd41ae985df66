using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>A person in a CSL name list.</summary>
public sealed record PersonName(string Family, string Given);

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
    public string? this[string field] => Fields.GetValueOrDefault(field);

    public string Title => this["title"] ?? Id.Value;

    public int? Year => Issued.Count > 0 ? Issued[0] : null;
}
