using System.Globalization;
using System.Text;
using KhaSite.Load;

namespace KhaSite.Render.Citations;

/// <summary>A source as a RIS record (Zotero, EndNote, Mendeley): "TAG  - value" lines, CRLF, ending with "ER  - ".</summary>
public static class Ris
{
    public static string Record(SourceRecord r)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", Type(r.Type)) };
        void Add(string tag, string? value) { if (!string.IsNullOrWhiteSpace(value)) lines.Add((tag, value.ReplaceLineEndings(" "))); }
        foreach (var name in r.NamesOf("author")) Add("AU", Name(name));
        foreach (var name in r.NamesOf("editor")) Add("A2", Name(name));
        foreach (var name in r.NamesOf("translator")) Add("A4", Name(name));
        Add("TI", r.Title);
        Add("T2", r["container-title"]);
        Add("T3", r["collection-title"]);
        if (r.DateOf("issued") is { Year: { } year } issued)
        {
            Add("PY", year.ToString(CultureInfo.InvariantCulture));
            // RIS dates are YYYY/MM/DD/ with empty parts where unknown; a year alone is PY's.
            if (issued.Start.Count > 1)
                Add("DA", $"{year.ToString("0000", CultureInfo.InvariantCulture)}/{issued.Start[1].ToString("00", CultureInfo.InvariantCulture)}/{(issued.Start.Count > 2 ? issued.Start[2].ToString("00", CultureInfo.InvariantCulture) : "")}/");
        }
        Add("VL", r["volume"]);
        Add("IS", r["issue"]);
        Add("M1", r["number"]);
        if (r["page"] is { } page)
        {
            var ends = page.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
            Add("SP", ends[0]);
            if (ends.Length > 1) Add("EP", ends[1]);
        }
        Add("ET", r["edition"]);
        Add("PB", r["publisher"]);
        Add("CY", r["publisher-place"]);
        Add("M3", r["genre"]);
        Add("SN", r["ISBN"] ?? r["ISSN"]);
        Add("DO", r["DOI"]);
        Add("UR", r["URL"]);
        Add("LA", r["language"]);
        Add("ID", r.Id.Value);
        var text = new StringBuilder();
        foreach (var (tag, value) in lines) text.Append(tag).Append("  - ").Append(value).Append("\r\n");
        return text.Append("ER  - \r\n").ToString();
    }

    private static string Name(PersonName n) =>
        n.IsLiteral ? n.Literal! : n.Given.Length == 0 ? n.FullFamily : n.Suffix is { Length: > 0 } s ? $"{n.FullFamily}, {n.Given}, {s}" : $"{n.FullFamily}, {n.Given}";

    private static string Type(string cslType) => cslType switch
    {
        "article-journal" => "JOUR",
        "article-magazine" => "MGZN",
        "article-newspaper" => "NEWS",
        "book" => "BOOK",
        "chapter" => "CHAP",
        "paper-conference" => "CPAPER",
        "thesis" => "THES",
        "report" => "RPRT",
        "webpage" or "post-weblog" => "ELEC",
        "legislation" => "STAT",
        "treaty" => "LEGAL",
        "interview" => "PCOMM",
        "speech" => "SOUND",
        _ => "GEN",
    };
}
