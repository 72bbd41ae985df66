using KhaSite.Check;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render;

namespace KhaSite.Preview;

/// <summary>
/// The preview's quick path, like Hugo's fast render: when a save changed only existing articles, each goes through
/// Load, Model, Check and Render on its own, against the last good build's model, and its page is served in place of
/// the built one within milliseconds (<see cref="QuickPages"/>). The full build that always follows brings the rest of the site up to date (lists, "what
/// links here", cited-by lists). Anything the quick path cannot judge on its own falls back to the full build alone.
/// </summary>
public static class QuickRender
{
    /// <returns>the site paths of the pages replaced; null when the quick path does not apply (a change that is not
    /// an existing article, or any error in it: the full build reports it)</returns>
    public static async Task<IReadOnlyList<string>?> TryAsync(SiteModel model, IReadOnlyCollection<string> changed, QuickPages quickPages, string outputDir)
    {
        var articlesDir = Path.GetFullPath(Path.Combine(model.Input.InputDir, "articles"));
        if (changed.Count == 0 || !changed.All(p => p.StartsWith(articlesDir + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(p)))
            return null;

        model.Input.Dates.Saved(changed);
        var diagnostics = new DiagnosticBag();
        var files = changed.Select(p => ArticleLoader.Load(articlesDir, p, model.Languages, diagnostics)).ToArray();
        if (diagnostics.HasErrors || files.Any(f => f is null)) return null;

        var versions = new List<ArticleVersion>();
        foreach (var file in files)
        {
            if (ModelBuilder.Replace(model, file!) is not { } version) return null;
            versions.Add(version);
        }
        foreach (var version in versions) SiteChecker.CheckArticle(version, model, diagnostics);
        if (diagnostics.HasErrors) return null;

        var renderer = new SiteRenderer(model);
        var pages = new List<string>();
        foreach (var version in versions)
        {
            var page = renderer.ArticlePage(version);
            using var bytes = new MemoryStream();
            await page.Write(bytes);
            quickPages.Put(outputDir, page.Path, bytes.ToArray());
            pages.Add(page.Path);
        }
        return pages;
    }
}
