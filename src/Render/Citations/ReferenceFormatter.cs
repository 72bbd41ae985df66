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

    private static string English(SourceRecord r)
    {
        var text = new StringBuilder();
        var authors = r.AuthorsEn.Count > 0 ? r.AuthorsEn : r.Authors;
        if (authors.Count > 0) text.Append(Html.Escape(Names(authors).TrimEnd('.'))).Append(". ");
        text.Append(r.Year is not null ? Date(r, "en") : "n.d.").Append(". ");
        var original = r.Title;
        var translated = r["title-en"];
        var bracketed = original.StartsWith('[');
        if (translated is not null && bracketed) text.Append(Html.Escape(translated));
        else if (translated is not null) text.Append('“').Append(Html.Escape(translated)).Append(".” [").Append(Html.Escape(original)).Append(']');
        else text.Append(bracketed ? Html.Escape(original) : "“" + Html.Escape(original) + ".”");
        var container = r["container-title-en"] ?? r["container-title"];
        if (container is not null) text.Append(". <i>").Append(Html.Escape(container)).Append("</i>");
        else if (r["authority"] is { } authority) text.Append(". ").Append(Html.Escape(authority));
        if (r["volume"] is { } volume) text.Append(' ').Append(Html.Escape(volume));
        if (r["issue"] is { } issue) text.Append(", no. ").Append(Html.Escape(issue));
        if (r["number"] is { } number) text.Append(", No. ").Append(Html.Escape(number));
        if (r["page"] is { } page) text.Append(": ").Append(Html.Escape(page.Replace('-', '–')));
        if (r["event-place"] is { } eventPlace) text.Append(". ").Append(Html.Escape(eventPlace));
        text.Append('.');
        if (r["ISBN"] is { } isbn) text.Append(" ISBN ").Append(Html.Escape(isbn)).Append('.');
        if (r["DOI"] is { } doi) text.Append(' ').Append(Html.Link("https://doi.org/" + doi, "https://doi.org/" + doi)).Append('.');
        if (r["URL"] is { } url) text.Append(' ').Append(Html.Link(url, url)).Append('.');
        var language = r["language"];
        if (language is not null && language != "en") text.Append(language == "kk" ? " In Kazakh." : language == "ru" ? " In Russian." : "");
        return text.ToString();
    }

    private static string Names(IReadOnlyList<PersonName> names)
    {
        static string Inverted(PersonName n) => n.Given.Length == 0 ? n.Family : $"{n.Family}, {n.Given}";
        static string Direct(PersonName n) => n.Given.Length == 0 ? n.Family : $"{n.Given} {n.Family}";
        return names.Count switch
        {
            1 => Inverted(names[0]),
            2 => $"{Inverted(names[0])}, and {Direct(names[1])}",
            _ => $"{Inverted(names[0])}, {string.Join(", ", names.Skip(1).SkipLast(1).Select(Direct))}, and {Direct(names[^1])}",
        };
    }

    /// <summary>The year for articles and books; the full date, as precise as known, for laws and decrees.</summary>
    private static string Date(SourceRecord r, string lang)
    {
        var year = r.Issued[0].ToString(CultureInfo.InvariantCulture);
        if (r.Type is not ("legislation" or "treaty" or "speech") || r.Issued.Count == 1) return year;
        var date = new Model.PartialDate(r.Issued[0], r.Issued[1], r.Issued.Count > 2 ? r.Issued[2] : null);
        return DateText.Format(date, lang);
    }
}
