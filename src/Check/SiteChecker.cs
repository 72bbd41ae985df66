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
}
