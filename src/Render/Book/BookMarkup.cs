using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KhaSite.Render.Book;

/// <summary>
/// Turns chapters drawn with the hrefs and ids of their own pages into parts of one book: every id inside a chapter
/// gets the chapter's id as a prefix (two articles both have a <c>ref-1</c>), a link to a page the book holds leads
/// to its chapter, and a link to any other page leads to the site (<paramref name="elsewhere"/>).
/// </summary>
public static class BookMarkup
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Where a site page is in the book: its chapter, and the id in it (null for the chapter's top).</summary>
    public sealed record Place(string Chapter, string? Anchor);

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>A chapter's element id for the id <paramref name="id"/> of the page it was made from.</summary>
    public static string InChapter(string chapter, string id) => $"{chapter}.{id}";

    /// <param name="places">the site pages the book holds, by site path</param>
    /// <param name="inBook">the href of a place in the book: the chapter, and the element id in it (null for its top)</param>
    /// <param name="elsewhere">the href of a site path and fragment ("" for none) outside the book</param>
    public static void Rewrite(IParentNode root, IReadOnlyDictionary<string, Place> places, Func<string, string?, string> inBook,
        Func<string, string, string> elsewhere)
    {
        foreach (var chapter in root.QuerySelectorAll("[data-book-chapter]"))
        {
            foreach (var element in chapter.QuerySelectorAll("[id]"))
                element.Id = InChapter(chapter.Id!, element.Id!);
            foreach (var name in IdReferences)
                foreach (var element in chapter.QuerySelectorAll($"[{name}]"))
                    element.SetAttribute(name, string.Join(' ', element.GetAttribute(name)!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(id => InChapter(chapter.Id!, id))));
        }
        foreach (var link in root.QuerySelectorAll("[data-book-chapter] a[href]"))
        {
            var chapter = link.Closest("[data-book-chapter]")!.Id!;
            var from = link.Closest("[data-book-from]")!.GetAttribute("data-book-from")!;
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('#'))
            {
                link.SetAttribute("href", inBook(chapter, href.Length > 1 ? InChapter(chapter, Uri.UnescapeDataString(href[1..])) : null));
                continue;
            }
            if (!Uri.TryCreate(new Uri(SiteRoot, from), href, out var target) || target.Host != SiteRoot.Host || target.Scheme != SiteRoot.Scheme)
                continue;
            var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
            var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            if (places.TryGetValue(path, out var place))
                link.SetAttribute("href", inBook(place.Chapter, fragment.Length > 0 ? InChapter(place.Chapter, fragment)
                    : place.Anchor is { } anchor ? InChapter(place.Chapter, anchor) : null));
            else
                link.SetAttribute("href", elsewhere(path, fragment));
        }
        foreach (var element in root.QuerySelectorAll("[data-book-from]"))
        {
            element.RemoveAttribute("data-book-from");
            element.RemoveAttribute("data-book-chapter");
        }
    }

    // The attributes that name other elements by id (the ARIA relations, a label's control, a cell's headers).
    private static readonly string[] IdReferences = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "for", "headers"];

    // Resolves site-relative hrefs; an href that leaves this host is the content's own external link.
    private static readonly Uri SiteRoot = new("https://site.invalid/");
}
