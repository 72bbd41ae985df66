using System.Text;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Model.Facts;
using KhaSite.Render.Citations;

namespace KhaSite.Render.Data;

/// <summary>
/// Figure references in the text fields of <c>input/data/</c> and front matter (timeline titles and texts, dataset
/// descriptions, glossary definitions, article titles and summaries, infobox values): each <c>[#id]</c> becomes its
/// number in the language's format, as in prose. <see cref="Substitute"/> is the plain-text form (feeds, ICS, CSV, JSON,
/// meta, search), <see cref="Html(string, SiteModel, string)"/> the HTML form with the date the figure describes.
/// </summary>
public static class FigureText
{
    public static string Substitute(string text, SiteModel model, string lang) =>
        !text.Contains("[#", StringComparison.Ordinal) ? text : FigureReference.InText().Replace(text, m =>
            Figures.Find(model, m.Groups[1].Value) is { } figure ? Number(figure, model, lang) : m.Value);

    /// <summary>A figure reference of prose as plain text (feeds, the search index).</summary>
    public static string Plain(FactInline fact, SiteModel model, string lang) => Substitute("[#" + fact.Reference + "]", model, lang);

    /// <summary>A field's text in a language, figures substituted (null when the field is absent).</summary>
    public static string? Substitute(LocalizedText? field, SiteModel model, string lang) =>
        field is null ? null : Substitute(field[lang], model, lang);

    /// <summary>An article's title as every output shows it: its figures in the article language's format.</summary>
    public static string TitleText(this ArticleVersion version, SiteModel model) => Substitute(version.Title, model, version.Lang);

    /// <summary>An article's summary as every output shows it (meta description, lists, feeds, JSON-LD, search).</summary>
    public static string SummaryText(this ArticleVersion version, SiteModel model) => Substitute(version.Summary, model, version.Lang);

    /// <summary>The text HTML-escaped, each figure as <c>&lt;data&gt;</c> with its date, as <see cref="FactHtmlRenderer"/> writes prose.</summary>
    public static string Html(string text, SiteModel model, string lang)
    {
        if (!text.Contains("[#", StringComparison.Ordinal)) return Escape(text);
        var html = new StringBuilder();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in FigureReference.InText().Matches(text))
        {
            html.Append(Escape(text[at..m.Index]));
            html.Append(Figures.Find(model, m.Groups[1].Value) is { } figure ? Html(figure, model, lang) : Escape(m.Value));
            at = m.Index + m.Length;
        }
        return html.Append(Escape(text[at..])).ToString();
    }

    /// <summary>
    /// A figure as <c>&lt;data value&gt;</c> in the language's number format, titled with the date it describes, or
    /// "as reported in …" for a value its source does not date.
    /// </summary>
    public static string Html(FigureValue figure, SiteModel model, string lang)
    {
        var t = model.Strings(lang);
        var when = figure.Date is { } date ? DateText.Format(date, model.Language(lang))
            : figure.Reported is { } reported ? t.Format("statistics.reported", reported.Year)
            : t["statistics.undated"];
        var html = new StringBuilder(figure.Date is null ? "<data class=\"figure figure--undated\" value=\"" : "<data class=\"figure\" value=\"")
            .Append(Escape(NumberText.Invariant(figure.Value))).Append('"');
        if (when is not null) html.Append(" title=\"").Append(Escape(when)).Append('"');
        return html.Append('>').Append(Escape(Number(figure, model, lang))).Append("</data>").ToString();
    }

    private static string Escape(string text) => Citations.Html.Escape(text);

    private static string Number(FigureValue figure, SiteModel model, string lang) => NumberText.Format(figure.Value, figure.Unit, model.Language(lang), decimals: figure.Decimals);
}
