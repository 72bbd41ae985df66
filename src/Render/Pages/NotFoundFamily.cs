using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>
/// The 404 pages: <c>404.html</c> at the root for every host (in the default language, with a way into each), and one
/// per language (<c>kk/404.html</c>) for hosts that serve the nearest folder's. None is in the sitemap.
/// </summary>
public sealed class NotFoundFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.Languages.Select(lang => PageJob.Of<NotFoundPage>(SitePaths.NotFoundIn(lang), () => views.Pages.NotFound(lang), inSitemap: false))
            .Prepend(PageJob.Of<NotFoundPage>(SitePaths.NotFound, views.Pages.NotFound, inSitemap: false));
}
