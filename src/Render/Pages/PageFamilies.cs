namespace KhaSite.Render.Pages;

/// <summary>Every family of pages of the site, in one list: adding a kind of page is one class and one line here.</summary>
public static class PageFamilies
{
    public static readonly IReadOnlyList<IPageFamily> All =
    [
        new RootFamily(),
        new NotFoundFamily(),
        new HomeFamily(),
        new SectionFamily(),
        new BibliographyFamily(),
        new TimelineFamily(),
        new StatisticsFamily(),
        new IndexFamily(),
        new CategoryFamily(),
        new TagFamily(),
        new GlossaryFamily(),
        new SearchFamily(),
        new TranslationStatusFamily(),
        new FeedFamily(),
        new BookFamily(),
        new ArticleFamily(),
        new PreviewsFamily(),
    ];
}
