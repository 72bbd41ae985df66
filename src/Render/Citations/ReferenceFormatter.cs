using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KhaSite.Load;

namespace KhaSite.Render.Citations;

/// <summary>
/// Formats a bibliography record as HTML in the page language's reference style: GOST R 7.0.100-2018 bibliographic
/// records (<see cref="GostReference"/>) or Chicago author-date as Pandoc writes it (<see cref="ChicagoAuthorDate"/>).
/// </summary>
public static class ReferenceFormatter
{
    /// <summary>
    /// Each record's formatted reference per language, made once: a source is listed on every page that cites it
    /// (4 % of a build's time went into formatting the same records again). Weak keys: the records of an earlier build
    /// (the preview's) are dropped with it.
    /// </summary>
    private static readonly ConditionalWeakTable<SourceRecord, ConcurrentDictionary<Language, string>> Formatted = new();

    public static string Format(SourceRecord r, Language language) =>
        Formatted.GetValue(r, _ => new ConcurrentDictionary<Language, string>(ReferenceEqualityComparer.Instance))
            .GetOrAdd(language, l => FormatAnew(r, l));

    private static string FormatAnew(SourceRecord r, Language language)
    {
        var html = Html.Reference(Runs(r, language));
        // A GOST record in another script than the page's is read in the record's language as a whole (Chicago marks
        // its titles run by run).
        return language.References == ReferenceStyle.Gost && RecordLanguage.Of(r, html, language) is { } lang
            ? Html.SpanStart(lang, null) + html + Html.SpanEnd
            : html;
    }

    /// <summary>The reference's text without its markup (a page summary, the search index, the sort key): the same
    /// words and marks as <see cref="Format"/>, joined from its runs rather than stripped from its HTML.</summary>
    public static string PlainText(SourceRecord r, Language language) => Runs(r, language).PlainText;

    /// <summary>The reference as runs of text in the language's reference style.</summary>
    private static ReferenceText Runs(SourceRecord r, Language language) => language.References switch
    {
        ReferenceStyle.Gost => GostReference.Runs(r, language),
        ReferenceStyle.Chicago => ChicagoAuthorDate.Runs(r),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language.References, "no such reference style"),
    };

    /// <summary>The title to show for a record in a language (its translation of the title where given, as <c>title-en</c>).</summary>
    public static string DisplayTitle(SourceRecord r, Language language) => language.Field(r, "title") ?? r.Title;
}
