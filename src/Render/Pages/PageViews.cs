using KhaSite.Model;

namespace KhaSite.Render.Pages;

/// <summary>The site and the view builders the families make their pages with, one of each for a whole render.</summary>
public sealed class PageViews(SiteModel model, FrameBuilder frames, bool searchIndex)
{
    public SiteModel Model => model;

    public ArticleViewBuilder Articles { get; } = new(model, frames);

    public PageViewBuilder Pages { get; } = new(model, frames);

    public SourceViewBuilder Sources { get; } = new(model, frames);

    public DataViewBuilder Data { get; } = new(model, frames);

    public FindingViewBuilder Finding { get; } = new(model, frames, searchIndex);

    public TranslationViewBuilder Translations { get; } = new(model, frames);

    /// <summary>The books of the render (the all-in-one pages, the EPUBs); null when it makes none.</summary>
    public Book.BookFiles? Books { get; set; }
}
