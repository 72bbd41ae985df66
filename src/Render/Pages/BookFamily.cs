using KhaSite.Model;
using KhaSite.Render.Book;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>
/// The book of each language: the all-in-one page (<c>kk/book/</c>) and its EPUB, when the render makes books. The
/// page's chapters are drawn with their own pages' hrefs and ids, then rewritten into one page (<see cref="BookMarkup"/>).
/// </summary>
public sealed class BookFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Books is not { } books ? []
            : views.Model.Languages.Select(lang => new PageJob(SitePaths.FileFor(SitePaths.Book(lang)), () => books.View(lang),
                (view, writer) => DrawAsync((BookView)view, views.Model, lang, writer)));

    /// <summary>The book page's HTML: the theme's, its chapters rewritten into one page, with its running heads.</summary>
    public static async Task DrawAsync(BookView view, SiteModel model, string lang, TextWriter writer)
    {
        var html = new StringWriter();
        await RazorHost.RenderAsync<BookPage>("Model", view, html);
        var document = BookMarkup.Parse(html.ToString());
        var from = SitePaths.Book(lang);
        BookMarkup.Rewrite(document, view.Places(), (chapter, anchor) => SitePaths.Fragment(anchor ?? chapter),
            (path, fragment) => SitePaths.WithFragment(SitePaths.Relative(from, path), fragment));
        var heads = document.CreateElement("style");
        heads.TextContent = PrintRunningHeads.Css(view, model.Config.Title[lang]);
        document.Head!.AppendChild(heads);
        writer.Write(document.DocumentElement.OuterHtml);
    }
}
