using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KhaSite.Model;
using KhaSite.Write;

namespace KhaSite.Render.Data;

/// <summary>The timeline and datasets as files readers can take away: JSON, CSV and iCalendar.</summary>
public sealed class Downloads(SiteModel model)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public IEnumerable<OutputFile> All()
    {
        foreach (var lang in model.Languages)
        {
            var folder = SitePaths.Timeline(lang);
            yield return Text(folder + "timeline.json", JsonSerializer.Serialize(model.Timeline.Events.Select(e => EventJson(e, lang)), Json) + "\n");
            yield return Text(folder + "timeline.csv", Csv(["id", "date", "title", "text", "tags", "article", "sources"],
                model.Timeline.Events.Select(e => new[]
                {
                    e.Id, e.Date!.Value.ToString(), e.Record.Title?[lang] ?? "", e.Record.Text?[lang] ?? "", string.Join(' ', e.Tags),
                    ArticleUrl(e, lang) ?? "", SourceList(e.Cite),
                })));
            yield return Text(folder + "timeline.ics", Calendar(lang));
            foreach (var dataset in model.Datasets.Values)
            {
                var path = dataset.Path(lang);
                yield return Text(path + dataset.Id + ".csv", Csv(
                    [dataset.Kind == DatasetKind.Series ? "date" : "key", "label", "value", "unit", "qualifier", "sources", "note"],
                    dataset.Rows.Select(r => new[]
                    {
                        dataset.Kind == DatasetKind.Series ? r.Date?.ToString() ?? "" : r.Record.Key ?? "",
                        r.Record.Label?[lang] ?? "", NumberText.Invariant(r.Value), dataset.Record.Unit ?? "", r.Record.Qualifier ?? "",
                        SourceList(r.OwnCite ?? dataset.Cite), r.Record.Note?[lang] ?? "",
                    })));
                yield return Text(path + dataset.Id + ".json", JsonSerializer.Serialize(new
                {
                    id = dataset.Id,
                    kind = dataset.Record.Kind,
                    title = dataset.Record.Title?[lang],
                    description = dataset.Record.Description?[lang],
                    as_of = dataset.AsOf?.ToString(),
                    unit = dataset.Record.Unit,
                    total = dataset.Record.Total,
                    sources = SourceList(dataset.Cite),
                    url = model.Config.AbsoluteUrl(path),
                    rows = dataset.Rows.Select(r => new
                    {
                        key = r.Record.Key,
                        date = r.Date?.ToString(),
                        label = r.Record.Label?[lang],
                        value = r.Value,
                        qualifier = r.Record.Qualifier,
                        sources = SourceList(r.OwnCite ?? dataset.Cite),
                        note = r.Record.Note?[lang],
                        disputed = r.Disputed,
                    }),
                }, Json) + "\n");
            }
        }
    }

    private object EventJson(TimelineEvent e, string lang) => new
    {
        id = e.Id,
        date = e.Date!.Value.ToString(),
        precision = e.Date.Value.Precision.ToString().ToLowerInvariant(),
        title = e.Record.Title?[lang],
        text = e.Record.Text?[lang],
        tags = e.Tags,
        article = ArticleUrl(e, lang),
        sources = e.Cite?.Items.Select(i => new { id = i.Key, locator = i.Locator }),
        url = model.Config.AbsoluteUrl(SitePaths.Timeline(lang)) + "#event-" + e.Id,
    };

    /// <summary>RFC 5545: day-precise events as all-day events. DTSTAMP is the event's own date so that builds are reproducible.</summary>
    private string Calendar(string lang)
    {
        var ics = new StringBuilder();
        void Line(string text) => ics.Append(Fold(text)).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//KhaSite//Timeline//" + lang.ToUpperInvariant());
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:" + Escape(model.Config.Title[lang]));
        foreach (var e in model.Timeline.Events.Where(e => e.Date!.Value.Precision == DatePrecision.Day))
        {
            var day = string.Create(CultureInfo.InvariantCulture, $"{e.Date!.Value.Year:0000}{e.Date.Value.Month:00}{e.Date.Value.Day:00}");
            var next = new DateOnly(e.Date.Value.Year, e.Date.Value.Month!.Value, e.Date.Value.Day!.Value).AddDays(1);
            Line("BEGIN:VEVENT");
            Line($"UID:{e.Id}-{lang}@khasite");
            Line($"DTSTAMP:{day}T000000Z");
            Line($"DTSTART;VALUE=DATE:{day}");
            Line("DTEND;VALUE=DATE:" + next.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line("SUMMARY:" + Escape(e.Record.Title?[lang] ?? e.Id));
            if (e.Record.Text?[lang] is { Length: > 0 } text) Line("DESCRIPTION:" + Escape(text));
            Line("URL:" + model.Config.AbsoluteUrl(SitePaths.Timeline(lang)) + "#event-" + e.Id);
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return ics.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

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
}
