using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The translation status page of each language, for contributors.</summary>
public sealed class TranslationStatusFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.Languages.Select(lang => PageJob.Of<TranslationStatusPage>(SitePaths.Translations(lang), () => views.Translations.StatusPage(lang)));

    public IEnumerable<MenuLink> Links(SiteModel model, string lang) =>
        [new MenuLink(Menu.Footer, 4, model.Strings(lang)["footer.translations"], SitePaths.Translations(lang))];
}
