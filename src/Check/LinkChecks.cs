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
                    new { link = link.Written, lang = version.Lang });
            else if (!link.AnchorFound)
                diagnostics.Report(DiagnosticCode.BrokenAnchor, link.Location,
                    link.Target.Headings.Count == 0
                        ? DiagnosticText.Of("no-headings", new { link = link.Written, file = link.Target.File.DisplayPath, anchor = link.Anchor })
                        : DiagnosticText.Of("headings", new { link = link.Written, file = link.Target.File.DisplayPath, anchor = link.Anchor, headings = string.Join(", ", link.Target.Headings.Select(h => "#" + h.Id)) }));
            else if (link.TargetLang != version.Lang)
                diagnostics.Report(DiagnosticCode.CrossLanguageLink, link.Location,
                    new { link = link.Written, target = link.TargetLang, lang = version.Lang });
        }
    }
}
