using KhaSite.Model;
using KhaSite.Render.Pages;

namespace KhaSite.Render;

/// <summary>Builds the <see cref="PageFrame"/> of a page: relative root, canonical and alternate URLs, navigation.</summary>
public sealed class FrameBuilder(SiteModel model)
{
    /// <param name="path">the page's site path (<c>kk/history/x/</c>)</param>
    /// <param name="pathIn">the same page's path in each language, or null where it does not exist</param>
    public PageFrame For(string lang, string path, string title, string description, Func<string, string?> pathIn,
        string kind, string? editUrl = null, string? currentSection = null)
    {
        var language = model.Language(lang);
        var siteTitle = model.Config.Title[lang];
        var alternates = model.Languages
            .Select(l => (Lang: l, Path: pathIn(l)))
            .Where(x => x.Path is not null)
            .Select(x => new Alternate(model.Language(x.Lang).Tag, model.Config.AbsoluteUrl(x.Path!)))
            .ToList();
        var defaultPath = pathIn(model.Config.DefaultLanguage);
        if (defaultPath is not null) alternates.Add(new Alternate("x-default", model.Config.AbsoluteUrl(defaultPath)));

        // A script edition is no language of its own in the switch: its source's entry is current, named in its script.
        var family = language.From ?? lang;
        var languages = model.Languages.Where(l => model.Language(l).From is null)
            .Select(l => l == family && l != lang
                ? new LanguageLink(language.Tag, model.Strings(lang)["language.name"], pathIn(lang) is { } own ? SitePaths.Relative(path, own) : null, true)
                : new LanguageLink(model.Language(l).Tag, model.Strings(l)["language.name"], pathIn(l) is { } p ? SitePaths.Relative(path, p) : null, l == lang))
            .ToArray();
        var scripts = model.Languages.Where(l => l == family || model.Language(l).From == family).ToArray();
        var sections = Links(lang, Menu.Header)
            .Select(l => new NavLink(l.Text, SitePaths.Relative(path, l.Path), l.IsCurrent?.Invoke(kind, currentSection) ?? false))
            .ToArray();
        var documentTitle = title == siteTitle ? siteTitle : $"{title} — {siteTitle}";
        return new PageFrame(lang, documentTitle, description, model.Config.AbsoluteUrl(path), alternates, languages, sections, siteTitle,
            SitePaths.Relative(path, SitePaths.Home(lang)), model.Strings(lang), EditUrl: editUrl, PageKind: kind)
        {
            FooterLinks = Links(lang, Menu.Footer).Select(l => new NavLink(l.Text, SitePaths.Relative(path, l.Path))).ToArray(),
            OgLocale = language.OgLocale,
            PreviewsHref = SitePaths.ThroughRoot(path, SitePaths.Previews(lang)),
            LangTag = language.Tag,
            Scripts = scripts.Length < 2 ? [] : scripts
                .Select(l => new ScriptLink(model.Language(l).Tag, model.Strings(l)["script." + model.Language(l).Script.ToLowerInvariant()],
                    pathIn(l) is { } p ? SitePaths.Relative(path, p) : null, l == lang))
                .ToArray(),
            Direction = language.Direction == Load.TextDirection.Rtl ? "rtl" : null,
            Hrefs = new FrameHrefs(
                SitePaths.ThroughRoot(path, SitePaths.Feed(lang)),
                SitePaths.ThroughRoot(path, SitePaths.Search(lang)),
                SitePaths.ThroughRoot(path, SitePaths.Asset("favicon.svg")),
                SitePaths.ThroughRoot(path, SitePaths.Asset("site.css")),
                SitePaths.ThroughRoot(path, SitePaths.Asset("site.js"))),
        };
    }

    /// <summary>The entries of <paramref name="menu"/> in <paramref name="lang"/>, from every page family, in order.</summary>
    /// <remarks>Gathered once per language and menu: every page's frame asks for the header and the footer.</remarks>
    public IEnumerable<MenuLink> Links(string lang, Menu menu) =>
        _links.GetOrAdd((lang, menu), key =>
            PageFamilies.All.SelectMany(family => family.Links(model, key.Lang)).Where(l => l.Menu == key.Menu).OrderBy(l => l.Order).ToArray());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Lang, Menu Menu), MenuLink[]> _links = new();

    public string? EditUrl(string inputRelativePath) =>
        model.Config.Repository is { } repo ? Safety.UrlPolicy.Safe(SitePaths.EditOnHost(repo, model.Config.Branch, inputRelativePath)) : null;
}
