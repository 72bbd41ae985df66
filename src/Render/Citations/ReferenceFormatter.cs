using KhaSite.Load;

namespace KhaSite.Render.Citations;

/// <summary>
/// Formats a bibliography record as HTML in the page's language: Kazakh as a GOST R 7.0.100-2018 bibliographic
/// record (<see cref="GostReference"/>), English in Chicago author-date as Pandoc writes it (<see cref="ChicagoAuthorDate"/>).
/// </summary>
public static class ReferenceFormatter
{
    public static string Format(SourceRecord r, string lang) => lang == "kk" ? GostReference.Format(r) : ChicagoAuthorDate.Format(r);

    /// <summary>The title to show for a record in a language (the English translation of the title where given).</summary>
    public static string DisplayTitle(SourceRecord r, string lang) => lang == "kk" ? r.Title : r["title-en"] ?? r.Title;
}
