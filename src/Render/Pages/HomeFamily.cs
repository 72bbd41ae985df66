using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>Each language's home page (its links to the other families come from their <see cref="Menu.Explore"/> entries).</summary>
public sealed class HomeFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.Languages.Select(lang => PageJob.Of<HomePage>(SitePaths.Home(lang), () => views.Finding.Home(lang) with { Book = views.Books?.Downloads(lang, SitePaths.Home(lang)) ?? [] }));
}
