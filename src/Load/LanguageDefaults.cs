using System.Globalization;

namespace KhaSite.Load;

/// <summary>
/// The settings of the languages KhaSite knows before <c>site.yml</c> says anything: Kazakh (the sources' language)
/// and English. This is the one place language codes are spelled in code; <c>site.yml</c> may override any field
/// of these and add languages (docs/languages.md).
/// </summary>
public static class LanguageDefaults
{
    public static readonly Language Kazakh = new(
        Code: "kk",
        CultureName: "kk-KZ",
        OgLocale: "kk_KZ",
        BibTexName: "kazakh",
        FieldSuffix: "",
        Script: "Cyrl",
        CollationName: "kk-KZ",
        Direction: TextDirection.Ltr,
        Dates: new DateFormat("{year} жылғы {day} {month}", "{month} {year}",
            ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]),
        Numbers: new NumberFormat(",", "\u00a0", SpaceBeforePercent: true),
        References: ReferenceStyle.Gost,
        ProseNumbers: ProseNumberRules.Kazakh)
    { Quotes = QuoteMarks.Guillemets };

    public static readonly Language English = new(
        Code: "en",
        CultureName: "en",
        OgLocale: "en_GB",
        BibTexName: "english",
        FieldSuffix: "-en",
        Script: "Latn",
        CollationName: "en",
        Direction: TextDirection.Ltr,
        Dates: new DateFormat("{day} {month} {year}", "{month} {year}",
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
        Numbers: new NumberFormat(".", ",", SpaceBeforePercent: false),
        References: ReferenceStyle.Chicago,
        ProseNumbers: ProseNumberRules.English);

    /// <summary>The language messages for contributors are written in (the preview's error page).</summary>
    public const string MessagesLanguage = "en";

    private static readonly Language[] Known = [Kazakh, English];

    /// <summary>The codes KhaSite has defaults for.</summary>
    public static IEnumerable<string> Codes => Known.Select(l => l.Code);

    /// <summary>The known defaults of <paramref name="code"/>, or null for a language KhaSite has no defaults for.</summary>
    public static Language? Find(string code) => Known.FirstOrDefault(l => l.Code == code);

    /// <summary>
    /// A language KhaSite has no defaults for, from its .NET culture alone: the culture's month names and separators,
    /// day-month-year dates, Chicago references, and bibliography fields suffixed with its code.
    /// </summary>
    public static Language FromCulture(string code, CultureInfo culture) => new(
        Code: code,
        CultureName: culture.Name,
        OgLocale: culture.Name.Replace('-', '_'),
        BibTexName: culture.Parent.EnglishName.Length > 0 && culture.Parent != CultureInfo.InvariantCulture
            ? culture.Parent.EnglishName.ToLowerInvariant() : culture.EnglishName.ToLowerInvariant(),
        FieldSuffix: "-" + code,
        Script: "",
        CollationName: culture.Name,
        Direction: culture.TextInfo.IsRightToLeft ? TextDirection.Rtl : TextDirection.Ltr,
        Dates: new DateFormat("{day} {month} {year}", "{month} {year}", culture.DateTimeFormat.MonthNames.Take(12).ToArray()),
        Numbers: new NumberFormat(culture.NumberFormat.NumberDecimalSeparator, culture.NumberFormat.NumberGroupSeparator, SpaceBeforePercent: false),
        References: ReferenceStyle.Chicago,
        ProseNumbers: ProseNumberRules.None);
}
