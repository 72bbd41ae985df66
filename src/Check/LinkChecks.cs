using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>Links between articles: the target file must exist, and so must the heading an anchor names.</summary>
public sealed class LinkChecks : ISiteCheck
{
    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var link in version.Links)
        {
            if (link.Target is null)
                diagnostics.Report(DiagnosticCode.BrokenLink, link.Location,
                    $"'{link.Written}' does not lead to an article (links are relative to this file, e.g. '../law/law-apk-2008.{version.Lang}.md')");
            else if (!link.AnchorFound)
                diagnostics.Report(DiagnosticCode.BrokenAnchor, link.Location,
                    $"'{link.Written}': '{link.Target.File.DisplayPath}' has no heading with the id '{link.Anchor}'" + Headings(link.Target));
            else if (link.TargetLang != version.Lang)
                diagnostics.Report(DiagnosticCode.CrossLanguageLink, link.Location,
                    $"'{link.Written}' leads to the {link.TargetLang} version from a {version.Lang} article");
        }
    }

    private static string Headings(ArticleVersion target) =>
        target.Headings.Count == 0 ? " (it has no headings)" : $" (its headings: {string.Join(", ", target.Headings.Select(h => "#" + h.Id))})";
}
