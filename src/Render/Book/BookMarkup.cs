using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KhaSite.Render.Book;

/// <summary>
/// Turns chapters drawn with the hrefs and ids of their own pages into parts of one book: every id inside a chapter
/// gets the chapter's id as a prefix (two articles both have a <c>ref-1</c>), a link to a page the book holds leads
/// to its chapter, and a link to any other page leads to the site. The work is split in two so that a chapter parsed
/// once can be written for the all-in-one page and for the EPUB: <see cref="Resolve"/> prefixes the ids and finds
/// where each link leads, <see cref="Point"/> writes those targets as the hrefs of one medium.
/// </summary>
public static class BookMarkup
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Where a site page is in the book: its chapter, and the id in it (null for the chapter's top).</summary>
    public sealed record Place(string Chapter, string? Anchor);

    /// <summary>Where a link of a chapter leads: a place in the book (<see cref="Chapter"/> set), or a site path outside it.</summary>
    public sealed record Target(IElement Link, string? Chapter, string? Anchor, string? Path, string Fragment);

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>A chapter's element id for the id <paramref name="id"/> of the page it was made from.</summary>
    public static string InChapter(string chapter, string id) => $"{chapter}.{id}";

    /// <param name="places">the site pages the book holds, by site path</param>
    /// <param name="inBook">the href of a place in the book: the chapter, and the element id in it (null for its top)</param>
    /// <param name="elsewhere">the href of a site path and fragment ("" for none) outside the book</param>
    public static void Rewrite(IParentNode root, IReadOnlyDictionary<string, Place> places, Func<string, string?, string> inBook,
        Func<string, string, string> elsewhere) => Point(Resolve(root, places), inBook, elsewhere);

    /// <summary>
    /// Prefixes the ids of each chapter under <paramref name="root"/> (and the attributes that name them), drops the
    /// chapters' <c>data-book-*</c> attributes, and returns where each of their site links leads (external links are left).
    /// </summary>
    public static IReadOnlyList<Target> Resolve(IParentNode root, IReadOnlyDictionary<string, Place> places)
    {
        var targets = new List<Target>();
        foreach (var chapter in root.QuerySelectorAll("[data-book-chapter]"))
        {
            // One walk over the chapter: ids prefixed, id references too, links resolved (each from its nearest data-book-from).
            foreach (var element in chapter.Descendants<IElement>())
            {
                if (element.GetAttribute("id") is { } id) element.Id = InChapter(chapter.Id!, id);
                foreach (var name in IdReferences)
                    if (element.GetAttribute(name) is { } ids)
                        element.SetAttribute(name, string.Join(' ', ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(i => InChapter(chapter.Id!, i))));
                if (element.LocalName == "a" && element.GetAttribute("href") is { } href && Resolve(element, chapter.Id!, href, places) is { } target)
                    targets.Add(target);
            }
        }
        foreach (var element in root.QuerySelectorAll("[data-book-from]"))
        {
            element.RemoveAttribute("data-book-from");
            element.RemoveAttribute("data-book-chapter");
        }
        return targets;
    }

    private static Target? Resolve(IElement link, string chapter, string href, IReadOnlyDictionary<string, Place> places)
    {
        if (href.StartsWith('#'))
            return new Target(link, chapter, href.Length > 1 ? InChapter(chapter, Uri.UnescapeDataString(href[1..])) : null, null, "");
        var from = link.Closest("[data-book-from]")!.GetAttribute("data-book-from")!;
        if (!Uri.TryCreate(new Uri(SiteRoot, from), href, out var url) || url.Host != SiteRoot.Host || url.Scheme != SiteRoot.Scheme)
            return null;
        var path = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        var fragment = Uri.UnescapeDataString(url.Fragment.TrimStart('#'));
        return places.TryGetValue(path, out var place)
            ? new Target(link, place.Chapter, fragment.Length > 0 ? InChapter(place.Chapter, fragment)
                : place.Anchor is { } anchor ? InChapter(place.Chapter, anchor) : null, null, "")
            : new Target(link, null, null, path, fragment);
    }

    /// <summary>Sets each link's href to its target as <paramref name="inBook"/> or <paramref name="elsewhere"/> writes it.</summary>
    public static void Point(IEnumerable<Target> targets, Func<string, string?, string> inBook, Func<string, string, string> elsewhere)
    {
        foreach (var target in targets)
            target.Link.SetAttribute("href", target.Chapter is { } chapter ? inBook(chapter, target.Anchor) : elsewhere(target.Path!, target.Fragment));
    }

    // The attributes that name other elements by id (the ARIA relations, a label's control, a cell's headers).
    private static readonly string[] IdReferences = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "for", "headers"];

    // Resolves site-relative hrefs; an href that leaves this host is the content's own external link.
    private static readonly Uri SiteRoot = new("https://site.invalid/");
}
