using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Xhtml;
using KhaSite.Model;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Book;

/// <summary>
/// A chapter as the all-in-one page shows it (<see cref="PageHtml"/>) and as the EPUB's file holds it
/// (<see cref="Xhtml"/>, the body's content): drawn once by the theme and parsed once, as a document of its own, so
/// the book costs in proportion to its size (parsing the whole page, or one chapter per medium, cost far more).
/// </summary>
public sealed record BookChapterMarkup(string PageHtml, string Xhtml, bool HasSvg)
{
    /// <param name="places">the site pages the book holds (<see cref="BookView.Places"/>)</param>
    public static async Task<BookChapterMarkup> DrawAsync(BookChapter chapter, SiteModel model, string lang, IReadOnlyDictionary<string, BookMarkup.Place> places)
    {
        var html = new StringWriter();
        await RazorHost.RenderAsync<BookChapterView>(new Dictionary<string, object?> { ["Chapter"] = chapter, ["T"] = model.Strings(lang) }, html);
        var document = BookMarkup.Parse(Html.DocumentAround(html.ToString()));
        var body = document.Body!;
        var targets = BookMarkup.Resolve(body, places);

        var book = SitePaths.Book(lang);
        BookMarkup.Point(targets, (target, anchor) => SitePaths.Fragment(anchor ?? target),
            (path, fragment) => SitePaths.WithFragment(SitePaths.Relative(book, path), fragment));
        var page = Serialize(body, HtmlMarkupFormatter.Instance);

        BookMarkup.Point(targets, (target, anchor) => SitePaths.EpubChapter(target == chapter.Id && anchor is not null ? null : target, anchor),
            (path, fragment) => SitePaths.WithFragment(model.Config.AbsoluteUrl(path), fragment));
        // One walk: the notes marked as footnotes, the first element of each id (as the document's own lookup, which
        // walks the whole tree each time, would find it), the same-file links, and whether there is a chart.
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var local = new List<IElement>();
        var hasSvg = false;
        foreach (var element in body.Descendants<IElement>())
        {
            if (element.LocalName == "aside" && element.ClassList.Contains("book__note")) element.SetAttribute("epub:type", "footnote");
            if (element.GetAttribute("id") is { } id) byId.TryAdd(id, element.LocalName);
            if (element.LocalName == "a" && element.GetAttribute("href") is { } href && href.StartsWith('#')) local.Add(element);
            hasSvg |= element.LocalName == "svg";
        }
        foreach (var link in local)
            if (byId.GetValueOrDefault(Uri.UnescapeDataString(link.GetAttribute("href")![1..])) == "aside")
                link.SetAttribute("epub:type", "noteref");
        return new BookChapterMarkup(page, Serialize(body, XhtmlMarkupFormatter.Instance), hasSvg);
    }

    private static string Serialize(IElement body, IMarkupFormatter formatter)
    {
        var text = new StringWriter();
        foreach (var node in body.ChildNodes) node.ToHtml(text, formatter);
        return text.ToString();
    }
}
