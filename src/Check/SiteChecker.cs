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
