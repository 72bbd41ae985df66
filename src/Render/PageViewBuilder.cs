using KhaSite.Model;
using KhaSite.Render.Data;

namespace KhaSite.Render;

/// <summary>View models of the pages that are not articles: the language chooser, home, section and 404 pages.</summary>
public sealed class PageViewBuilder(SiteModel model, FrameBuilder frames)
{
    public RootView Root()
    {
        var lang = model.Config.DefaultLanguage;
        var frame = frames.For(lang, SitePaths.Root, model.Config.Title[lang], model.Config.Description[lang], SitePaths.Home, "root",
            editUrl: frames.EditUrl(SitePaths.SiteInput));
        // The chooser is every language's way in, a page of no language: it is in no hreflang cluster (the homes are
        // one, whose x-default is the default language's home, as for every page), and no language is "current" here.
        frame = frame with
        {
            Alternates = [],
            Languages = frame.Languages.Select(l => l with { Current = false }).ToArray(),
            Scripts = [],
        };
        var choices = model.Languages.Select(l => new LanguageChoice(model.Language(l).Tag, model.Strings(l)["language.name"], model.Config.Title[l],
            model.Config.Description[l], SitePaths.Relative(SitePaths.Root, SitePaths.Home(l)), model.Strings(l)["root.enter"])).ToArray();
        return new RootView(frame, choices);
    }

    public SectionView Section(Section section, string lang)
    {
        var path = SitePaths.Section(lang, section.Id);
        var title = section.Config.Title[lang];
        var frame = frames.For(lang, path, title, section.Config.Description[lang], l => SitePaths.Section(l, section.Id), "section",
            editUrl: frames.EditUrl(SitePaths.SiteInput), currentSection: section.Id) with
        {
            SectionFeed = new FeedLink(SitePaths.Relative(path, SitePaths.SectionFeed(lang, section.Id)), $"{title} — {model.Config.Title[lang]}"),
        };
        var breadcrumbs = new[] { new Breadcrumb(model.Strings(lang)["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))), new Breadcrumb(title, null) };
        return new SectionView(frame, breadcrumbs, title, section.Config.Description[lang], Items(section, lang, path));
    }

    public NotFoundView NotFound()
    {
        var lang = model.Config.DefaultLanguage;
        var title = string.Join(" · ", model.Languages.Select(l => model.Strings(l)["notfound.title"]));
        // A host serves 404.html at whatever address was missing, so its links resolve against <base>, not its own path.
        var frame = frames.For(lang, SitePaths.Root, title, "", _ => null, "notfound") with { BaseHref = model.Config.BasePath };
        var messages = model.Languages.Select(l => new NotFoundMessage(l, model.Strings(l)["notfound.title"], model.Strings(l)["notfound.text"],
            model.Strings(l)["notfound.home"], SitePaths.Relative(SitePaths.Root, SitePaths.Home(l)))).ToArray();
        return new NotFoundView(frame, messages);
    }

    /// <summary>A language's own 404 page: served at any missing address under its folder, so it links through its <c>&lt;base&gt;</c>.</summary>
    public NotFoundView NotFound(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.NotFoundIn(lang);
        // The language switch leads to the other languages' 404 pages; a page that is not there has no alternates.
        var frame = frames.For(lang, path, t["notfound.title"], "", SitePaths.NotFoundIn, "notfound") with
        {
            BaseHref = SitePaths.OnServer(model.Config.BasePath, SitePaths.Home(lang)),
            Alternates = [],
        };
        var message = new NotFoundMessage(lang, t["notfound.title"], t["notfound.text"], t["notfound.home"], SitePaths.Relative(path, SitePaths.Home(lang)));
        return new NotFoundView(frame, [message]);
    }

    private IReadOnlyList<ArticleListItem> Items(Section section, string lang, string from) =>
        section.VersionsIn(lang)
            .Select(v => new ArticleListItem(v.TitleText(model), v.SummaryText(model), SitePaths.Relative(from, v.Path)) { SummaryParts = v.SummaryParts(model) })
            .ToArray();
}
