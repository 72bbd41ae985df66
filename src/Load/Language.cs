using System.Globalization;

namespace KhaSite.Load;

/// <summary>
/// One language (or script variant) of the site: how its pages are tagged and how text is formatted in it. Read from
/// <c>site.yml</c>'s <c>languages</c> over the defaults of <see cref="LanguageDefaults"/>, the way Hugo's
/// <c>langs.Language</c> carries a language's settings; code asks this record, never compares a language code.
/// </summary>
/// <param name="Code">the code of the folder and the URL (<c>kk</c>, <c>en</c>, <c>kk-latn</c>), also the pages' <c>lang</c></param>
/// <param name="CultureName">the .NET culture that writes month names, case and numbers (<c>kk-KZ</c>)</param>
/// <param name="OgLocale">Open Graph's <c>og:locale</c> (<c>kk_KZ</c>)</param>
/// <param name="BibTexName">the language's name in BibTeX's <c>language</c> field (babel's: <c>kazakh</c>)</param>
/// <param name="FieldSuffix">the suffix of the bibliography's fields in this language (<c>-en</c> reads <c>title-en</c>,
/// <c>note-en</c>, <c>author-en</c>); empty for the language the sources are written in</param>
/// <param name="Script">the ISO 15924 script (<c>Cyrl</c>, <c>Latn</c>)</param>
/// <param name="CollationName">the culture whose alphabet orders titles, the index and lists, or an alphabet of
/// <see cref="AlphabetOrder"/> (<c>kk-Latn-2021</c>)</param>
public sealed record Language(
    string Code,
    string CultureName,
    string OgLocale,
    string BibTexName,
    string FieldSuffix,
    string Script,
    string CollationName,
    TextDirection Direction,
    DateFormat Dates,
    NumberFormat Numbers,
    ReferenceStyle References,
    ProseNumberRules ProseNumbers)
{
    /// <summary>The quotation marks straight quotes become (<see cref="Typography"/>).</summary>
    public QuoteMarks Quotes { get; init; } = QuoteMarks.English;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(CultureName);

    /// <summary>
    /// The language this edition is made from at build time, converted to <see cref="Script"/> (<c>from: kk</c> with
    /// <c>script: Latn</c>): it has no Markdown files nor texts of its own. Null for a language written by hand.
    /// </summary>
    public string? From { get; init; }

    /// <summary>The BCP 47 tag of <c>lang</c> and <c>hreflang</c>: the code with a script subtag title-cased (<c>kk-Latn</c>).</summary>
    public string Tag => string.Join('-', Code.Split('-').Select((part, i) =>
        i > 0 && part.Length == 4 && part.All(char.IsAsciiLetter) ? char.ToUpperInvariant(part[0]) + part[1..] : part));

    /// <summary>Alphabetical order in this language, ignoring case: an alphabet's own (<see cref="AlphabetOrder"/>), else the culture's.</summary>
    public StringComparer Collation => AlphabetOrder.Find(CollationName) ?? StringComparer.Create(CultureInfo.GetCultureInfo(CollationName), ignoreCase: true);

    /// <summary>The letter a text is filed under in this language's indexes (its first character as a capital).</summary>
    public string Initial(string text) =>
        AlphabetOrder.Find(CollationName) is { } alphabet ? alphabet.Initial(text) : text.Length == 0 ? "" : text[..1].ToUpper(Culture);

    /// <summary>The bibliography's own fields are in this language (it has no field suffix).</summary>
    public bool ReadsOriginalFields => FieldSuffix.Length == 0;

    /// <summary>A text field of a bibliography record in this language (<c>note-en</c>), else as the record gives it (<c>note</c>).</summary>
    public string? Field(SourceRecord record, string field) =>
        (ReadsOriginalFields ? record[field] : record[field + FieldSuffix] ?? record[field]) is { } text ? new Typography(Quotes).Apply(text) : null;

    /// <summary>A name list of a bibliography record in this language (<c>author-en</c>), else as the record gives it.</summary>
    public IReadOnlyList<PersonName> Names(SourceRecord record, string variable) =>
        !ReadsOriginalFields && record.NamesOf(variable + FieldSuffix) is { Count: > 0 } names ? names : record.NamesOf(variable);
}

public enum TextDirection { Ltr, Rtl }

/// <summary>How citations and reference lists are written in a language.</summary>
public enum ReferenceStyle
{
    /// <summary>GOST R 7.0.100-2018 records and GOST R 7.0.5 in-text names, with the Kazakh terms (<c>Б.</c>, <c>т.б.</c>).</summary>
    Gost,

    /// <summary>Chicago author-date as Pandoc's CSL writes it, with the English terms (<c>pp.</c>, <c>et al.</c>).</summary>
    Chicago,
}

/// <summary>The words around a number that make it no figure (a year, a date, an article number) for the prose check.</summary>
public enum ProseNumberRules
{
    /// <summary>Only the rules every language shares.</summary>
    None,
    Kazakh,
    English,
}

/// <summary>
/// Dates as a language writes them: a pattern for a day and one for a month, with <c>{day}</c>, <c>{month}</c> and
/// <c>{year}</c>; a year alone is the year's digits.
/// </summary>
public sealed record DateFormat(string Day, string Month, IReadOnlyList<string> MonthNames)
{
    public static readonly string[] Placeholders = ["{day}", "{month}", "{year}"];
}

/// <summary>Numbers as a language writes them: its decimal and group separators, and whether a space precedes <c>%</c>.</summary>
public sealed record NumberFormat(string DecimalSeparator, string GroupSeparator, bool SpaceBeforePercent);
