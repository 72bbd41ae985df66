using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KhaSite.Model;
using KhaSite.Render.Citations;
using KhaSite.Render.Data;
using KhaSite.Write;

namespace KhaSite.Render.Previews;

/// <summary>What a page preview shows of a link's target: its title, a line above the summary (an event's date), the summary, an image.</summary>
public sealed record PagePreview(string Title, string? Meta, string Summary, PreviewImage? Image);

public sealed record PreviewImage(string Src, int Width, int Height);

/// <summary>
/// The page previews of a language (<c>&lt;lang&gt;/previews.json</c>): for every article, source, timeline event and
/// glossary term, what the theme's script shows when a reader hovers or focuses a link to it, as Wikipedia's page
/// previews do. Keys and image paths are relative to the file, so the script resolves them against the file's own URL
/// and the site works under any base path. Summaries are capped on a word boundary to keep the file small.
/// </summary>
public static class PagePreviews
{
    /// <summary>The longest summary a preview shows, in characters (Wikipedia's previews show about as much).</summary>
    public const int SummaryLimit = 200;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static OutputFile File(SiteModel model, string lang)
    {
        var file = SitePaths.Previews(lang);
        var entries = new SortedDictionary<string, PagePreview>(StringComparer.Ordinal);
        foreach (var (path, preview) in In(model, lang))
            entries.TryAdd(SitePaths.Relative(file, path), preview with { Image = preview.Image is { } i ? i with { Src = SitePaths.Relative(file, i.Src) } : null });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (key, p) in entries)
            {
                writer.WriteStartObject(key);
                writer.WriteString("t", p.Title);
                if (p.Meta is { Length: > 0 } meta) writer.WriteString("m", meta);
                if (p.Summary.Length > 0) writer.WriteString("s", p.Summary);
                if (p.Image is { } image)
                {
                    writer.WriteString("i", image.Src);
                    writer.WriteNumber("w", image.Width);
                    writer.WriteNumber("h", image.Height);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return new OutputFile(file, stream.ToArray());
    }

    /// <summary>Every preview of a language by the site path of its target (with a fragment for an event or a term).</summary>
    public static IEnumerable<(string Path, PagePreview Preview)> In(SiteModel model, string lang)
    {
        var language = model.Language(lang);
        foreach (var version in model.AllVersions.Where(v => v.Lang == lang && !v.DescribesSource))
            yield return (version.Path, new PagePreview(version.TitleText(model), null, Cap(version.SummaryText(model)), FirstImage(version)));
        foreach (var source in model.Bibliography.Entries.Values)
        {
            var description = source.Descriptions.GetValueOrDefault(lang);
            var summary = description?.SummaryText(model) is { Length: > 0 } written ? written : ReferenceFormatter.PlainText(source.Record, language);
            yield return (source.Path(lang), new PagePreview(ReferenceFormatter.DisplayTitle(source.Record, language), null, Cap(summary), null));
        }
        foreach (var e in model.Timeline.Events.Where(e => e.Date is not null))
            yield return (SitePaths.TimelineEvent(lang, e.Id), new PagePreview(e.TitleText(model, lang),
                DateText.Format(e.Date!.Value, language), Cap(e.TextText(model, lang)), null));
        foreach (var term in model.Glossary.Terms.Where(t => t.Record.Term?.Has(lang) == true))
            yield return (SitePaths.GlossaryTerm(lang, term.Id), new PagePreview(term.Record.Term![lang], null,
                Cap(term.DefinitionText(model, lang)), null));
    }

    /// <summary>The body's first image, if it has one (from the Model stage: a body is not parsed for it).</summary>
    private static PreviewImage? FirstImage(ArticleVersion version) =>
        version.FirstImage is { } image ? new PreviewImage(image.SitePath, image.File.Header.Width, image.File.Header.Height) : null;

    /// <summary>The text whole when it fits, else cut at the last word boundary before the limit, with an ellipsis.</summary>
    public static string Cap(string text, int limit = SummaryLimit)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= limit) return text;
        var cut = text.LastIndexOf(' ', limit - 1);
        var head = cut > limit / 2 ? text[..cut] : text[..(limit - 1)];
        if (char.IsHighSurrogate(head[^1])) head = head[..^1];
        return head.TrimEnd(' ', ',', ';', ':', '–', '—', '-', '(') + "…";
    }
}
