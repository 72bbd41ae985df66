using KhaSite.Diagnostics;
using KhaSite.Model;
using KhaSite.Safety;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Check;

/// <summary>Every URL from content or data follows the one <see cref="UrlPolicy"/>.</summary>
public sealed class UrlChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var source in model.Bibliography.Entries.Values)
        {
            var record = source.Record;
            Report(record["URL"], record.Location, diagnostics);
            if (record["DOI"] is { } doi) Report("https://doi.org/" + doi, record.Location, diagnostics);
        }
        Report(model.Config.Repository, SourceLocation.StartOf(model.Config.File), diagnostics);
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var node in version.Document.Descendants())
        {
            var url = node switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.Url,
                LinkReferenceDefinition definition => definition.Url,
                _ => null,
            };
            Report(url, ModelBuilder.At(version, node), diagnostics);
        }
    }

    private static void Report(string? url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (url is not null && UrlPolicy.Problem(url) is { } problem) diagnostics.Report(DiagnosticCode.UnsafeUrl, at, problem);
    }
}
