using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>Timeline events (valid dates, declared tags, unique ids, existing articles, chronological order, citations) and glossary terms.</summary>
public sealed class TimelineChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        PartialDate? previous = null;
        foreach (var e in model.Timeline.AllEvents)
        {
            var record = e.Record;
            if (!seen.Add(e.Id))
                diagnostics.Report(DiagnosticCode.DuplicateEventId, record.Id.Location, new { id = e.Id });
            if (record.Date is { } date && e.Date is null)
            {
                PartialDate.TryParse(date.Value, out var problem);
                diagnostics.Report(DiagnosticCode.BadDate, date.Location, problem!);
            }
            if (e.Date is { } d)
            {
                if (previous is { } p && d.CompareTo(p) < 0)
                    diagnostics.Report(DiagnosticCode.EventOutOfOrder, record.Date!.Value.Location,
                        new { id = e.Id, date = d.ToString(), previous = p.ToString() });
                previous = d;
            }
            TagChecks.Report(record.Tags, model, diagnostics);
            if (record.Article is { } article && e.Article is null)
                diagnostics.Report(DiagnosticCode.UnknownArticle, article.Location, "event", new { article = article.Value });
            if (record.Cite is null)
                diagnostics.Report(DiagnosticCode.UncitedParagraph, record.Location, "event", new { id = e.Id });
            DataCitationChecks.Report(e.Cite, model, diagnostics);
        }

        foreach (var term in model.Glossary.Terms)
        {
            foreach (var article in term.UnknownArticles)
                diagnostics.Report(DiagnosticCode.UnknownArticle, article.Location, "term", new { article = article.Value });
            DataCitationChecks.Report(term.Cite, model, diagnostics);
        }
    }
}
