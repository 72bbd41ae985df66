using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The timeline and its page per tag, when the site has events.</summary>
public sealed class TimelineFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views)
    {
        var model = views.Model;
        if (model.Timeline.Events.Count == 0) yield break;
        IEnumerable<string> Inputs() => model.Timeline.Events.Select(e => PageJob.FileOf(e.Record.Location)).Distinct(StringComparer.Ordinal);
        foreach (var lang in model.Languages)
        {
            yield return PageJob.Of<TimelinePage>(SitePaths.Timeline(lang), () => views.Data.Timeline(lang, null), inputs: Inputs);
            foreach (var tag in model.Tags.Keys.Where(tag => model.Timeline.Tagged(tag) > 0))
                yield return PageJob.Of<TimelinePage>(SitePaths.TimelineTag(lang, tag), () => views.Data.Timeline(lang, tag), inputs: Inputs);
        }
    }

    public IEnumerable<MenuLink> Links(SiteModel model, string lang)
    {
        if (model.Timeline.Events.Count == 0) yield break;
        var title = model.Strings(lang)["timeline.title"];
        yield return new MenuLink(Menu.Header, 1000, title, SitePaths.Timeline(lang), (kind, _) => kind == "timeline");
        yield return new MenuLink(Menu.Explore, 1, title, SitePaths.Timeline(lang));
    }
}
