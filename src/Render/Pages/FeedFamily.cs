using KhaSite.Model;
using KhaSite.Render.Machine;
using KhaSite.Write;

namespace KhaSite.Render.Pages;

/// <summary>The Atom feeds: of each language's articles, and of each section's. Files, not pages.</summary>
public sealed class FeedFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) => [];

    public IEnumerable<MenuLink> Links(SiteModel model, string lang) =>
        [new MenuLink(Menu.Footer, 5, model.Strings(lang)["footer.feed"], SitePaths.Feed(lang))];

    public IEnumerable<OutputFile> Files(SiteModel model) => Feeds.All(model);
}
