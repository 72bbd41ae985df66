using System.Globalization;
using System.Text;
using KhaSite.Load;

namespace KhaSite.Render.Citations;

/// <summary>
/// A source as a BibTeX entry (biblatex field names where BibTeX has none: <c>doi</c>, <c>url</c>, <c>isbn</c>):
/// BibTeX's special characters escaped (<c>\&amp;</c>, <c>\%</c>, <c>\{</c> …), Cyrillic and other letters kept as
/// UTF-8 (biber and bibtex8 read them), an institution braced so it is not split into given and family names.
/// </summary>
public static class BibTex
{
    public static string Entry(SourceRecord r)
    {
        var fields = new List<(string Name, string Value)>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) fields.Add((name, Escape(value))); }
        var authors = r.NamesOf("author");
        if (authors.Count > 0) fields.Add(("author", Names(authors)));
        if (r.NamesOf("editor") is { Count: > 0 } editors) fields.Add(("editor", Names(editors)));
        if (r.NamesOf("translator") is { Count: > 0 } translators) fields.Add(("translator", Names(translators)));
        Add("title", r.Title);
        var container = r["container-title"];
        Add(r.Type switch { "article-journal" or "article-magazine" or "article-newspaper" => "journal", "chapter" or "paper-conference" => "booktitle", _ => "howpublished" }, container);
        if (r.DateOf("issued") is { Year: { } year } issued)
        {
            fields.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
            if (issued.Start.Count > 1) fields.Add(("date", string.Join('-', issued.Start.Select((p, i) => i == 0 ? p.ToString(CultureInfo.InvariantCulture) : p.ToString("00", CultureInfo.InvariantCulture)))));
        }
        Add("volume", r["volume"]);
        Add("number", r["issue"] ?? r["number"]);
        if (r["page"] is { } page) fields.Add(("pages", Escape(page).Replace("–", "--", StringComparison.Ordinal).Replace("-", "--", StringComparison.Ordinal).Replace("----", "--", StringComparison.Ordinal)));
        Add("edition", r["edition"]);
        Add(r.Type is "thesis" ? "school" : r.Type is "report" ? "institution" : "publisher", r["publisher"]);
        Add("address", r["publisher-place"]);
        Add("type", r["genre"]);
        Add("series", r["collection-title"]);
        Add("isbn", r["ISBN"]);
        Add("issn", r["ISSN"]);
        Add("doi", r["DOI"]);
        if (r["URL"] is { } url) fields.Add(("url", url.Replace("%", "\\%", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal)));
        Add("langid", r["language"]);
        var text = new StringBuilder("@").Append(Type(r.Type)).Append('{').Append(Key(r.Id.Value)).Append(",\n");
        text.Append(string.Join(",\n", fields.Select(f => $"  {f.Name} = {{{f.Value}}}")));
        return text.Append("\n}\n").ToString();
    }

    private static string Type(string cslType) => cslType switch
    {
        "article-journal" or "article-magazine" or "article-newspaper" => "article",
        "book" => "book",
        "chapter" => "incollection",
        "paper-conference" => "inproceedings",
        "thesis" => "phdthesis",
        "report" => "techreport",
        _ => "misc",
    };

    /// <summary>A citation key: the id with the characters BibTeX keys cannot hold (space, comma, braces, quotes, '#', '%', '\') as '-'.</summary>
    public static string Key(string id) => string.Concat(id.Select(c => char.IsWhiteSpace(c) || c is ',' or '{' or '}' or '"' or '#' or '%' or '\\' or '~' or '\'' or '(' or ')' or '=' ? '-' : c));

    private static string Names(IReadOnlyList<PersonName> names) => string.Join(" and ", names.Select(n =>
        n.IsLiteral ? "{" + Escape(n.Literal!) + "}"
        : n.Given.Length == 0 ? Escape(n.FullFamily)
        : n.Suffix is { Length: > 0 } suffix ? $"{Escape(n.FullFamily)}, {Escape(suffix)}, {Escape(n.Given)}" : $"{Escape(n.FullFamily)}, {Escape(n.Given)}"));

    /// <summary>Escapes BibTeX's special characters; a word "and" inside a name list is left to the braces of literals.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                '\n' or '\r' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
