using System.Text;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Citations;
using System.Globalization;

namespace KhaSite.Render.Data;

/// <summary>The list of timeline events, shared by the timeline pages and the <c>```timeline</c> embeds of articles.</summary>
public sealed class TimelineHtml(SiteModel model, string lang, string fromPath)
{
    /// <param name="withIds">on the timeline page each event carries an id (for links); an embed leaves ids to the page</param>
    public string Events(IReadOnlyList<TimelineEvent> events, Func<TimelineEvent, IReadOnlyList<CitationMark>> marks, bool withIds)
    {
        var t = model.Strings(lang);
        var html = new StringBuilder("<ol class=\"timeline\">");
        foreach (var e in events)
        {
            var date = e.Date!.Value;
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"timeline__event\"{(withIds ? $" id=\"event-{e.Id}\"" : "")} data-year=\"{date.Year}\" data-tags=\"{string.Join(' ', e.Tags)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<time class=\"timeline__date\" datetime=\"{date}\">{Html.Escape(DateText.Format(date, model.Language(lang)))}</time>");
            html.Append("<div class=\"timeline__body\">");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"timeline__title\">{(e.Record.Title is { } title ? FigureText.Html(title[lang], model, lang) : Html.Escape(e.Id))}{CitationHtmlRenderer.Markers(marks(e), model.Language(lang))}</p>");
            if (e.Record.Text is { } text && text.Has(lang)) html.Append(CultureInfo.InvariantCulture, $"<p class=\"timeline__text\">{FigureText.Html(text[lang], model, lang)}</p>");
            html.Append("<p class=\"timeline__meta\">");
            foreach (var tag in e.Tags.Where(model.Tags.ContainsKey))
                html.Append(CultureInfo.InvariantCulture, $"<a class=\"tag\" href=\"{SitePaths.Relative(fromPath, SitePaths.TimelineTag(lang, tag))}\">{Html.Escape(model.Tags[tag].Label[lang])}</a> ");
            if (e.Article?.Versions.GetValueOrDefault(lang) is { } article)
                html.Append(CultureInfo.InvariantCulture, $"<a class=\"timeline__article\" href=\"{SitePaths.Relative(fromPath, article.Path)}\">{Html.Escape(t["timeline.read_more"])}: {Html.Escape(article.TitleText(model))}</a>");
            html.Append("</p></div></li>");
        }
        return html.Append("</ol>").ToString();
    }
}
