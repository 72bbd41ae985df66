using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Model.Facts;

namespace KhaSite.Check;

/// <summary>
/// A figure is data in the texts of <c>input/data/</c> and front matter too (timeline titles and texts, dataset titles,
/// descriptions, row labels and notes, glossary definitions, article titles and summaries): each <c>[#id]</c> names a
/// record, and a number written as text is a warning, by the rules of prose.
/// </summary>
public sealed class FigureFieldChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var e in model.Timeline.AllEvents)
        {
            Check(e.Record.Title, "the timeline title", model, diagnostics);
            Check(e.Record.Text, "the timeline text", model, diagnostics);
        }
        foreach (var dataset in model.Datasets.Values)
        {
            Check(dataset.Record.Title, "the dataset title", model, diagnostics);
            Check(dataset.Record.Description, "the dataset description", model, diagnostics);
            Check(dataset.Record.Discrepancy, "the dataset discrepancy", model, diagnostics);
            foreach (var row in dataset.Rows)
            {
                Check(row.Record.Label, "the row label", model, diagnostics);
                Check(row.Record.Note, "the row note", model, diagnostics);
            }
        }
        foreach (var term in model.Glossary.Terms)
            Check(term.Record.Definition, "the glossary definition", model, diagnostics);
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        if (version.File.FrontMatter.Title is { } title) Check(title, version.Lang, "the title", model, diagnostics);
        if (version.File.FrontMatter.Summary is { } summary) Check(summary, version.Lang, "the summary", model, diagnostics);
    }

    private static void Check(LocalizedText? field, string what, SiteModel model, DiagnosticBag diagnostics)
    {
        if (field is null) return;
        foreach (var (lang, text) in field.Located) Check(text, lang, what, model, diagnostics);
    }

    private static void Check(Located<string> text, string lang, string what, SiteModel model, DiagnosticBag diagnostics)
    {
        SourceLocation At(int index) => text.Source?.At(text.Value, index) ?? text.Location with { Column = text.Location.Column + index };
        foreach (System.Text.RegularExpressions.Match reference in FigureReference.InText().Matches(text.Value))
        {
            var id = reference.Groups[1].Value;
            if (Figures.Find(model, id) is not null) continue;
            var suggestion = Suggest.Closest(id, Figures.Known(model));
            diagnostics.Report(DiagnosticCode.UnknownFigure, At(reference.Index),
                suggestion is null ? DiagnosticText.Of("field", new { reference = reference.Value, where = new Phrase(what) }) : DiagnosticText.Of("field-suggest", new { reference = reference.Value, where = new Phrase(what), suggestion }));
        }
        // References stand as one neutral mark, so that the text around them reads as it is written.
        var plain = FigureReference.InText().Replace(text.Value, m => "\u25aa".PadRight(m.Length));
        foreach (var (index, length) in ProseNumbers.Figures(plain, model.Language(lang).ProseNumbers))
            diagnostics.Report(DiagnosticCode.FigureWithoutData, At(index),
                "field", new { figure = plain.Substring(index, length), where = new Phrase(what) });
    }
}
