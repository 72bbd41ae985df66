using System.Globalization;
using KhaSite.Load;
using KhaSite.Load.Csl;

namespace KhaSite.Render.Citations;

/// <summary>
/// A Kazakh reference as a bibliographic record after GOST R 7.0.100-2018 (with the Kazakh terms: <c>Б.</c> бет,
/// <c>Т.</c> том, <c>ред.</c>, <c>ауд.</c>, <c>т.б.</c>, <c>бас.</c>, <c>[б. ж.]</c>): heading
/// <c>Фамилия, И. О.</c> for one to three authors; title; after <c>/</c> the authors as on the title page (four in
/// full, five or more the first three and <c>[т.б.]</c>), editors and translators after <c>;</c>; <c>//</c> and the
/// container for a part of a work; areas separated by <c>. – </c>: edition, <c>Place : Publisher, Year</c>,
/// volume and number, pages, series, ISBN, DOI, URL with the date it was seen.
/// </summary>
public static class GostReference
{
    /// <summary>The record as runs of text, its DOI and URL links (terms in the page's script, <see cref="ReferenceScript"/>).</summary>
    public static ReferenceText Runs(SourceRecord r, Language language)
    {
        string T(string term) => ReferenceScript.Term(term, language);
        ReferenceText F(string field) => new ReferenceText().Field(field, r, language);
        var authors = r.NamesOf("author");
        var areas = new List<ReferenceText>();
        var first = new ReferenceText();
        // A heading names a person; a body (literal name) is named only after the title, as GOST R 7.0.100 wants.
        if (authors.Count is >= 1 and <= 3 && !authors[0].IsLiteral) first.Add(F(Heading(authors[0]))).Add(" ");
        first.Add(F(r.Title));
        var about = About(r, language);
        if (about is not null) first.Add(" : ").Add(about);
        var responsibility = new List<ReferenceText>();
        if (authors.Count > 0)
            responsibility.Add(F(string.Join(", ", authors.Take(authors.Count > 4 ? 3 : 4).Select(Shown))).Add(authors.Count > 4 ? T(" [т.б.]") : ""));
        if (r.NamesOf("interviewer") is { Count: > 0 } interviewers) responsibility.Add(ReferenceText.Of(T("сұхбат алған ")).Add(F(string.Join(", ", interviewers.Select(Shown)))));
        if (r.NamesOf("translator") is { Count: > 0 } translators) responsibility.Add(ReferenceText.Of(T("ауд. ")).Add(F(string.Join(", ", translators.Select(Shown)))));
        var container = r["container-title"];
        var part = container is not null && r.Type is not ("book" or "report" or "thesis" or "legislation");
        if (!part && r.NamesOf("editor") is { Count: > 0 } editors) responsibility.Add(ReferenceText.Of(T("ред. ")).Add(F(string.Join(", ", editors.Select(Shown)))));
        for (var i = 0; i < responsibility.Count; i++) first.Add(i == 0 ? " / " : " ; ").Add(responsibility[i]);
        if (part)
        {
            first.Add(" // ").Add(F(container!));
            if (r.NamesOf("editor") is { Count: > 0 } bookEditors) first.Add(T(" / ред. ")).Add(F(string.Join(", ", bookEditors.Select(Shown))));
        }
        else if (r["authority"] is { } authority) first.Add(" // ").Add(F(authority));
        areas.Add(first);

        if (r["edition"] is { } edition) areas.Add(int.TryParse(edition, CultureInfo.InvariantCulture, out var n) ? ReferenceText.Of(T($"{n}-бас.")) : F(edition));
        var date = Date(r, language);
        // A part of a journal or newspaper gives its issue's date; a part of a book gives the book's imprint.
        if (part && r.Type is not ("chapter" or "paper-conference" or "entry" or "entry-dictionary" or "entry-encyclopedia")) areas.Add(ReferenceText.Of(date));
        else
        {
            var place = r["publisher-place"] ?? r["event-place"];
            var publisher = r["publisher"];
            var imprint = new ReferenceText();
            if (place is not null) imprint.Add(F(place));
            if (publisher is not null) imprint.Add(place is null ? "" : " : ").Add(F(publisher));
            areas.Add(imprint.IsEmpty ? ReferenceText.Of(date) : imprint.Add(", " + date));
        }
        var numbers = new List<string>();
        if (r["volume"] is { } volume) numbers.Add($"{T("Т.")} {volume}");
        if (r["issue"] is { } issue) numbers.Add($"№ {issue}");
        if (r["number"] is { } number && r.Type is not ("report")) numbers.Add($"№ {number}");
        if (numbers.Count > 0) areas.Add(ReferenceText.Of(string.Join(", ", numbers)));
        if (r["page"] is { } page) areas.Add(ReferenceText.Of($"{T("Б.")} {page.Replace('-', '–')}"));
        else if (r["number-of-pages"] is { } pages) areas.Add(ReferenceText.Of($"{pages} {T("б.")}"));
        if (r["collection-title"] is { } collection) areas.Add(ReferenceText.Of("(").Add(F(collection)).Add(")"));
        if (r["ISBN"] is { } isbn) areas.Add(ReferenceText.Of($"ISBN {isbn}"));
        if (r["DOI"] is { } doi) areas.Add(ReferenceText.Of("DOI: ").Link("https://doi.org/" + doi, doi));
        // A URL that is only the DOI's link says nothing the DOI does not.
        if (r["URL"] is { } url && !(r["DOI"] is { } d && url.Equals("https://doi.org/" + d, StringComparison.OrdinalIgnoreCase)))
            areas.Add(ReferenceText.Of("URL: ").Link(url, url).Add(r.DateOf("accessed") is { Start.Count: 3 } seen ? $" ({T("қаралған күні")}: {seen.Start[2]:00}.{seen.Start[1]:00}.{seen.Start[0]})" : ""));
        return Join(areas);
    }

