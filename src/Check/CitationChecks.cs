using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>The bibliography and every citation: known keys, well-formed citations, complete records, no idle sources.</summary>
public sealed class CitationChecks : ISiteCheck
{
    /// <summary>The fields some CSL types must have on this site (beyond id, type and title); other types need only those.</summary>
    private static readonly Dictionary<string, string[]> Required = new()
    {
        ["article-journal"] = ["author", "container-title"],
        ["paper-conference"] = ["author", "container-title", "issued"],
        ["chapter"] = ["author", "container-title"],
        ["book"] = [],
        ["legislation"] = ["issued"],
        ["treaty"] = ["issued"],
        ["article"] = [],
        ["report"] = [],
        ["speech"] = [],
        ["webpage"] = ["URL"],
    };

    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var version in model.UnmatchedSourceArticles)
            diagnostics.Report(DiagnosticCode.UnknownCitationKey, version.File.Start,
                "source-article", new { slug = version.Article.Slug });

        foreach (var duplicate in model.Bibliography.Duplicates)
            diagnostics.Report(DiagnosticCode.DuplicateSourceId, duplicate.Id.Location, new { id = duplicate.Id.Value });

        foreach (var source in model.Bibliography.Entries.Values)
        {
            var record = source.Record;
            if (record.Type.Length == 0)
                diagnostics.Report(DiagnosticCode.SourceFieldMissing, record.Location, "type", new { id = record.Id.Value });
            // An unknown type was reported when the bibliography was read (KHA0306); any CSL type is accepted.
            var fields = Required.GetValueOrDefault(record.Type) ?? [];
            foreach (var field in fields.Prepend("title").Where(f => !Has(record, f)))
                diagnostics.Report(DiagnosticCode.SourceFieldMissing, record.Location, "field", new { id = record.Id.Value, type = record.Type, field });
            if (source.Uses.Count == 0)
                diagnostics.Report(DiagnosticCode.SourceNeverCited, record.Id.Location, new { id = record.Id.Value });
        }
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var problem in version.CitationProblems)
            diagnostics.Report(DiagnosticCode.MalformedCitation, problem.Location, problem.Text);
        foreach (var item in version.UnknownCitations)
            diagnostics.Report(DiagnosticCode.UnknownCitationKey, item.KeyLocation, UnknownKey(item.Key, model.Bibliography.Entries.Keys));
    }

    public static DiagnosticText UnknownKey(string key, IEnumerable<string> known) =>
        Load.Suggest.Closest(key, known) is { } suggestion ? DiagnosticText.Of("suggest", new { key, suggestion }) : DiagnosticText.Of("unknown", new { key });

    private static bool Has(Load.SourceRecord record, string field) => field switch
    {
        "author" => record.NamesOf("author").Count > 0,
        "issued" => record.DateOf("issued") is not null,
        _ => !string.IsNullOrWhiteSpace(record[field]),
    };
}
