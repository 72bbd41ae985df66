using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>The Check stage: walks the model and reports every problem it finds as a diagnostic.</summary>
public static class SiteChecker
{
    /// <summary>Every check, listed once; both the full pass and the single-article pass derive from this list.</summary>
    public static IReadOnlyList<ISiteCheck> All { get; } =
    [
        new ArticleChecks(),
        new LinkChecks(),
        new UrlChecks(),
        new IdChecks(),
        new CitationChecks(),
        new ContentChecks(),
        new TagChecks(),
        new TimelineChecks(),
        new DatasetChecks(),
        new FigureChecks(),
        new FigureFieldChecks(),
        new GlossaryRenderingChecks(),
        new TranslationChecks(),
        new TranslationStatusChecks(),
        new UiStringChecks(),
        new LetteredListCheck(),
        new LanguageOfPartsChecks(),
        new ImageChecks(),
        new DiagramChecks(),
        new LatinEditionChecks(),
    ];

    public static void Check(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var check in All) check.Site(model, diagnostics);
        // The articles are checked in parallel, each by every check on one parse of its body (the model holds no
        // trees): the checks only read the model, and the bag is safe to report into and prints its diagnostics
        // sorted, so the order they are found in does not show.
        var versions = model.AllVersions.Where(v => model.Language(v.Lang).From is null).ToArray();
        Parallel.ForEach(versions, version =>
        {
            using var held = version.Hold();
            foreach (var check in All) check.Article(version, model, diagnostics);
        });
    }

    /// <summary>
    /// The same checks, with what the last build found: an article whose key (<see cref="ArticleCheckKeys"/>) is the one
    /// it was checked under then has its diagnostics replayed, not checked again; the others are checked and kept in
    /// <paramref name="kept"/> for the next build. The site-wide checks run every time. The diagnostics are those of
    /// <see cref="Check(SiteModel, DiagnosticBag)"/>: the bag prints them sorted, whichever way they came.
    /// </summary>
    public static void Check(SiteModel model, DiagnosticBag diagnostics, ArticleCheckKeys keys, CheckedArticles kept)
    {
        foreach (var check in All) check.Site(model, diagnostics);
        var articles = model.Articles.Values.ToArray();
        var articleKeys = new string?[articles.Length];
        Parallel.For(0, articles.Length, i => articleKeys[i] = keys.For(articles[i]));
        var found = new DiagnosticBag?[articles.Length];
        var versions = new List<(int Article, ArticleVersion Version)>();
        for (var i = 0; i < articles.Length; i++)
        {
            if (articleKeys[i] is { } key && kept.Replay(articles[i].Key, key) is { } replayed)
            {
                foreach (var diagnostic in replayed) diagnostics.Add(diagnostic);
                continue;
            }
            found[i] = new DiagnosticBag();
            versions.AddRange(articles[i].Versions.Values.Where(v => model.Language(v.Lang).From is null).Select(v => (i, v)));
        }
        Parallel.ForEach(versions, item =>
        {
            using var held = item.Version.Hold();
            foreach (var check in All) check.Article(item.Version, model, found[item.Article]!);
        });
        for (var i = 0; i < articles.Length; i++)
        {
            if (found[i]?.Sorted() is not { } diagnosticsOfArticle) continue;
            foreach (var diagnostic in diagnosticsOfArticle) diagnostics.Add(diagnostic);
            kept.Checked(articles[i].Key, articleKeys[i], diagnosticsOfArticle);
        }
    }

    /// <summary>
    /// The checks of one article version on their own (the preview's quick path). Site-wide checks (never-cited
    /// sources, duplicate slugs, data) wait for the full build.
    /// </summary>
    public static void CheckArticle(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        // A script edition's version is its source's text converted: its problems are the source's, reported there.
        if (model.Language(version.Lang).From is not null) return;
        using var held = version.Hold();
        foreach (var check in All) check.Article(version, model, diagnostics);
    }
}
