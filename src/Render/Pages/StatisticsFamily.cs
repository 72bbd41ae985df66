using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The statistics page and a page per dataset, when the site has datasets.</summary>
public sealed class StatisticsFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views)
    {
        var model = views.Model;
        if (model.Datasets.Count == 0) yield break;
        foreach (var lang in model.Languages)
        {
            yield return PageJob.Of<StatisticsPage>(SitePaths.Statistics(lang), () => views.Data.Statistics(lang));
            foreach (var dataset in model.Datasets.Values)
                yield return PageJob.Of<DatasetPage>(dataset.Path(lang), () => views.Data.Dataset(dataset, lang),
                    inputs: () => [PageJob.FileOf(dataset.Record.Location)]);
        }
    }

    public IEnumerable<MenuLink> Links(SiteModel model, string lang)
    {
        if (model.Datasets.Count == 0) yield break;
        var title = model.Strings(lang)["statistics.title"];
        yield return new MenuLink(Menu.Header, 1001, title, SitePaths.Statistics(lang), (kind, _) => kind is "statistics" or "dataset");
        yield return new MenuLink(Menu.Explore, 2, title, SitePaths.Statistics(lang));
    }
}
