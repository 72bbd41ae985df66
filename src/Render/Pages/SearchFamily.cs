using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The search page of each language (every page's header has its form, <see cref="FrameHrefs.Search"/>).</summary>
public sealed class SearchFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.Languages.Select(lang => PageJob.Of<SearchPage>(SitePaths.Search(lang), () => views.Finding.Search(lang)));
}
