using KhaSite.Model;
using KhaSite.Write;

namespace KhaSite.Render.Pages;

/// <summary>
/// One kind of page of the site (sections, the timeline, the glossary…): which pages it makes, in which languages and
/// at which paths, and where the site links to it. Every family is listed once, in <see cref="PageFamilies.All"/>;
/// the renderer, the navigation and the home page all derive from that list.
/// </summary>
public interface IPageFamily
{
    /// <summary>Every page of the family in every language; none when the site has nothing for it.</summary>
    IEnumerable<PageJob> Pages(PageViews views);

    /// <summary>The family's entries in the site's menus in <paramref name="lang"/>; none when its pages do not exist.</summary>
    IEnumerable<MenuLink> Links(SiteModel model, string lang) => [];

    /// <summary>Files the family writes besides its pages (feeds).</summary>
    IEnumerable<OutputFile> Files(SiteModel model) => [];

    /// <summary>The same files in parts, each under the key of what it is made from, so that a build with the cache
    /// keeps a part whose key did not change; by default one part made by every build.</summary>
    IEnumerable<FilePart> FileParts(SiteModel model, OutputKeys keys) => [new FilePart(GetType().Name, null, () => Files(model))];
}

/// <summary>The lists of links to families: the header's navigation, the footer's, the home page's "explore".</summary>
public enum Menu
{
    Header,
    Footer,
    Explore,
}

/// <summary>
/// An entry of a menu: its text, the site path it leads to, its place in the menu (lowest first), and whether a
/// page of the given kind and section is one of the family's own (the header marks that entry as the current one).
/// </summary>
public sealed record MenuLink(Menu Menu, int Order, string Text, string Path, Func<string, string?, bool>? IsCurrent = null);
