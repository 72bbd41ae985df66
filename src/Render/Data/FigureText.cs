using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Model.Facts;
using KhaSite.Model.LanguageSpans;

namespace KhaSite.Render.Data;

/// <summary>A run of a text with figures: plain text, or a figure (<see cref="Figure"/> set); <see cref="Lang"/> when the
/// run is other-language text written as <c>[text]{lang=kk}</c>.</summary>
public sealed record FigureTextPart(string Text, FigureView? Figure, string? Lang = null);

/// <summary>
/// Figure references in the text fields of <c>input/data/</c> and front matter (timeline titles and texts, dataset
/// descriptions, glossary definitions, article titles and summaries, infobox values): each <c>[#id]</c> becomes its
/// number in the language's format, as in prose; the plain text every output (pages, feeds, ICS, CSV, JSON, meta,
/// search) writes.
/// </summary>
public static class FigureText
{
    /// <summary>A text with figures for the theme: its runs of plain text and its figures, each drawn by <c>FigureNumber</c>.</summary>
    public static IReadOnlyList<FigureTextPart> Parts(string text, SiteModel model, string lang)
    {
        var parts = new List<FigureTextPart>();
        foreach (var run in LanguageSpanText.Parts(text))
        {
            if (run.Span is not null)
            {
                parts.Add(new FigureTextPart(Substitute(run.Text, model, lang), null, run.Lang));
                continue;
            }
            var at = 0;
            var written = run.Text;
            foreach (System.Text.RegularExpressions.Match m in FigureReference.InText().Matches(written))
            {
                if (Figures.Find(model, m.Groups[1].Value) is not { } figure) continue;
                if (m.Index > at) parts.Add(new FigureTextPart(written[at..m.Index], null));
                parts.Add(new FigureTextPart("", View(figure, model, lang)));
                at = m.Index + m.Length;
            }
            if (at < written.Length) parts.Add(new FigureTextPart(written[at..], null));
        }
        return parts;
    }

    /// <summary>
    /// The runs of a text that marks other-language words (<c>[text]{lang=kk}</c>), for the theme; null when it marks
    /// none, so the theme writes the plain text as before.
    /// </summary>
    public static IReadOnlyList<FigureTextPart>? Marked(string? text, SiteModel model, string lang) =>
        text is not null && LanguageSpanText.Parts(text).Any(p => p.Span is not null) ? Parts(text, model, lang) : null;

    /// <summary>A text with figures for the theme, figures substituted (null when the field is absent).</summary>
    public static IReadOnlyList<FigureTextPart>? Parts(LocalizedText? field, SiteModel model, string lang) =>
        field is null ? null : Parts(field[lang], model, lang);

    /// <summary>A figure as the theme draws it: machine value, the date it describes (or "as reported in …"), the number.</summary>
    public static FigureView View(FigureValue figure, SiteModel model, string lang)
    {
        var t = model.Strings(lang);
        var when = figure.Date is { } date ? DateText.Format(date, model.Language(lang))
            : figure.Reported is { } reported ? t.Format("statistics.reported", reported.Year)
            : t["statistics.undated"];
        return new FigureView(NumberText.Invariant(figure.Value), when, figure.Date is not null,
            NumberText.Format(figure.Value, figure.Unit, model.Language(lang), t, decimals: figure.Decimals));
    }

    /// <summary>The plain text: figures in the language's format, language spans without their brackets.</summary>
    public static string Substitute(string text, SiteModel model, string lang) => Figured(LanguageSpanText.Plain(text), model, lang);

    private static string Figured(string text, SiteModel model, string lang) =>
        !text.Contains("[#", StringComparison.Ordinal) ? text : FigureReference.InText().Replace(text, m =>
            Figures.Find(model, m.Groups[1].Value) is { } figure
                ? NumberText.Format(figure.Value, figure.Unit, model.Language(lang), model.Strings(lang), decimals: figure.Decimals)
                : m.Value);

    /// <summary>A figure reference of prose as plain text (feeds, the search index).</summary>
    public static string Plain(FactInline fact, SiteModel model, string lang) => Substitute("[#" + fact.Reference + "]", model, lang);

    /// <summary>A field's text in a language, figures substituted (null when the field is absent).</summary>
    public static string? Substitute(LocalizedText? field, SiteModel model, string lang) =>
        field is null ? null : Substitute(field[lang], model, lang);

    /// <summary>An article's title as every output shows it: its figures in the article language's format.</summary>
    public static string TitleText(this ArticleVersion version, SiteModel model) => Substitute(version.Title, model, version.Lang);

    /// <summary>An article's summary as the theme's lists draw it, when it marks other-language words.</summary>
    public static IReadOnlyList<FigureTextPart>? SummaryParts(this ArticleVersion version, SiteModel model) => Marked(version.Summary, model, version.Lang);

    /// <summary>An article's summary as every output shows it (meta description, lists, feeds, JSON-LD, search).</summary>
    public static string SummaryText(this ArticleVersion version, SiteModel model) => Substitute(version.Summary, model, version.Lang);

    /// <summary>A timeline event's title as every output shows it (its id when it has none in the language).</summary>
    public static string TitleText(this TimelineEvent e, SiteModel model, string lang) => Substitute(e.Record.Title, model, lang) ?? e.Id;

    /// <summary>A timeline event's text, figures substituted ("" when it has none in the language).</summary>
    public static string TextText(this TimelineEvent e, SiteModel model, string lang) => Substitute(e.Record.Text, model, lang) ?? "";

    /// <summary>A dataset's title as every output shows it (its id when it has none in the language).</summary>
    public static string TitleText(this Dataset dataset, SiteModel model, string lang) => Substitute(dataset.Record.Title, model, lang) ?? dataset.Id;

    /// <summary>A glossary term's definition, figures substituted ("" when it has none in the language).</summary>
    public static string DefinitionText(this GlossaryTerm term, SiteModel model, string lang) => Substitute(term.Record.Definition, model, lang) ?? "";
}
