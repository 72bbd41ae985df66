using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>
/// Every article version. Articles of the sources section are the prose of the source pages
/// (<see cref="BibliographyFamily"/>), not pages of their own.
/// </summary>
public sealed class ArticleFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.AllVersions.Where(v => !v.DescribesSource).Select(v => Page(views.Articles, v));

    /// <summary>One article's page (the preview's quick path renders just this).</summary>
    public static PageJob Page(ArticleViewBuilder articles, ArticleVersion version) =>
        PageJob.Of<ArticlePage>(version.Path, () => articles.Build(version),
            inputs: () => version.References.Select(r => PageJob.FileOf(r.Source.Record.Location)).Prepend(version.File.FullPath));
}
