using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render.Data;

namespace KhaSite.Render;

/// <summary>
/// What the site tells contributors: the outdated-translation notice of an article, the date a page's file last
/// changed in git, and the translation status page (<c>/&lt;lang&gt;/translations/</c>).
/// </summary>
public sealed class TranslationViewBuilder(SiteModel model, FrameBuilder frames)
{
    /// <summary>The states in the order the status page lists them, with their CSS/i18n ids.</summary>
    private static readonly (TranslationState State, string Id)[] States =
    [
        (TranslationState.Outdated, "outdated"),
        (TranslationState.Missing, "missing"),
        (TranslationState.NotMarked, "not-marked"),
        (TranslationState.NoOriginal, "no-original"),
        (TranslationState.UpToDate, "up-to-date"),
    ];

    /// <summary>The notice for a translation whose original changed since it was translated; null otherwise.</summary>
    public TranslationNotice? OutdatedNotice(ArticleVersion version)
    {
        var originalLang = model.Config.DefaultLanguage;
        if (version.Lang == originalLang) return null;
        var status = TranslationStatus.Of(version.Article, version.Lang, originalLang);
        if (status.State != TranslationState.Outdated) return null;
        var t = model.Strings(version.Lang);
        return new TranslationNotice(
            t.Format("translation.outdated", t["language.names." + originalLang]),
            t["translation.read_original"],
            SitePaths.Relative(version.Path, status.Original!.Path),
            originalLang);
    }

    /// <summary>When the article's file last changed according to git, written in the page's language; null when git does not know.</summary>
    public PageDate? LastChanged(ArticleVersion version) =>
        model.Input.History.LastChange(version.File.FullPath) is { } date
            ? new PageDate(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                DateText.Format(new PartialDate(date.Year, date.Month, date.Day), model.Language(version.Lang)))
            : null;

    public TranslationStatusView StatusPage(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.Translations(lang);
        var title = t["translations.title"];
        var original = model.Config.DefaultLanguage;
        var frame = frames.For(lang, path, title, t["translations.intro"], SitePaths.Translations, "translations");
        var breadcrumbs = new[] { new Breadcrumb(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))), new Breadcrumb(title, null) };

        var statuses = TranslationStatus.All(model).ToArray();
        var counts = States.Select(s => new TranslationCount(s.Id, t["translations.state." + s.Id], statuses.Count(x => x.State == s.State)))
            .Where(c => c.Count > 0 || c.State is "outdated" or "missing" or "up-to-date")
            .ToArray();
        var order = model.Order(lang);
        var groups = model.Sections
            .Select(section => new TranslationGroup(section.Config.Title[lang],
                statuses.Where(s => s.Article.Section == section.Id)
                    .OrderBy(s => Title(s, lang), order).ThenBy(s => s.Article.Slug, StringComparer.Ordinal).ThenBy(s => s.Lang, StringComparer.Ordinal)
                    .Select(s => Row(s, path, t))
                    .ToArray()))
            .Where(g => g.Rows.Count > 0)
            .ToArray();
        var translationLanguages = model.Config.WrittenLanguages.Where(l => l != original).Select(l => t["language.names." + l]);
        return new TranslationStatusView(frame, breadcrumbs, title, t["translations.intro"], original, t["language.names." + original],
            string.Join(", ", translationLanguages), counts, groups);
    }

    private TranslationRow Row(TranslationStatus status, string from, UiStrings t)
    {
        var id = States.First(s => s.State == status.State).Id;
        var file = SitePaths.ArticleInput(status.Article.Section, status.Article.Slug, status.Lang);
        var edit = status.State switch
        {
            TranslationState.Missing when model.Config.Repository is { } repo =>
                SitePaths.NewOnHost(repo, model.Config.Branch, SitePaths.ArticleInputFolder(status.Article.Section), SitePaths.ArticleFileName(status.Article.Slug, status.Lang)),
            TranslationState.Outdated or TranslationState.NotMarked => frames.EditUrl(file),
            _ => null,
        };
        return new TranslationRow(status.Article.Key,
            status.Original?.TitleText(model), status.Original is { } o ? SitePaths.Relative(from, o.Path) : null,
            status.Translation?.TitleText(model), status.Translation is { } tr ? SitePaths.Relative(from, tr.Path) : null,
            status.Lang, id, t["translations.state." + id], edit);
    }

    private static string Title(TranslationStatus status, string lang) =>
        (status.Lang == lang ? status.Translation?.Title : null) ?? status.Original?.Title ?? status.Translation?.Title ?? status.Article.Slug;
}
