using KhaSite.Diagnostics;
using KhaSite.Model;
using KhaSite.Model.Citations;

namespace KhaSite.Check;

/// <summary>The <c>cite:</c> strings of timeline events and datasets, read with the articles' citation grammar.</summary>
public static class DataCitationChecks
{
    public static void Report(ParsedCitation? citation, SiteModel model, DiagnosticBag diagnostics)
    {
        if (citation is null) return;
        foreach (var problem in citation.Problems)
            diagnostics.Report(DiagnosticCode.MalformedCitation, problem.Location, problem.Text);
        foreach (var item in citation.Items.Where(i => model.Bibliography.Find(i.Key) is null))
            diagnostics.Report(DiagnosticCode.UnknownCitationKey, item.KeyLocation, CitationChecks.UnknownKey(item.Key, model.Bibliography.Entries.Keys));
    }
}
