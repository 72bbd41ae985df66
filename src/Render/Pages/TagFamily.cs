using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The list of tags and a page per tag that has articles in the language.</summary>
public sealed class TagFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views)
    {
        foreach (var lang in views.Model.Languages)
        {
            yield return PageJob.Of<TaxonomyPage>(SitePaths.Tags(lang), () => views.Finding.Tags(lang));
            foreach (var id in views.Model.Tags.Keys.Where(id => views.Finding.HasTag(id, lang)))
                yield return PageJob.Of<SectionPage>(SitePaths.Tag(lang, id), () => views.Finding.Tag(id, lang));
        }
    }

    public IEnumerable<MenuLink> Links(SiteModel model, string lang)
    {
        var title = model.Strings(lang)["tags.title"];
        return [new MenuLink(Menu.Explore, 5, title, SitePaths.Tags(lang)), new MenuLink(Menu.Footer, 3, title, SitePaths.Tags(lang))];
    }
}
