using System.Globalization;
using System.Text;
using System.Text.Json;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Machine;
using KhaSite.Write;

namespace KhaSite.Render.Data;

/// <summary>The timeline and datasets as files readers can take away: JSON, CSV and iCalendar.</summary>
public sealed class Downloads(SiteModel model)
{
    /// <summary>The name of a source's download next to its page: the id, made safe as a BibTeX key, and the extension.</summary>
    public static string SourceFile(SourceEntry source, string extension) => Citations.BibTex.Key(source.Id) + extension;

    /// <summary>A source as reference managers import it: BibTeX, RIS and CSL-JSON.</summary>
    public static IEnumerable<(string Extension, string Text)> SourceFiles(Load.SourceRecord record)
    {
        yield return (".bib", Citations.BibTex.Entry(record));
        yield return (".ris", Citations.Ris.Record(record));
        yield return (".json", Citations.CslJson.Write([record]));
    }

    /// <summary>Every download, in two parts made from the data (bibliography, timeline, datasets, facts, site.yml, UI
    /// strings) and the addresses of the events' articles; the calendars also carry the build's time (DTSTAMP).</summary>
    public IEnumerable<FilePart> Parts(OutputKeys? keys)
    {
        var articles = model.Languages.SelectMany(lang => model.Timeline.Events.Select(e => ArticleUrl(e, lang) ?? "-")).ToArray();
        return
        [
            new("downloads", keys?.SharedPart("downloads", articles), Files),
            new("calendars", keys?.SharedPart("calendars", articles.Append(model.Input.Dates.BuildTime.UtcTicks.ToString(CultureInfo.InvariantCulture))), Calendars),
        ];
    }

    private IEnumerable<OutputFile> Calendars() => model.Languages.Select(lang => Text(SitePaths.TimelineDownload(lang, ".ics"), Calendar(lang)));

    /// <summary>Every download but the calendars.</summary>
    private IEnumerable<OutputFile> Files()
    {
        if (model.Bibliography.Entries.Count > 0)
            yield return Text(SitePaths.BibliographyDownload, Citations.CslJson.Write(model.Bibliography.Entries.Values.Select(e => e.Record)));
        foreach (var lang in model.Languages)
            foreach (var source in model.Bibliography.Entries.Values)
                foreach (var (extension, text) in SourceFiles(source.Record))
                    yield return Text(SitePaths.SourceDownload(source.Path(lang), SourceFile(source, extension)), text);
        foreach (var lang in model.Languages)
        {
            yield return Text(SitePaths.TimelineDownload(lang, ".json"), JsonSerializer.Serialize(model.Timeline.Events.Select(e => EventJson(e, lang)).ToArray(), RenderJson.Indented.TimelineEventJsonArray) + "\n");
            yield return CsvFile(SitePaths.TimelineDownload(lang, ".csv"), Csv(["id", "date", "title", "text", "tags", "article", "sources"],
                model.Timeline.Events.Select(e => new[]
                {
                    e.Id, e.Date!.Value.ToString(), FigureText.Substitute(e.Record.Title, model, lang) ?? "", FigureText.Substitute(e.Record.Text, model, lang) ?? "", string.Join(' ', e.Tags),
                    ArticleUrl(e, lang) ?? "", SourceList(e.Cite),
                })));
            foreach (var dataset in model.Datasets.Values)
            {
                yield return CsvFile(SitePaths.DatasetDownload(lang, dataset.Id, ".csv"), Csv(
                    [dataset.Kind == DatasetKind.Series ? "date" : "key", "label", "value", "unit", "qualifier", "sources", "note"],
                    dataset.Rows.Select(r => new[]
                    {
                        dataset.Kind == DatasetKind.Series ? r.Date?.ToString() ?? "" : r.Record.Key ?? "",
                        FigureText.Substitute(r.Record.Label, model, lang) ?? "", NumberText.Invariant(r.Value), dataset.Record.Unit ?? "", r.Record.Qualifier ?? "",
                        SourceList(r.OwnCite ?? dataset.Cite), FigureText.Substitute(r.Record.Note, model, lang) ?? "",
                    })));
                yield return Text(SitePaths.DatasetDownload(lang, dataset.Id, ".json"), JsonSerializer.Serialize(new DatasetJson(
                    dataset.Id,
                    dataset.Record.Kind,
                    FigureText.Substitute(dataset.Record.Title, model, lang),
                    FigureText.Substitute(dataset.Record.Description, model, lang),
                    dataset.AsOf?.ToString(),
                    dataset.Record.Unit,
                    dataset.Record.Total,
                    SourceList(dataset.Cite),
                    model.Config.AbsoluteUrl(dataset.Path(lang)),
                    dataset.Rows.Select(r => new DatasetRowJson(
                        r.Record.Key,
                        r.Date?.ToString(),
                        FigureText.Substitute(r.Record.Label, model, lang),
                        r.Value,
                        r.Record.Qualifier,
                        SourceList(r.OwnCite ?? dataset.Cite),
                        FigureText.Substitute(r.Record.Note, model, lang),
                        r.Disputed))), RenderJson.Indented.DatasetJson) + "\n");
            }
        }
    }

