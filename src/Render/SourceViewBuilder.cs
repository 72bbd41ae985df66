using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render.Data;
using KhaSite.Model.Citations;
using KhaSite.Render.Citations;

namespace KhaSite.Render;

/// <summary>The source pages (<c>/&lt;lang&gt;/sources/&lt;id&gt;/</c>) and the bibliography page that lists them.</summary>
public sealed class SourceViewBuilder(SiteModel model, FrameBuilder frames)
{
    private readonly CitationViews _citations = new(model);

    /// <summary>The record fields shown on a source page, in this order, with their labels' i18n keys.</summary>
    private static readonly string[] RecordFields =
        ["author", "title", "title-en", "container-title", "container-title-en", "event-title", "event-place", "event-date", "publisher-place", "publisher",
         "authority", "number", "issued", "volume", "issue", "page", "ISBN", "ISSN", "UDC", "DOI", "language"];

    /// <summary>The bibliography's groups; laws and treaties read in the order they were adopted, as a legal list does.</summary>
    private static readonly (string Group, string[] Types, bool ByDate)[] Groups =
    [
        ("articles", ["article-journal", "paper-conference", "article", "chapter"], false),
        ("legislation", ["legislation"], true),
        ("treaties", ["treaty"], true),
        ("books", ["book", "report", "speech", "webpage"], false),
    ];

