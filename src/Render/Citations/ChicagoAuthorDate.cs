using System.Globalization;
using System.Text;
using KhaSite.Load;
using KhaSite.Load.Csl;

namespace KhaSite.Render.Citations;

/// <summary>
/// An English reference in the Chicago author-date style (CMOS 17, <c>chicago-author-date.csl</c>) as Pandoc 2.17's
/// citeproc writes it in HTML, field by field for books, chapters, journal, newspaper and magazine articles, web
/// pages, laws, reports, theses, conference papers and interviews. Checked byte for byte against Pandoc's output
/// (tests/KhaSite.Tests/Citations/Fixtures/chicago-*.{yaml,tsv}). KhaSite's <c>title-en</c> is added after the title
/// in brackets, as CMOS translates titles; Pandoc knows no such field.
/// </summary>
public static class ChicagoAuthorDate
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly HashSet<string> ItalicTitles = new(StringComparer.Ordinal)
        { "book", "legislation", "bill", "treaty", "graphic", "map", "motion_picture", "musical_score", "song", "periodical" };

    public static string Format(SourceRecord r)
    {
        var parts = new List<string>();
        var authors = r.AuthorsEn.Count > 0 ? r.AuthorsEn : r.NamesOf("author");
        var editors = r.NamesOf("editor");
        var news = r.Type is "article-newspaper" or "article-magazine";
        var container = r["container-title"];
        string? head = null;
        var titleFirst = false;
        if (authors.Count > 0) head = InLanguage(r, Html.Escape(Inverted(authors)));
        else if (editors.Count > 0 && r.Type is "book") head = InLanguage(r, Html.Escape(Inverted(editors))) + (editors.Count > 1 ? ", eds" : ", ed");
        else if (news && container is not null) head = $"<em{Lang(r)}>{Html.Escape(container)}</em>";
        else titleFirst = true;

        var title = Title(r);
        if (titleFirst) parts.Add(title);
        else parts.Add(head!);
        parts.Add(Year(r));
        if (!titleFirst && !(news && authors.Count == 0)) parts.Add(title);

        switch (r.Type)
        {
            case "book":
                AddEditorsAndTranslators(r, parts, authors.Count > 0);
                if (r["edition"] is { } edition) parts.Add(Edition(edition));
                if (r["volume"] is { } books) parts.Add("Vol. " + Html.Escape(books));
                AddPublisher(r, parts);
                break;
            case "chapter" or "paper-conference" when container is not null:
                {
                    var inBook = new StringBuilder("In ").Append(Container(r, container));
                    if (editors.Count > 0) inBook.Append(", edited by ").Append(Html.Escape(Direct(editors)));
                    if (r["page"] is { } page) inBook.Append(", ").Append(Html.Escape(PageRange(page)));
                    parts.Add(inBook.ToString());
                    AddPublisher(r, parts);
                    break;
                }
            case "article-journal" or "article" when container is not null:
                {
                    var journal = new StringBuilder(Container(r, container));
                    if (r["volume"] is { } volume)
                    {
                        journal.Append(' ').Append(Html.Escape(volume));
                        if (r["issue"] is { } issue) journal.Append(" (").Append(Html.Escape(issue)).Append(')');
                    }
                    else if (r["issue"] is { } issue) journal.Append(", no. ").Append(Html.Escape(issue));
                    if (r["page"] is { } page) journal.Append(": ").Append(Html.Escape(PageRange(page)));
                    parts.Add(journal.ToString());
                    break;
                }
            case "article-newspaper" or "article-magazine":
                {
                    var date = FullDate(r.DateOf("issued"));
                    if (authors.Count == 0 && container is not null) parts.Add($"{title} {date}");
                    else parts[^1] += container is not null ? $" <em{Lang(r)}>{Html.Escape(container)}</em>, {date}" : $" {date}";
                    break;
                }
            case "webpage" or "post-weblog":
                if (container is not null) parts.Add(Html.Escape(container));
                if (r.DateOf("issued") is { Start.Count: > 0 } issued) parts.Add(FullDate(issued));
                else if (r.DateOf("accessed") is { Start.Count: > 0 } accessed) parts.Add("Accessed " + FullDate(accessed));
                break;
            case "report":
                if (r["genre"] is { } series) parts.Add(Html.Escape(series) + (r["number"] is { } n ? " " + Html.Escape(n) : ""));
                if (r["collection-title"] is { } collection) parts.Add(Html.Escape(collection));
                AddPublisher(r, parts);
                break;
            case "thesis":
                {
                    var place = Publisher(r);
                    var genre = r["genre"] is { } g ? Html.Escape(g) : null;
                    parts.Add(genre is not null && place is not null ? $"{genre}, {place}" : genre ?? place ?? "");
                    break;
                }
            case "interview":
                if (r.NamesOf("interviewer") is { Count: > 0 } interviewers) parts[^1] = parts[^1] + " Interview by " + Html.Escape(Direct(interviewers));
                if (container is not null) parts.Add($"<em{Lang(r)}>{Html.Escape(container)}</em>");
                break;
            default:
                if (container is not null) parts.Add($"<em{Lang(r)}>{Html.Escape(container)}</em>");
                AddPublisher(r, parts);
                break;
        }
        if (r["DOI"] is { } doi) parts.Add(Html.Link("https://doi.org/" + doi, "https://doi.org/" + doi));
        else if (r["URL"] is { } url) parts.Add(Html.Link(url, url));
        return Join(parts.Where(p => p.Length > 0));
    }

    /// <summary>Joins the parts with ". ", without doubling a period a part already ends with ("Jr.", "E. A.", “Title.”).</summary>
    private static string Join(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0) text.Append(EndsWithPeriod(text) ? " " : ". ");
            text.Append(part);
        }
        if (!EndsWithPeriod(text)) text.Append('.');
        return text.ToString();
    }

    private static bool EndsWithPeriod(StringBuilder text)
    {
        var s = text.ToString();
        return s.EndsWith('.') || s.EndsWith(".”</span>", StringComparison.Ordinal) || s.EndsWith(",”</span>", StringComparison.Ordinal);
    }

    private static string Title(SourceRecord r)
    {
        var title = Html.Escape(r.Title);
        var translation = r["title-en"] is { } en && en != r.Title ? $" [{Html.Escape(en)}]" : "";
        if (ItalicTitles.Contains(r.Type)) return $"<em{Lang(r)}>{title}</em>{translation}";
        if (r.Type == "interview") return title + translation;
        var news = r.Type is "article-newspaper" or "article-magazine";
        // The title's closing punctuation goes inside the quotes, as American usage wants.
        var inside = news && r.NamesOf("author").Count == 0 && r.AuthorsEn.Count == 0 ? "," : translation.Length > 0 ? "" : ".";
        return $"<span{Lang(r)}>“{title}{inside}”</span>{translation}";
    }

    /// <summary>Names and places written in a non-Latin script are in the record's language (a transliterated one is not).</summary>
    private static string InLanguage(SourceRecord r, string html) =>
        Lang(r) is { Length: > 0 } lang && html.Any(c => c is >= '\u0400' and <= '\u04FF') ? $"<span{lang}>{html}</span>" : html;

    /// <summary>
    /// A title in another language than English is marked with its record's <c>language</c> (WCAG 3.1.2), which
    /// Pandoc does not do; an English record or one without a valid language tag is written as Pandoc writes it.
    /// </summary>
    private static string Lang(SourceRecord r) =>
        r["language"] is { } lang && !lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) && Safety.LanguageTag.IsValid(lang)
            ? $" lang=\"{Html.Escape(lang)}\"" : "";

    /// <summary>The container in italics, with KhaSite's <c>container-title-en</c> after it in brackets.</summary>
    private static string Container(SourceRecord r, string container) =>
        $"<em{Lang(r)}>{Html.Escape(container)}</em>" + (r["container-title-en"] is { } en && en != container ? $" [{Html.Escape(en)}]" : "");

    private static string Year(SourceRecord r) =>
        r.DateOf("issued") is { Year: { } year } ? year.ToString(CultureInfo.InvariantCulture) : "n.d";

    private static string FullDate(CslDate? date)
    {
        if (date is null || date.Start.Count == 0) return "";
        var year = date.Start[0].ToString(CultureInfo.InvariantCulture);
        return date.Start.Count switch
        {
            1 => year,
            2 => $"{Months[date.Start[1] - 1]} {year}",
            _ => $"{Months[date.Start[1] - 1]} {date.Start[2].ToString(CultureInfo.InvariantCulture)}, {year}",
        };
    }

    private static void AddEditorsAndTranslators(SourceRecord r, List<string> parts, bool hasAuthor)
    {
        if (hasAuthor && r.NamesOf("editor") is { Count: > 0 } editors) parts.Add("Edited by " + Html.Escape(Direct(editors)));
        if (r.NamesOf("translator") is { Count: > 0 } translators) parts.Add("Translated by " + Html.Escape(Direct(translators)));
    }

    private static void AddPublisher(SourceRecord r, List<string> parts)
    {
        if (Publisher(r) is { } publisher) parts.Add(InLanguage(r, publisher));
    }

    private static string? Publisher(SourceRecord r) => (r["publisher-place"], r["publisher"]) switch
    {
        ({ } place, { } publisher) => $"{Html.Escape(place)}: {Html.Escape(publisher)}",
        (null, { } publisher) => Html.Escape(publisher),
        ({ } place, null) => Html.Escape(place),
        _ => null,
    };

    private static string Edition(string edition) =>
        int.TryParse(edition, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? $"{Ordinal(n)} ed" : edition;

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>The first name inverted ("Smith, John"), the others direct; "and" before the last, after a comma.</summary>
    private static string Inverted(IReadOnlyList<PersonName> names)
    {
        var written = names.Select((n, i) => i == 0 ? Sorted(n) : Shown(n)).ToArray();
        return written.Length == 1 ? written[0] : string.Join(", ", written[..^1]) + ", and " + written[^1];
    }

    /// <summary>Names in direct order: "A and B", "A, B, and C".</summary>
    private static string Direct(IReadOnlyList<PersonName> names)
    {
        var written = names.Select(Shown).ToArray();
        return written.Length switch
        {
            1 => written[0],
            2 => $"{written[0]} and {written[1]}",
            _ => string.Join(", ", written[..^1]) + ", and " + written[^1],
        };
    }

    private static string Sorted(PersonName n)
    {
        if (n.IsLiteral) return n.Literal!;
        var given = string.Join(' ', new[] { n.Given, n.DroppingParticle, n.NonDroppingParticle }.Where(p => p is { Length: > 0 }));
        var text = given.Length > 0 ? $"{n.Family}, {given}" : n.Family;
        return n.Suffix is { Length: > 0 } suffix ? $"{text}, {suffix}" : text;
    }

    private static string Shown(PersonName n)
    {
        if (n.IsLiteral) return n.Literal!;
        var text = string.Join(' ', new[] { n.Given, n.DroppingParticle, n.NonDroppingParticle, n.Family }.Where(p => p is { Length: > 0 }));
        return n.Suffix is { Length: > 0 } suffix ? (n.CommaSuffix ? $"{text}, {suffix}" : $"{text} {suffix}") : text;
    }

    /// <summary>Page ranges in Chicago's abbreviated form (CSL page-range-format "chicago"): 45–67, 101–8, 321–28, 1496–1504.</summary>
    public static string PageRange(string page)
    {
        var ranges = page.Split(',', StringSplitOptions.TrimEntries);
        return string.Join(", ", ranges.Select(range =>
        {
            var ends = range.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
            if (ends.Length < 2) return range;
            if (!int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(ends[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last <= first)
                return $"{ends[0]}–{ends[1]}";
            return $"{ends[0]}–{Abbreviated(ends[0], ends[1], first)}";
        }));
    }

    private static string Abbreviated(string first, string last, int from)
    {
        if (from < 100 || from % 100 == 0 || first.Length != last.Length) return last;
        var changed = 0;
        while (changed < first.Length && first[changed] == last[changed]) changed++;
        var digits = last.Length - changed;
        if (from % 100 >= 10) digits = Math.Max(2, digits);
        if (last.Length == 4 && digits >= 3) return last;
        return last[^digits..];
    }
}