    private TimelineEventJson EventJson(TimelineEvent e, string lang) => new(
        e.Id,
        e.Date!.Value.ToString(),
        e.Date.Value.Precision.ToString().ToLowerInvariant(),
        FigureText.Substitute(e.Record.Title, model, lang),
        FigureText.Substitute(e.Record.Text, model, lang),
        e.Tags,
        ArticleUrl(e, lang),
        e.Cite?.Items.Select(i => new CitedSourceJson(i.Key, i.Locator)),
        model.Config.AbsoluteUrl(SitePaths.TimelineEvent(lang, e.Id)));

    /// <summary>
    /// RFC 5545: every dated event as an all-day event over the span its date covers (a day, a month, a year), the
    /// precision stated in the description and in <c>X-KHASITE-DATE-PRECISION</c>. DTSTAMP is the build's reproducible
    /// time, so a rebuild gives the same file.
    /// </summary>
    private string Calendar(string lang)
    {
        var t = model.Strings(lang);
        var stamp = model.Input.Dates.BuildTime.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var ics = new StringBuilder();
        void Line(string text) => ics.Append(Fold(text)).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//KhaSite//Timeline//" + lang.ToUpperInvariant());
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:" + Escape(model.Config.Title[lang]));
        foreach (var e in model.Timeline.Events.Where(e => e.Date is not null))
        {
            var date = e.Date!.Value;
            var (first, next) = Span(date);
            var precision = date.Precision.ToString().ToUpperInvariant();
            var note = date.Precision switch
            {
                DatePrecision.Year => t.Format("timeline.ics_year", Render.DateText.Format(date, model.Language(lang))),
                DatePrecision.Month => t.Format("timeline.ics_month", Render.DateText.Format(date, model.Language(lang))),
                _ => null,
            };
            var description = string.Join("\n\n", new[] { note, FigureText.Substitute(e.Record.Text, model, lang) }.Where(x => !string.IsNullOrEmpty(x)));
            Line("BEGIN:VEVENT");
            Line($"UID:{e.Id}-{lang}@khasite");
            Line($"DTSTAMP:{stamp}");
            Line("DTSTART;VALUE=DATE:" + first.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line("DTEND;VALUE=DATE:" + next.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line("SUMMARY:" + Escape(FigureText.Substitute(e.Record.Title, model, lang) ?? e.Id));
            if (description.Length > 0) Line("DESCRIPTION:" + Escape(description));
            Line("URL:" + model.Config.AbsoluteUrl(SitePaths.TimelineEvent(lang, e.Id)));
            Line("TRANSP:TRANSPARENT");
            Line("X-KHASITE-DATE-PRECISION:" + precision);
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>The days a date covers: its first day and the day after its last (DTEND is exclusive).</summary>
    private static (DateOnly First, DateOnly Next) Span(PartialDate date)
    {
        var first = new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
        return (first, date.Precision switch
        {
            DatePrecision.Year => first.AddYears(1),
            DatePrecision.Month => first.AddMonths(1),
            _ => first.AddDays(1),
        });
    }

    /// <summary>An RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters (TEXT forbids them) dropped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            switch (c)
            {
                case '\\' or ';' or ',': escaped.Append('\\').Append(c); break;
                case '\n': escaped.Append("\\n"); break;
                case '\t': escaped.Append(c); break;
                case < ' ' or '\u007f': break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1), never inside a character.</summary>
    private static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                result.Append("\r\n ");
                octets = 1;
            }
            result.Append(rune.ToString());
            octets += size;
        }
        return result.ToString();
    }

    private string? ArticleUrl(TimelineEvent e, string lang) =>
        e.Article?.Versions.GetValueOrDefault(lang) is { } v ? model.Config.AbsoluteUrl(v.Path) : null;

    private static string SourceList(Model.Citations.ParsedCitation? cite) =>
        cite is null ? "" : string.Join("; ", cite.Items.Select(i => i.Locator is null ? i.Key : $"{i.Key}, {i.Locator}"));

    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        static string Cell(string value)
        {
            // A text a spreadsheet would run as a formula (=, +, -, @ first: OWASP's CSV injection) is kept as text by a leading apostrophe.
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
                && !double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                value = "'" + value;
            return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
        }
        var csv = new StringBuilder();
        foreach (var row in rows.Prepend(header)) csv.Append(string.Join(',', row.Select(Cell))).Append("\r\n");
        return csv.ToString();
    }

    private static OutputFile Text(string path, string text) => new(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>CSV starts with a UTF-8 byte-order mark: without it Excel reads the file in the system's code page and the Cyrillic turns to mojibake.</summary>
    private static OutputFile CsvFile(string path, string csv) => new(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)]);
}
