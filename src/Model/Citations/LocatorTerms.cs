using System.Text.RegularExpressions;

namespace KhaSite.Model.Citations;

/// <summary>
/// The locator terms of Pandoc's citation syntax (the CSL locator types), as written in English (CSL en-US locale:
/// <c>p.</c>, <c>chap.</c>, <c>sec.</c> …, singular or plural, short or long) and in Kazakh (<c>б.</c>, <c>бб.</c>,
/// <c>т.</c>, <c>тар.</c> …), and how each language writes them back.
/// </summary>
public static partial class LocatorTerms
{
    /// <summary>One CSL locator type: its English and Kazakh short forms (singular, plural) and every form a writer may use.</summary>
    public sealed record Term(string Name, string En, string EnPlural, string Kk, string KkPlural, string[] Forms);

    public static readonly IReadOnlyList<Term> All =
    [
        new("page", "p.", "pp.", "б.", "бб.", ["p.", "pp.", "page", "pages", "б.", "бб.", "бет", "беттер"]),
        new("book", "bk.", "bks.", "кіт.", "кіт.", ["bk.", "bks.", "book", "books", "кіт.", "кітап"]),
        new("chapter", "chap.", "chaps.", "тар.", "тар.", ["chap.", "chaps.", "chapter", "chapters", "ch.", "тар.", "тарау"]),
        new("column", "col.", "cols.", "баған", "бағандар", ["col.", "cols.", "column", "columns", "баған", "бағандар"]),
        new("figure", "fig.", "figs.", "сур.", "сур.", ["fig.", "figs.", "figure", "figures", "сур.", "сурет"]),
        new("folio", "fol.", "fols.", "пар.", "пар.", ["fol.", "fols.", "folio", "folios", "пар.", "парақ"]),
        new("number", "no.", "nos.", "№", "№№", ["no.", "nos.", "number", "numbers", "№", "№№", "нөмір"]),
        new("line", "l.", "ll.", "жол", "жолдар", ["l.", "ll.", "line", "lines", "жол", "жолдар"]),
        new("note", "n.", "nn.", "ескерт.", "ескерт.", ["n.", "nn.", "note", "notes", "ескерт.", "ескертпе"]),
        new("opus", "op.", "opp.", "шығ.", "шығ.", ["op.", "opp.", "opus", "opera", "шығ."]),
        new("paragraph", "para.", "paras.", "абз.", "абз.", ["para.", "paras.", "paragraph", "paragraphs", "¶", "¶¶", "абз.", "абзац"]),
        new("part", "pt.", "pts.", "бөл.", "бөл.", ["pt.", "pts.", "part", "parts", "бөл.", "бөлік"]),
        new("section", "sec.", "secs.", "§", "§§", ["sec.", "secs.", "section", "sections", "§", "§§", "бөлім"]),
        new("sub-verbo", "s.v.", "s.vv.", "s.v.", "s.vv.", ["s.v.", "s.vv.", "sub verbo", "sub verbis"]),
        new("verse", "v.", "vv.", "тармақ", "тармақтар", ["v.", "vv.", "verse", "verses", "тармақ"]),
        new("volume", "vol.", "vols.", "т.", "т.", ["vol.", "vols.", "volume", "volumes", "т.", "том"]),
    ];

    private static readonly (string Form, Term Term)[] FormsLongestFirst =
        All.SelectMany(t => t.Forms.Select(f => (f, t))).OrderByDescending(p => p.f.Length).ThenBy(p => p.f, StringComparer.Ordinal).ToArray();

    public static Term Page => All[0];

    /// <summary>A locator read from a citation: its term, its value (<c>33–35, 38</c>) and how many characters of the text it took.</summary>
    public sealed record Match(Term Term, string Value, int Length);

    /// <summary>
    /// Reads a locator at the start of <paramref name="text"/>: a term and a value (<c>p. 33</c>, <c>chap. 2</c>,
    /// <c>§ 4</c>), a Kazakh value with its term after it (<c>11-б.</c>), or a bare value starting with a digit, which is a page.
    /// </summary>
    public static Match? Read(string text)
    {
        foreach (var (form, term) in FormsLongestFirst)
        {
            if (!text.StartsWith(form, StringComparison.OrdinalIgnoreCase)) continue;
            // A form that is a word must end where the word ends ("part" is not the start of "particularly").
            if (form[^1] != '.' && form.Length < text.Length && char.IsLetter(text[form.Length])) continue;
            var rest = form.Length;
            while (rest < text.Length && text[rest] is ' ' or '\u00A0' or '\n') rest++;
            var value = Value().Match(text, rest);
            // A term with nothing after it is a locator without a value (the caller reports it); followed by words it is no locator.
            if (!value.Success || value.Index != rest) return text[rest..].Trim().Length == 0 ? new Match(term, "", text.Length) : null;
            return new Match(term, value.Value, value.Index + value.Length);
        }
        var suffixed = KazakhSuffixed().Match(text);
        if (suffixed.Success)
            return new Match(Page, suffixed.Groups["value"].Value, suffixed.Length);
        var bare = Value().Match(text);
        if (bare.Success && bare.Index == 0 && char.IsDigit(bare.Value[0])) return new Match(Page, bare.Value, bare.Length);
        return null;
    }

    /// <summary>Finds a term by any of its forms (for a locator written in full, like <c>chapter 2</c>).</summary>
    public static Term? Find(string form) => FormsLongestFirst.FirstOrDefault(p => string.Equals(p.Form, form, StringComparison.OrdinalIgnoreCase)).Term;

    /// <summary>True when the value names more than one page, chapter … (a range or a list): the plural term is used.</summary>
    public static bool IsPlural(string value) => value.IndexOfAny([',', '-', '–', '—', '&']) >= 0 || value.Contains(" and ", StringComparison.Ordinal);

    // A locator value: numbers (arabic or roman, optionally with a letter or in parentheses) joined by ranges and commas.
    [GeneratedRegex(@"(?:\(?(?:[0-9]+[a-z]?|[ivxlcdmIVXLCDM]+)\)?)(?:\s*[-–—]\s*\(?(?:[0-9]+[a-z]?|[ivxlcdmIVXLCDM]+)\)?)?(?:\s*[,&]\s*\(?(?:[0-9]+[a-z]?|[ivxlcdmIVXLCDM]+)\)?(?:\s*[-–—]\s*\(?(?:[0-9]+[a-z]?|[ivxlcdmIVXLCDM]+)\)?)?)*(?![\p{L}\p{N}])")]
    private static partial Regex Value();

    [GeneratedRegex(@"^(?<value>[0-9]+(?:\s*[-–—]\s*[0-9]+)?)\s*-\s*(?<term>бб|б|беттер|бет)\.?(?![\p{L}\p{N}])")]
    private static partial Regex KazakhSuffixed();
}
