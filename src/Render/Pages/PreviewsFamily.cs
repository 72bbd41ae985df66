using KhaSite.Model;
using KhaSite.Render.Previews;
using KhaSite.Write;

namespace KhaSite.Render.Pages;

/// <summary>No pages: the page previews of each language, one JSON file the theme's script loads when a reader first points at a link.</summary>
public sealed class PreviewsFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) => [];

    public IEnumerable<OutputFile> Files(SiteModel model) => model.Languages.Select(lang => PagePreviews.File(model, lang));

    /// <summary>Titles, summaries and first images are in the site's exports, sources, events and terms in its data.</summary>
    public IEnumerable<FilePart> FileParts(SiteModel model, OutputKeys keys) => [new FilePart("previews", keys.Part("previews", []), () => Files(model))];
}
