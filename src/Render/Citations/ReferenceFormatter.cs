using KhaSite.Load;

namespace KhaSite.Render.Citations;

/// <summary>
/// Formats a bibliography record as HTML in the page language's reference style: GOST R 7.0.100-2018 bibliographic
/// records (<see cref="GostReference"/>) or Chicago author-date as Pandoc writes it (<see cref="ChicagoAuthorDate"/>).
/// </summary>
public static class ReferenceFormatter
{
    public static string Format(SourceRecord r, Language language) => language.References switch
    {
        // A GOST record in another script than the page's is read in the record's language as a whole (Chicago marks
        // its titles run by run).
        ReferenceStyle.Gost => GostReference.Format(r, language) is var html && RecordLanguage.Of(r, html, language) is { } lang
            ? Html.SpanStart(lang, null) + html + Html.SpanEnd
            : GostReference.Format(r, language),
        ReferenceStyle.Chicago => ChicagoAuthorDate.Format(r),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language.References, "no such reference style"),
    };

    /// <summary>The reference's text without its markup (a page summary, the search index, the sort key): the same
    /// words and marks as <see cref="Format"/>, joined from its runs rather than stripped from its HTML.</summary>
    public static string PlainText(SourceRecord r, Language language) => (language.References switch
    {
        ReferenceStyle.Gost => GostReference.Runs(r, language),
        ReferenceStyle.Chicago => ChicagoAuthorDate.Runs(r),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language.References, "no such reference style"),
    }).PlainText;

    /// <summary>The title to show for a record in a language (its translation of the title where given, as <c>title-en</c>).</summary>
    public static string DisplayTitle(SourceRecord r, Language language) => language.Field(r, "title") ?? r.Title;
}
