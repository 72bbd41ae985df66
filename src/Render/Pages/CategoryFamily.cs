using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The list of categories and a page per category that has articles in the language.</summary>
public sealed class CategoryFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views)
    {
        foreach (var lang in views.Model.Languages)
        {
            yield return PageJob.Of<TaxonomyPage>(SitePaths.Categories(lang), () => views.Finding.Categories(lang));
            foreach (var id in views.Model.Categories.Keys.Where(id => views.Finding.HasCategory(id, lang)))
                yield return PageJob.Of<SectionPage>(SitePaths.Category(lang, id), () => views.Finding.Category(id, lang));
        }
    }

    public IEnumerable<MenuLink> Links(SiteModel model, string lang)
    {
        var title = model.Strings(lang)["categories.title"];
        return [new MenuLink(Menu.Explore, 4, title, SitePaths.Categories(lang)), new MenuLink(Menu.Footer, 2, title, SitePaths.Categories(lang))];
    }
}
