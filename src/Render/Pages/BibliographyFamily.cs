using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The bibliography (the sources section's page) and a page per source, when the site has sources.</summary>
public sealed class BibliographyFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views)
    {
        var model = views.Model;
        if (model.Bibliography.Entries.Count == 0) yield break;
        foreach (var lang in model.Languages)
        {
            yield return PageJob.Of<BibliographyPage>(SitePaths.Section(lang, SourceEntry.Section), () => views.Sources.Bibliography(lang));
            foreach (var source in model.Bibliography.Entries.Values)
                yield return PageJob.Of<SourcePage>(source.Path(lang), () => views.Sources.Source(source, lang),
                    inputs: () => source.Descriptions.Values.Select(d => d.File.FullPath).Prepend(PageJob.FileOf(source.Record.Location)));
        }
    }

    /// <summary>In the header where <c>site.yml</c> lists the sources section; last on the home page.</summary>
    public IEnumerable<MenuLink> Links(SiteModel model, string lang)
    {
        if (model.Bibliography.Entries.Count == 0) yield break;
        var path = SitePaths.Section(lang, SourceEntry.Section);
        var order = model.Sections.FindIndex(s => s.Id == SourceEntry.Section);
        if (order >= 0)
            yield return new MenuLink(Menu.Header, order, model.Sections[order].Config.Title[lang], path, (_, current) => current == SourceEntry.Section);
        yield return new MenuLink(Menu.Explore, 6, model.Strings(lang)["bibliography.title"], path);
    }
}
