using System.Globalization;
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

    /// <summary>The reference as runs of text: titles in italics or quotation marks, the DOI or URL a link.</summary>
    public static ReferenceText Runs(SourceRecord r)
    {
        var parts = new List<ReferenceText>();
        var authors = r.AuthorsEn.Count > 0 ? r.AuthorsEn : r.NamesOf("author");
        var editors = r.NamesOf("editor");
        var news = r.Type is "article-newspaper" or "article-magazine";
        var container = r["container-title"];
        ReferenceText? head = null;
        var titleFirst = false;
        if (authors.Count > 0) head = InLanguage(r, Inverted(authors));
        else if (editors.Count > 0 && r.Type is "book") head = InLanguage(r, Inverted(editors)).Add(editors.Count > 1 ? ", eds" : ", ed");
        else if (news && container is not null) head = new ReferenceText().Italic(container, Lang(r));
        else titleFirst = true;

        var title = Title(r);
        if (titleFirst) parts.Add(title);
        else parts.Add(head!);
        parts.Add(ReferenceText.Of(Year(r)));
        if (!titleFirst && !(news && authors.Count == 0)) parts.Add(title);

        switch (r.Type)
        {
            case "book":
                AddEditorsAndTranslators(r, parts, authors.Count > 0);
                if (r["edition"] is { } edition) parts.Add(ReferenceText.Of(Edition(edition)));
                if (r["volume"] is { } books) parts.Add(ReferenceText.Of("Vol. " + books));
                AddPublisher(r, parts);
                break;
            case "chapter" or "paper-conference" when container is not null:
                {
                    var inBook = ReferenceText.Of("In ").Add(Container(r, container));
                    if (editors.Count > 0) inBook.Add(", edited by " + Direct(editors));
                    if (r["page"] is { } page) inBook.Add(", " + PageRange(page));
                    parts.Add(inBook);
                    AddPublisher(r, parts);
                    break;
                }
            case "article-journal" or "article" when container is not null:
                {
                    var journal = Container(r, container);
                    if (r["volume"] is { } volume)
                    {
                        journal.Add(" " + volume);
                        if (r["issue"] is { } issue) journal.Add(" (" + issue + ")");
                    }
                    else if (r["issue"] is { } issue) journal.Add(", no. " + issue);
                    if (r["page"] is { } page) journal.Add(": " + PageRange(page));
                    parts.Add(journal);
                    break;
                }
            case "article-newspaper" or "article-magazine":
                {
                    var date = FullDate(r.DateOf("issued"));
                    if (authors.Count == 0 && container is not null) parts.Add(title.Add(" " + date));
                    else if (container is not null) parts[^1].Add(" ").Italic(container, Lang(r)).Add(", " + date);
                    else parts[^1].Add(" " + date);
                    break;
                }
            case "webpage" or "post-weblog":
                if (container is not null) parts.Add(ReferenceText.Of(container));
                if (r.DateOf("issued") is { Start.Count: > 0 } issued) parts.Add(ReferenceText.Of(FullDate(issued)));
                else if (r.DateOf("accessed") is { Start.Count: > 0 } accessed) parts.Add(ReferenceText.Of("Accessed " + FullDate(accessed)));
                break;
            case "report":
                if (r["genre"] is { } series) parts.Add(ReferenceText.Of(series + (r["number"] is { } n ? " " + n : "")));
                if (r["collection-title"] is { } collection) parts.Add(ReferenceText.Of(collection));
                AddPublisher(r, parts);
                break;
            case "thesis":
                {
                    var place = Publisher(r);
                    var genre = r["genre"];
                    parts.Add(ReferenceText.Of(genre is not null && place is not null ? $"{genre}, {place}" : genre ?? place ?? ""));
                    break;
                }
            case "interview":
                if (r.NamesOf("interviewer") is { Count: > 0 } interviewers) parts[^1].Add(" Interview by " + Direct(interviewers));
                if (container is not null) parts.Add(new ReferenceText().Italic(container, Lang(r)));
                break;
            default:
                if (container is not null) parts.Add(new ReferenceText().Italic(container, Lang(r)));
                AddPublisher(r, parts);
                break;
        }
        if (r["DOI"] is { } doi) parts.Add(new ReferenceText().Link("https://doi.org/" + doi, "https://doi.org/" + doi));
        else if (r["URL"] is { } url) parts.Add(new ReferenceText().Link(url, url));
        return Join(parts.Where(p => !p.IsEmpty));
    }

    /// <summary>Joins the parts with ". ", without doubling a period a part already ends with ("Jr.", "E. A.", “Title.”).</summary>
    private static ReferenceText Join(IEnumerable<ReferenceText> parts)
    {
        var text = new ReferenceText();
        foreach (var part in parts)
        {
            if (!text.IsEmpty) text.Add(EndsWithPeriod(text) ? " " : ". ");
            text.Add(part);
        }
        if (!EndsWithPeriod(text)) text.Add(".");
        return text;
    }

    /// <summary>Plain text that ends with a period, or a quoted title whose closing punctuation went inside the marks.</summary>
    private static bool EndsWithPeriod(ReferenceText text) => text.Last switch
    {
        { Style: RunStyle.Plain, Text: var plain } => plain.EndsWith('.'),
        { Style: RunStyle.Quoted, Text: var quoted } => quoted.EndsWith('.') || quoted.EndsWith(','),
        _ => false,
    };

    private static ReferenceText Title(SourceRecord r)
    {
        var translation = r["title-en"] is { } en && en != r.Title ? $" [{en}]" : "";
        if (ItalicTitles.Contains(r.Type)) return new ReferenceText().Italic(r.Title, Lang(r)).Add(translation);
        if (r.Type == "interview") return ReferenceText.Of(r.Title + translation);
        var news = r.Type is "article-newspaper" or "article-magazine";
        // The title's closing punctuation goes inside the quotes, as American usage wants.
        var inside = news && r.NamesOf("author").Count == 0 && r.AuthorsEn.Count == 0 ? "," : translation.Length > 0 ? "" : ".";
        return new ReferenceText().Quoted(r.Title + inside, Lang(r)).Add(translation);
    }

    /// <summary>Names and places written in a non-Latin script are in the record's language (a transliterated one is not).</summary>
    private static ReferenceText InLanguage(SourceRecord r, string text) =>
        Lang(r) is { } lang && text.Any(c => c is >= '\u0400' and <= '\u04FF') ? new ReferenceText().InLanguage(text, lang) : ReferenceText.Of(text);

    /// <summary>
    /// A title in another language than English is marked with its record's <c>language</c> (WCAG 3.1.2), which
    /// Pandoc does not do; an English record or one without a valid language tag is written as Pandoc writes it.
    /// </summary>
    private static string? Lang(SourceRecord r) =>
        r["language"] is { } lang && Safety.LanguageTag.IsValid(lang)
        && !string.Equals(lang.Split('-')[0], StyleLanguage.Code, StringComparison.OrdinalIgnoreCase) ? lang : null;

    /// <summary>The language this style's own words are in ("In", "eds", "Interview by", the months).</summary>
    private static readonly Language StyleLanguage = LanguageDefaults.English;

    /// <summary>The container in italics, with KhaSite's <c>container-title-en</c> after it in brackets.</summary>
    private static ReferenceText Container(SourceRecord r, string container) =>
        new ReferenceText().Italic(container, Lang(r)).Add(r["container-title-en"] is { } en && en != container ? $" [{en}]" : "");

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

    private static void AddEditorsAndTranslators(SourceRecord r, List<ReferenceText> parts, bool hasAuthor)
    {
        if (hasAuthor && r.NamesOf("editor") is { Count: > 0 } editors) parts.Add(ReferenceText.Of("Edited by " + Direct(editors)));
        if (r.NamesOf("translator") is { Count: > 0 } translators) parts.Add(ReferenceText.Of("Translated by " + Direct(translators)));
    }

    private static void AddPublisher(SourceRecord r, List<ReferenceText> parts)
    {
        if (Publisher(r) is { } publisher) parts.Add(InLanguage(r, publisher));
    }

    private static string? Publisher(SourceRecord r) => (r["publisher-place"], r["publisher"]) switch
    {
        ({ } place, { } publisher) => $"{place}: {publisher}",
        (null, { } publisher) => publisher,
        ({ } place, null) => place,
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