    /// <summary>Areas joined by ". – ", a period an area ends with ("2-бас.", "Jr.") not doubled.</summary>
    private static ReferenceText Join(IEnumerable<ReferenceText> areas)
    {
        var text = new ReferenceText();
        foreach (var area in areas)
        {
            if (!text.IsEmpty) text.Add(EndsWithPeriod(text) ? " – " : ". – ");
            text.Add(area);
        }
        if (!EndsWithPeriod(text)) text.Add(".");
        return text;
    }

    /// <summary>Whether plain text ends the reference with a period (after a link, a period still follows).</summary>
    private static bool EndsWithPeriod(ReferenceText text) => text.Last is { Style: RunStyle.Plain, Text: var last } && last.EndsWith('.');

    /// <summary>What GOST puts after the title (": PhD diss.", ": сұхбат", the genre and number of a report).</summary>
    private static ReferenceText? About(SourceRecord r, Language language) => r.Type switch
    {
        "report" => r["genre"] is { } genre ? new ReferenceText().Field(genre, r, language).Add(r["number"] is { } n ? " № " + n : "")
            : r["number"] is { } number ? ReferenceText.Of("№ " + number) : null,
        "thesis" => r["genre"] is { } thesis ? new ReferenceText().Field(thesis, r, language) : null,
        "interview" => ReferenceText.Of(ReferenceScript.Term("сұхбат", language)),
        "paper-conference" when r["container-title"] is null => r["event-title"] is { } eventTitle ? new ReferenceText().Field(eventTitle, r, language) : null,
        _ => null,
    };

    private static string Date(SourceRecord r, Language language)
    {
        var issued = r.DateOf("issued");
        if (issued is not { Year: not null }) return ReferenceScript.Term("[б. ж.]", language);
        // A newspaper issue and a law are known by their day.
        if (r.Type is "article-newspaper" or "article-magazine" or "legislation" or "treaty" && issued.Start.Count > 1)
            return DateText.Format(new Model.PartialDate(issued.Start[0], issued.Start[1], issued.Start.Count > 2 ? issued.Start[2] : null), language);
        return issued.Start[0].ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"Абдраимов, Е. А.": family, comma, initials (GOST's heading).</summary>
    private static string Heading(PersonName n)
    {
        if (n.IsLiteral) return n.Literal!;
        var initials = Initials(n.Given);
        var heading = initials.Length > 0 ? $"{n.FullFamily}, {initials}" : n.FullFamily;
        return n.Suffix is { Length: > 0 } suffix ? $"{heading}, {suffix}" : heading;
    }

    /// <summary>"Е. А. Абдраимов": initials, then family (GOST's statement of responsibility).</summary>
    private static string Shown(PersonName n)
    {
        if (n.IsLiteral) return n.Literal!;
        var initials = Initials(n.Given);
        var family = n.FullFamily + (n.Suffix is { Length: > 0 } s ? " " + s : "");
        return initials.Length > 0 ? $"{initials} {family}" : family;
    }

    /// <summary>"Kassym-Jomart" → "K.-J.", "Martin Luther" → "M. L.", "Е. А." stays.</summary>
    private static string Initials(string given) =>
        string.Join(' ', given.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Join('-', word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.IsLetter(p[0]) ? p[0] + "." : p))));
}
