using KhaSite.Model;

namespace KhaSite.Render;

/// <summary>Builds the <see cref="PageFrame"/> of a page: relative root, canonical and alternate URLs, navigation.</summary>
public sealed class FrameBuilder(SiteModel model)
{
    /// <param name="path">the page's site path (<c>kk/history/x/</c>)</param>
    /// <param name="pathIn">the same page's path in each language, or null where it does not exist</param>
    public PageFrame For(string lang, string path, string title, string description, Func<string, string?> pathIn,
        string kind, string? editUrl = null, string? currentSection = null)
    {
        var t = model.Strings(lang);
        var language = model.Language(lang);
        var siteTitle = model.Config.Title[lang];
        var alternates = model.Languages
            .Select(l => (Lang: l, Path: pathIn(l)))
            .Where(x => x.Path is not null)
            .Select(x => new Alternate(x.Lang, model.Config.AbsoluteUrl(x.Path!)))
            .ToList();
        var defaultPath = pathIn(model.Config.DefaultLanguage);
        if (defaultPath is not null) alternates.Add(new Alternate("x-default", model.Config.AbsoluteUrl(defaultPath)));

        var languages = model.Languages
            .Select(l => new LanguageLink(l, model.Strings(l)["language.name"],
                pathIn(l) is { } p ? SitePaths.Relative(path, p) : null, l == lang))
            .ToArray();
        var sections = model.Sections
            .Where(s => s.Id == Model.Citations.SourceEntry.Section ? model.Bibliography.Entries.Count > 0 : s.Articles.Count > 0)
            .Select(s => new NavLink(s.Config.Title[lang], SitePaths.Relative(path, SitePaths.Section(lang, s.Id)), s.Id == currentSection))
            .ToList();
        if (model.Timeline.Events.Count > 0)
            sections.Add(new NavLink(t["timeline.title"], SitePaths.Relative(path, SitePaths.Timeline(lang)), kind == "timeline"));
        if (model.Datasets.Count > 0)
            sections.Add(new NavLink(t["statistics.title"], SitePaths.Relative(path, SitePaths.Statistics(lang)), kind is "statistics" or "dataset"));
        var documentTitle = title == siteTitle ? siteTitle : $"{title} — {siteTitle}";
        return new PageFrame(lang, documentTitle, description, SitePaths.Relative(path, SitePaths.Root),
            model.Config.AbsoluteUrl(path), alternates, languages, sections, siteTitle,
            SitePaths.Relative(path, SitePaths.Home(lang)), t, EditUrl: editUrl, PageKind: kind)
        {
            FooterLinks = FooterLinks(lang, path),
            OgLocale = language.OgLocale,
            Direction = language.Direction == Load.TextDirection.Rtl ? "rtl" : null,
        };
    }

    private NavLink[] FooterLinks(string lang, string path)
    {
        var t = model.Strings(lang);
        var links = new List<NavLink> { new(t["index.title"], FindingPaths.Index(lang)) };
        if (model.Glossary.Terms.Count > 0) links.Add(new NavLink(t["glossary.title"], FindingPaths.Glossary(lang)));
        links.Add(new NavLink(t["categories.title"], FindingPaths.Categories(lang)));
        links.Add(new NavLink(t["tags.title"], FindingPaths.Tags(lang)));
        links.Add(new NavLink(t["footer.translations"], TranslationViewBuilder.PagePath(lang)));
        links.Add(new NavLink(t["footer.feed"], FindingPaths.Feed(lang)));
        return links.Select(l => l with { Href = SitePaths.Relative(path, l.Href) }).ToArray();
    }

    public string? EditUrl(string inputRelativePath) =>
        model.Config.Repository is { } repo ? Safety.UrlPolicy.Safe($"{repo}/edit/{model.Config.Branch}/input/{inputRelativePath}") : null;
}
