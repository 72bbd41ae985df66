using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The A–Z index of each language.</summary>
public sealed class IndexFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.Languages.Select(lang => PageJob.Of<IndexPage>(SitePaths.Index(lang), () => views.Finding.Index(lang)));

    public IEnumerable<MenuLink> Links(SiteModel model, string lang)
    {
        var title = model.Strings(lang)["index.title"];
        return [new MenuLink(Menu.Explore, 0, title, SitePaths.Index(lang)), new MenuLink(Menu.Footer, 0, title, SitePaths.Index(lang))];
    }
}
