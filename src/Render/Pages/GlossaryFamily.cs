using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The glossary of each language, when the site has terms.</summary>
public sealed class GlossaryFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.Glossary.Terms.Count == 0 ? []
            : views.Model.Languages.Select(lang => PageJob.Of<GlossaryPage>(SitePaths.Glossary(lang), () => views.Finding.Glossary(lang)));

    public IEnumerable<MenuLink> Links(SiteModel model, string lang)
    {
        if (model.Glossary.Terms.Count == 0) return [];
        var title = model.Strings(lang)["glossary.title"];
        return [new MenuLink(Menu.Explore, 3, title, SitePaths.Glossary(lang)), new MenuLink(Menu.Footer, 1, title, SitePaths.Glossary(lang))];
    }
}
