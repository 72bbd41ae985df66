using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>The Check stage: walks the model and reports every problem it finds as a diagnostic.</summary>
public static class SiteChecker
{
    public static void Check(SiteModel model, DiagnosticBag diagnostics)
    {
        ArticleChecks.Run(model, diagnostics);
        LinkChecks.Run(model, diagnostics);
        CitationChecks.Run(model, diagnostics);
        ContentChecks.Run(model, diagnostics);
        TagChecks.Run(model, diagnostics);
        TimelineChecks.Run(model, diagnostics);
        DatasetChecks.Run(model, diagnostics);
        TranslationChecks.Run(model, diagnostics);
        UiStringChecks.Run(model, diagnostics);
    }

    /// <summary>
    /// The checks of one article version on their own (the preview's quick path): its front matter, links,
    /// citations, content and structure. Site-wide checks (never-cited sources, duplicate slugs, data) wait for the full build.
    /// </summary>
    public static void CheckArticle(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        ArticleChecks.Version(version, diagnostics);
        LinkChecks.Version(version, diagnostics);
        CitationChecks.Version(version, model, diagnostics);
        ContentChecks.Version(version, model, diagnostics);
        TagChecks.Version(version, model, diagnostics);
    }
}
