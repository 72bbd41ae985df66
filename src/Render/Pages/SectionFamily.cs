using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The page of each section that has articles (the sources section is the bibliography's).</summary>
public sealed class SectionFamily : IPageFamily
{
    private static IEnumerable<Section> WithPages(SiteModel model) => model.Sections.Where(s => s.Articles.Count > 0 && s.Id != SourceEntry.Section);

    public IEnumerable<PageJob> Pages(PageViews views) =>
        from lang in views.Model.Languages
        from section in WithPages(views.Model)
        select PageJob.Of<SectionPage>(SitePaths.Section(lang, section.Id), () => views.Pages.Section(section, lang) with { Book = views.Books?.Downloads(lang, SitePaths.Section(lang, section.Id)) ?? [] });

    /// <summary>In the header in the order of <c>site.yml</c>'s sections.</summary>
    public IEnumerable<MenuLink> Links(SiteModel model, string lang) =>
        model.Sections.Select((section, order) => (section, order))
            .Where(x => x.section.Articles.Count > 0 && x.section.Id != SourceEntry.Section)
            .Select(x => new MenuLink(Menu.Header, x.order, x.section.Config.Title[lang], SitePaths.Section(lang, x.section.Id),
                (_, current) => current == x.section.Id));
}
