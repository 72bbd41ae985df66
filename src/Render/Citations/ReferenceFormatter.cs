using System.Globalization;
using System.Text;
using KhaSite.Load;

namespace KhaSite.Render.Citations;

/// <summary>
/// Formats a bibliography record as HTML: in Kazakh after GOST 7.1 (the style of the sources' own reference lists:
/// "Author A.A. Title // Journal. – 2023. – № 1. – Б. 8–17."), in English in one author–date style
/// ("Author, A. A. 2023. “Title.” <i>Journal</i>, no. 1: 8–17.").
/// </summary>
public static class ReferenceFormatter
{
    public static string Format(SourceRecord r, string lang) => lang == "kk" ? Kazakh(r) : English(r);

    /// <summary>The title to show for a record in a language (the English translation of the title where given).</summary>
    public static string DisplayTitle(SourceRecord r, string lang) => lang == "kk" ? r.Title : r["title-en"] ?? r.Title;

    private static string Kazakh(SourceRecord r)
    {
        var parts = new List<string>();
        var head = new StringBuilder();
        if (r.Authors.Count > 0) head.Append(Html.Escape(string.Join(", ", r.Authors.Select(a => $"{a.Family} {a.Given.Replace(". ", ".", StringComparison.Ordinal)}".Trim())))).Append(' ');
        head.Append(Html.Escape(r.Title));
        if (r["container-title"] is { } container) head.Append(" // ").Append(Html.Escape(container));
        else if (r["authority"] is { } authority) head.Append(" // ").Append(Html.Escape(authority));
        parts.Add(head.ToString());
        if (r["event-title"] is { } eventTitle && r["container-title"] is null) parts.Add(Html.Escape(eventTitle));
        if (r["publisher-place"] is { } place) parts.Add(Html.Escape(place + (r["publisher"] is { } pub ? ": " + pub : "")));
        parts.Add(r.Year is { } year ? Date(r, "kk") : "[б. ж.]");
        if (r["volume"] is { } volume) parts.Add($"Т. {Html.Escape(volume)}");
        if (r["issue"] is { } issue) parts.Add($"№ {Html.Escape(issue)}");
        if (r["number"] is { } number) parts.Add($"№ {Html.Escape(number)}");
        if (r["page"] is { } page) parts.Add($"Б. {Html.Escape(page.Replace('-', '–'))}");
        if (r["ISBN"] is { } isbn) parts.Add($"ISBN {Html.Escape(isbn)}");
        if (r["DOI"] is { } doi) parts.Add("DOI: " + Html.Link("https://doi.org/" + doi, doi));
        if (r["URL"] is { } url) parts.Add("URL: " + Html.Link(url, url));
        return string.Join(". – ", parts) + ".";
    }

    private static string English(SourceRecord r) => ChicagoAuthorDate.Format(r);

    /// <summary>The year for articles and books; the full date, as precise as known, for laws and decrees.</summary>
    private static string Date(SourceRecord r, string lang)
    {
        var year = r.Issued[0].ToString(CultureInfo.InvariantCulture);
        if (r.Type is not ("legislation" or "treaty" or "speech") || r.Issued.Count == 1) return year;
        var date = new Model.PartialDate(r.Issued[0], r.Issued[1], r.Issued.Count > 2 ? r.Issued[2] : null);
        return DateText.Format(date, lang);
    }
}
