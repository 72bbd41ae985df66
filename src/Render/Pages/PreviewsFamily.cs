using KhaSite.Model;
using KhaSite.Render.Previews;
using KhaSite.Write;

namespace KhaSite.Render.Pages;

/// <summary>No pages: the page previews of each language, one JSON file the theme's script loads when a reader first points at a link.</summary>
public sealed class PreviewsFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) => [];

    public IEnumerable<OutputFile> Files(SiteModel model) => model.Languages.Select(lang => PagePreviews.File(model, lang));
}
