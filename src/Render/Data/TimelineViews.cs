using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Citations;

namespace KhaSite.Render.Data;

/// <summary>One event of a timeline list; <see cref="Id"/> is null in an embed, which leaves ids to the timeline page.</summary>
public sealed record TimelineEventView(string? Id, int Year, string Tags, string DateIso, string DateText, string Title,
    CitationMarkerView Marker, IReadOnlyList<FigureTextPart>? Text, IReadOnlyList<NavLink> TagLinks, NavLink? Article)
{
    /// <summary>The title's runs when it marks other-language words; null when <see cref="Title"/> is all there is.</summary>
    public IReadOnlyList<FigureTextPart>? TitleParts { get; init; }
}

/// <summary>The events of one decade on a timeline page, under their heading.</summary>
public sealed record TimelineDecadeView(string Id, string Heading, IReadOnlyList<TimelineEventView> Events);

/// <summary>The list of timeline events, shared by the timeline pages and the <c>```timeline</c> embeds of articles.</summary>
public sealed class TimelineViews(SiteModel model, string lang, string fromPath)
{
    /// <param name="withIds">on the timeline page each event carries an id (for links); an embed leaves ids to the page</param>
    public IReadOnlyList<TimelineEventView> Events(IReadOnlyList<TimelineEvent> events, Func<TimelineEvent, IReadOnlyList<CitationMark>> marks, bool withIds)
    {
        var t = model.Strings(lang);
        return events.Select(e =>
        {
            var date = e.Date!.Value;
            var tags = e.Tags.Where(model.Tags.ContainsKey)
                .Select(tag => new NavLink(model.Tags[tag].Label[lang], SitePaths.Relative(fromPath, SitePaths.TimelineTag(lang, tag)))).ToArray();
            var article = e.Article?.Versions.GetValueOrDefault(lang) is { } version
                ? new NavLink($"{t["timeline.read_more"]}: {version.TitleText(model)}", SitePaths.Relative(fromPath, version.Path))
                : null;
            return new TimelineEventView(withIds ? SitePaths.EventAnchor(e.Id) : null, date.Year, string.Join(' ', e.Tags), date.ToString(),
                DateText.Format(date, model.Language(lang)), e.TitleText(model, lang), CitationMarkers.View(marks(e), model.Language(lang)),
                e.Record.Text is { } text && text.Has(lang) ? FigureText.Parts(text[lang], model, lang) : null, tags, article)
            {
                TitleParts = FigureText.Marked(e.Record.Title?[lang], model, lang),
            };
        }).ToArray();
    }
}
