using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>The language chooser at the site's root.</summary>
public sealed class RootFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) => [PageJob.Of<RootPage>(SitePaths.Root, views.Pages.Root)];
}
