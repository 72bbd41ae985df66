using KhaSite.Diagnostics;
using KhaSite.Model;
using KhaSite.Model.Facts;
using Markdig.Syntax;

namespace KhaSite.Check;

/// <summary>
/// A figure is data, not prose: facts are well formed, every <c>[#id]</c> names a record, a number written in prose
/// is a warning (it belongs in <c>input/data/</c>), and no undated value is drawn on a time axis.
/// </summary>
public sealed class FigureChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in model.DuplicateFacts)
            diagnostics.Report(DiagnosticCode.DuplicateFactId, duplicate.Record.Id.Location, new { id = duplicate.Id });
        foreach (var fact in model.Facts.Values) Check(fact, model, diagnostics);
        foreach (var dataset in model.Datasets.Values.Where(d => d.Kind == DatasetKind.Series))
            foreach (var row in dataset.Rows.Where(r => r.Record.Reported is not null))
                diagnostics.Report(DiagnosticCode.UndatedOnTimeAxis, row.Record.Reported!.Value.Location,
                    new { id = dataset.Id, reported = row.Record.Reported.Value.Value });
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var reference in version.Document.Descendants<FactInline>())
        {
            if (Figures.Find(model, reference.Reference) is not null) continue;
            var suggestion = Load.Suggest.Closest(reference.Reference, Figures.Known(model));
            diagnostics.Report(DiagnosticCode.UnknownFigure, ModelBuilder.At(version, reference),
                suggestion is null ? DiagnosticText.Of("reference", new { reference = $"[#{reference.Reference}]" }) : DiagnosticText.Of("reference-suggest", new { reference = $"[#{reference.Reference}]", suggestion }));
        }
        Infobox(version, model, diagnostics);
        foreach (var prose in ProseText.Of(version))
            foreach (var (index, length) in ProseNumbers.Figures(prose.Text, model.Language(version.Lang).ProseNumbers))
                if (prose.At(index) is { } at)
                    diagnostics.Report(DiagnosticCode.FigureWithoutData, at,
                        "prose", new { figure = prose.Text.Substring(index, length) });
    }

    /// <summary>Infobox keys of a source's page that describe the publication (pages, issue): locators, not figures.</summary>
    private static readonly HashSet<string> PublicationKeys = new(StringComparer.Ordinal) { "pages", "venue", "published", "isbn", "udc" };

    /// <summary>An infobox value is text too: its figures are <c>[#id]</c> references (a value that is only a date is a date).</summary>
    private static void Infobox(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var entry in version.File.FrontMatter.Infobox)
        {
            var value = entry.Value;
            if (PartialDate.TryParse(value.Value, out _) is not null || PublicationKeys.Contains(entry.Key.Value)) continue;
            foreach (System.Text.RegularExpressions.Match reference in FigureReference.InText().Matches(value.Value))
                if (Figures.Find(model, reference.Groups[1].Value) is null)
                    diagnostics.Report(DiagnosticCode.UnknownFigure, value.Location with { Column = value.Location.Column + reference.Index },
                        "reference", new { reference = reference.Value });
            // References stand as one neutral mark, so that the text around them reads as it is written.
            var text = FigureReference.InText().Replace(value.Value, m => "\u25aa".PadRight(m.Length));
            foreach (var (index, length) in ProseNumbers.Figures(text, model.Language(version.Lang).ProseNumbers))
                diagnostics.Report(DiagnosticCode.FigureWithoutData, value.Location with { Column = value.Location.Column + index },
                    "infobox", new { figure = text.Substring(index, length), field = entry.Key.Value });
        }
    }

    private static void Check(Fact fact, SiteModel model, DiagnosticBag diagnostics)
    {
        var record = fact.Record;
        var at = record.Location;
        if (!Safety.IdGrammar.IsValid(fact.Id))
            diagnostics.Report(DiagnosticCode.InvalidId, record.Id.Location, "fact", new { id = fact.Id, rules = new Phrase(Safety.IdGrammar.Description) });
        if (record.Cite is null) diagnostics.Report(DiagnosticCode.UncitedParagraph, at, "fact", new { id = fact.Id });
        if (record.Date is null && record.Reported is null)
            diagnostics.Report(DiagnosticCode.MissingField, at, "fact-date", new { id = fact.Id });
        if (record.Date is { } date && fact.Date is null)
            diagnostics.Report(DiagnosticCode.BadDate, date.Location, "date-not-a-date", new { text = date.Value });
        if (record.Reported is { } reported && fact.Reported is null && reported.Value != Fact.UndatedSource)
            diagnostics.Report(DiagnosticCode.BadDate, reported.Location, "not-a-year", new { text = reported.Value, undated = Fact.UndatedSource });
        if (record.Unit is { } unit && fact.Unit is null)
            diagnostics.Report(DiagnosticCode.WrongFieldType, at, "unit", new { unit, units = WordList<DatasetUnit>.Listed });
        if (record.Qualifier is { } q && fact.Qualifier is null)
            diagnostics.Report(DiagnosticCode.WrongFieldType, at, "qualifier", new { qualifier = q, qualifiers = WordList<ValueQualifier>.Listed });
        DataCitationChecks.Report(fact.Cite, model, diagnostics);
    }
}
