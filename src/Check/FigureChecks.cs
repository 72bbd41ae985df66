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
            diagnostics.Report(DiagnosticCode.DuplicateFactId, duplicate.Record.Id.Location, $"the fact id '{duplicate.Id}' is used by another fact");
        foreach (var fact in model.Facts.Values) Check(fact, model, diagnostics);
        foreach (var dataset in model.Datasets.Values.Where(d => d.Kind == DatasetKind.Series))
            foreach (var row in dataset.Rows.Where(r => r.Record.Reported is not null))
                diagnostics.Report(DiagnosticCode.UndatedOnTimeAxis, row.Record.Reported!.Value.Location,
                    $"'{dataset.Id}' is a series, drawn on a time axis, and this value is undated (reported in {row.Record.Reported.Value.Value}): " +
                    "make it a fact with 'reported:' in input/data/facts.yml, never a point at an assumed date");
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var reference in version.Document.Descendants<FactInline>())
        {
            if (Figures.Find(model, reference.Reference) is not null) continue;
            var suggestion = Load.Suggest.Closest(reference.Reference, Figures.Known(model));
            diagnostics.Report(DiagnosticCode.UnknownFigure, ModelBuilder.At(version, reference),
                $"'[#{reference.Reference}]' names no fact of input/data/facts.yml and no dataset row" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        }
        Infobox(version, model, diagnostics);
        foreach (var prose in ProseText.Of(version))
            foreach (var (index, length) in ProseNumbers.Figures(prose.Text, model.Language(version.Lang).ProseNumbers))
                if (prose.At(index) is { } at)
                    diagnostics.Report(DiagnosticCode.FigureWithoutData, at,
                        $"the figure '{prose.Text.Substring(index, length)}' is written in prose: give it a record in input/data/facts.yml and write [#its-id], so it is corrected in one place");
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
                        $"'{reference.Value}' names no fact of input/data/facts.yml and no dataset row");
            // References stand as one neutral mark, so that the text around them reads as it is written.
            var text = FigureReference.InText().Replace(value.Value, m => "\u25aa".PadRight(m.Length));
            foreach (var (index, length) in ProseNumbers.Figures(text, model.Language(version.Lang).ProseNumbers))
                diagnostics.Report(DiagnosticCode.FigureWithoutData, value.Location with { Column = value.Location.Column + index },
                    $"the figure '{text.Substring(index, length)}' in the infobox's '{entry.Key.Value}' is written as text: write [#its-id] (input/data/facts.yml)");
        }
    }

    private static void Check(Fact fact, SiteModel model, DiagnosticBag diagnostics)
    {
        var record = fact.Record;
        var at = record.Location;
        if (!Safety.IdGrammar.IsValid(fact.Id))
            diagnostics.Report(DiagnosticCode.InvalidId, record.Id.Location, $"the fact id '{fact.Id}' is not valid: ids are {Safety.IdGrammar.Description}");
        if (record.Cite is null) diagnostics.Report(DiagnosticCode.UncitedParagraph, at, $"the fact '{fact.Id}' needs a 'cite'");
        if (record.Date is null && record.Reported is null)
            diagnostics.Report(DiagnosticCode.MissingField, at, $"the fact '{fact.Id}' needs a 'date' (what it describes) or, when its source does not date it, 'reported' (the year of that source)");
        if (record.Date is { } date && fact.Date is null)
            diagnostics.Report(DiagnosticCode.BadDate, date.Location, $"'{date.Value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        if (record.Reported is { } reported && fact.Reported is null && reported.Value != Fact.UndatedSource)
            diagnostics.Report(DiagnosticCode.BadDate, reported.Location, $"'{reported.Value}' is not a year: write YYYY, or '{Fact.UndatedSource}' when the source itself is undated");
        if (record.Unit is { } unit && fact.Unit is null)
            diagnostics.Report(DiagnosticCode.WrongFieldType, at, $"'{unit}' is not a unit ({WordList<DatasetUnit>.Listed})");
        if (record.Qualifier is { } q && fact.Qualifier is null)
            diagnostics.Report(DiagnosticCode.WrongFieldType, at, $"'{q}' is not a qualifier ({WordList<ValueQualifier>.Listed})");
        DataCitationChecks.Report(fact.Cite, model, diagnostics);
    }
}