    public SourceView Source(SourceEntry source, string lang)
    {
        var t = model.Strings(lang);
        var language = model.Language(lang);
        var record = source.Record;
        var path = source.Path(lang);
        var title = ReferenceFormatter.DisplayTitle(record, language);
        var description = source.Descriptions.GetValueOrDefault(lang);
        var frame = frames.For(lang, path, title, description?.SummaryText(model) ?? ReferenceFormatter.PlainText(record, language), l => source.Path(l), "source",
            frames.EditUrl(description is null ? SitePaths.SourcesInput : SitePaths.ArticleInput(SourceEntry.Section, source.Id, lang)), SourceEntry.Section);
        var breadcrumbs = new[]
        {
            new Breadcrumb(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))),
            new Breadcrumb(t["bibliography.title"], SitePaths.Relative(path, SitePaths.Section(lang, SourceEntry.Section))),
            new Breadcrumb(title, null) { Lang = RecordLanguage.Of(record, title, language) },
        };
        var note = language.Field(record, "note");
        return new SourceView(frame, breadcrumbs, title, t["source.type." + record.Type], ReferenceFormatter.Format(record, language),
            Fields(record, lang), (record["URL"] ?? (record["DOI"] is { } doi ? "https://doi.org/" + doi : null)) is { } official ? Safety.UrlPolicy.Safe(official) : null, note is null ? null : SourceNoteText.Parts(note, model.Bibliography, path, language),
            description is null ? null : MarkdownHtml.Render(description, model),
            description is null ? [] : _citations.References(description), _citations.CitedBy(source, lang))
        {
            TitleLang = RecordLanguage.Of(record, title, language),
            // A note outside its spans in another script (the Latin edition keeps the Kazakh note as written).
            NoteLang = note is null ? null : RecordLanguage.Of(record, Model.LanguageSpans.LanguageSpanText.Parts(note).Where(p => p.Span is null).Aggregate("", (all, p) => all + p.Text), language),
            Downloads = [new("BibTeX", Data.Downloads.SourceFile(source, ".bib")), new("RIS", Data.Downloads.SourceFile(source, ".ris")),
                new("CSL-JSON", Data.Downloads.SourceFile(source, ".json"))],
        };
    }

    public BibliographyView Bibliography(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.Section(lang, SourceEntry.Section);
        var title = t["bibliography.title"];
        var language = model.Language(lang);
        var frame = frames.For(lang, path, title, t["bibliography.intro"], l => SitePaths.Section(l, SourceEntry.Section), "bibliography",
            editUrl: frames.EditUrl(SitePaths.SourcesInput), currentSection: SourceEntry.Section);
        var groups = Groups.Select(g => new BibliographyGroup(t["bibliography.group." + g.Group],
                model.Bibliography.Entries.Values.Where(s => g.Types.Contains(s.Record.Type))
                    .OrderBy(s => g.ByDate ? IssuedKey(s.Record) : 0)
                    .ThenBy(s => SortText(ReferenceFormatter.PlainText(s.Record, language)), language.Collation)
                    .Select(s => new BibliographyItem(ReferenceFormatter.Format(s.Record, language), SitePaths.Relative(path, s.Path(lang)), s.Uses.Count(u => u.Lang == lang)))
                    .ToArray()))
            .Where(g => g.Items.Count > 0).ToArray();
        var breadcrumbs = new[] { new Breadcrumb(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))), new Breadcrumb(title, null) };
        return new BibliographyView(frame, breadcrumbs, title, t["bibliography.intro"], groups)
        {
            Downloads = [new("CSL-JSON", SitePaths.Relative(path, SitePaths.BibliographyDownload))],
        };
    }

    private IReadOnlyList<InfoboxRow> Fields(SourceRecord record, string lang)
    {
        var t = model.Strings(lang);
        var language = model.Language(lang);
        var rows = new List<InfoboxRow>();
        foreach (var field in RecordFields)
        {
            var value = field switch
            {
                "author" => record.Authors.Count == 0 ? null : string.Join(", ", language.Names(record, "author").Select(a => $"{a.Family} {a.Given}".Trim())),
                "issued" => record.Issued.Count == 0 ? null : DateText.Format(new PartialDate(record.Issued[0], record.Issued.ElementAtOrDefault(1) is > 0 and var m ? m : null, record.Issued.ElementAtOrDefault(2) is > 0 and var d ? d : null), language),
                "language" => record["language"] is { } code ? t.Find("language.names." + code) ?? code : null,
                // The translated titles sit beside the original ones on the pages of a translation only.
                "title-en" or "container-title-en" when language.ReadsOriginalFields => null,
                _ when record.Dates.TryGetValue(field, out var date) => DateField(date, language),
                _ => record[field],
            };
            if (!string.IsNullOrWhiteSpace(value)) rows.Add(new InfoboxRow(t["record." + field], value) { Parts = InRecordLanguage(record, field, value, language) });
        }
        return rows;
    }

    /// <summary>
    /// A value of the record written in another script than the page's (a Kazakh title on an English page, a Cyrillic
    /// one in the Latin edition) is in the record's language: it carries that lang. Dates, the language's name and
    /// numbers are in the page's.
    /// </summary>
    /// A record that says the page's language (an English treaty named by a Kazakh body) gives the value the language of
    /// the site written in the value's script.
    private IReadOnlyList<Data.FigureTextPart>? InRecordLanguage(SourceRecord record, string field, string value, Language language)
    {
        if (field is "issued" or "language" || !Model.LanguageSpans.ScriptRun.HasForeign(value, language.Script)) return null;
        var lang = RecordLanguage.Of(record, value, language)
            ?? model.Languages.Select(model.Language).FirstOrDefault(l => l.Script != language.Script && l.From is null)?.Code;
        return lang is null ? null : [new Data.FigureTextPart(value, null, lang)];
    }

    /// <summary>A date of the record other than 'issued' (an event's date, an access date), as precisely as it is known.</summary>
    private static string? DateField(Load.Csl.CslDate date, Language language) =>
        date.Literal ?? (date.Year is { } year && year > 0
            ? DateText.Format(new PartialDate(year, date.Start.ElementAtOrDefault(1) is > 0 and var m ? m : null, date.Start.ElementAtOrDefault(2) is > 0 and var d ? d : null), language)
            : null);

    /// <summary>Year, month and day as one number; undated records last.</summary>
    private static int IssuedKey(SourceRecord record) => record.Issued.Count == 0 ? int.MaxValue
        : record.Issued[0] * 10000 + record.Issued.ElementAtOrDefault(1) * 100 + record.Issued.ElementAtOrDefault(2);

    /// <summary>The reference as text from its first letter or digit: a title's opening «» or “ does not sort it ahead of the rest.</summary>
    private static string SortText(string text)
    {
        var start = text.AsSpan().IndexOfAnyExcept(OpeningMarks);
        return start < 0 ? text : text[start..];
    }

    private static readonly System.Buffers.SearchValues<char> OpeningMarks = System.Buffers.SearchValues.Create(" «»“”„\"'([*");
}
