using System.Diagnostics.CodeAnalysis;
using KhaSite.Model;
using Microsoft.AspNetCore.Components;

namespace KhaSite.Render.Pages;

/// <summary>
/// One page to render: the file it goes to, how to build its view model, which component draws it, and the input
/// files it is made from (for the sitemap's <c>lastmod</c>; null for a page made from the whole site).
/// </summary>
public sealed record PageJob(string Path, Func<IPageView> View, Func<IPageView, TextWriter, Task> Draw, bool InSitemap = true,
    Func<IEnumerable<string>>? Inputs = null)
{
    /// <summary>The article version whose page this is (its key depends on the article's own files); null for a page of the whole site.</summary>
    public ArticleVersion? Version { get; init; }

    /// <summary>The page at site path <paramref name="sitePath"/>, drawn by <typeparamref name="TComponent"/>.</summary>
    public static PageJob Of<[DynamicallyAccessedMembers(RazorHost.Component)] TComponent>(string sitePath, Func<IPageView> view, bool inSitemap = true, Func<IEnumerable<string>>? inputs = null)
        where TComponent : IComponent =>
        new(SitePaths.FileFor(sitePath), view, (v, writer) => RazorHost.RenderAsync<TComponent>("Model", v, writer), inSitemap, inputs);

    /// <summary>The full path of the file a YAML record or Markdown file was read from.</summary>
    /// <remarks>A location's file is relative to the working directory, which the system is asked for at each full
    /// path made: at 10,000 pages, once per reference of every page. The records of one file share its path's string,
    /// so each file's full path is made once (held while the model holds that string).</remarks>
    public static string FileOf(Diagnostics.SourceLocation location) => FullPaths.GetValue(location.File, System.IO.Path.GetFullPath);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> FullPaths = new();
}
