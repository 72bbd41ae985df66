using KhaSite.Model;
using KhaSite.Theme.Components;
using KhaSite.Write;

namespace KhaSite.Render.Pages;

/// <summary>
/// Every article version. Articles of the sources section are the prose of the source pages
/// (<see cref="BibliographyFamily"/>), not pages of their own.
/// </summary>
public sealed class ArticleFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Model.AllVersions.Where(v => !v.DescribesSource).Select(v => Page(views.Articles, v));

    /// <summary>The articles' images, each once (pages in both languages share a file), read again through the input's confinement.</summary>
    public IEnumerable<OutputFile> Files(SiteModel model)
    {
        var problems = new Diagnostics.DiagnosticBag();
        foreach (var image in model.AllVersions.SelectMany(v => v.Images.Values).DistinctBy(i => i.SitePath).OrderBy(i => i.SitePath, StringComparer.Ordinal))
            if (Load.InputFile.ReadBytes(image.File.FullPath, model.Input.InputDir, Load.Images.ImageFiles.MaxBytes, problems) is { } bytes)
            {
                yield return new OutputFile(image.SitePath, bytes);
                foreach (var width in Data.ResponsiveImages.CopyWidths(image.File.Header))
                    if (Data.ResponsiveImages.Resize(bytes, image.File.Header, width) is { } copy)
                        yield return new OutputFile(Data.ResponsiveImages.CopyPath(image.SitePath, width), copy);
            }
    }

    /// <summary>The images are input files outside the articles' Markdown (in the site's key), each article's use of them in its exports.</summary>
    public IEnumerable<FilePart> FileParts(SiteModel model, OutputKeys keys) => [new FilePart("images", keys.Part("images", []), () => Files(model))];

    /// <summary>One article's page (the preview's quick path renders just this).</summary>
    public static PageJob Page(ArticleViewBuilder articles, ArticleVersion version) =>
        PageJob.Of<ArticlePage>(version.Path, () => articles.Build(version),
            inputs: () => version.References.Select(r => PageJob.FileOf(r.Source.Record.Location)).Prepend(version.File.FullPath)) with
        { Version = version };
}
