using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Safety;

namespace KhaSite.Check;

/// <summary>Every id that becomes a path, an attribute or a URL follows the one <see cref="IdGrammar"/>, and no two collide.</summary>
public sealed class IdChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        var site = SourceLocation.StartOf(model.Config.File);
        Kind("section", model.Config.Sections.Select(s => new Located<string>(s.Id, site)), diagnostics);
        Kind("tag", model.Input.Tags.Select(t => t.Id), diagnostics);
        Kind("category", model.Input.Categories.Select(t => t.Id), diagnostics);
        Kind("timeline event", model.Input.Timeline.Select(e => e.Id), diagnostics);
        Kind("glossary term", model.Input.Glossary.Select(g => g.Id), diagnostics);
        Kind("dataset", model.Input.Datasets.Select(d => d.Id), diagnostics);
        foreach (var dataset in model.Input.Datasets)
            Kind($"row key of '{dataset.Id.Value}'", dataset.Rows.Where(r => r.Key is not null).Select(r => new Located<string>(r.Key!, r.Location)), diagnostics);

        // Source ids are citation keys; their pages use a slug of the id, which must not be shared.
        foreach (var group in model.Bibliography.Entries.Values.GroupBy(e => e.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var inFileOrder = group.OrderBy(e => e.Record.Id.Location.File, StringComparer.Ordinal).ThenBy(e => e.Record.Id.Location.Line).ToArray();
            foreach (var entry in inFileOrder.Skip(1))
                diagnostics.Report(DiagnosticCode.IdCollision, entry.Record.Id.Location,
                    "source-pages", new { ids = string.Join(", ", inFileOrder.Select(e => $"'{e.Id}'")), slug = group.Key });
        }
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var tag in version.File.FrontMatter.Tags.Where(t => !IdGrammar.IsValid(t.Value))) Invalid("tag", tag, diagnostics);
    }

    private static void Kind(string kind, IEnumerable<Located<string>> ids, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            if (!IdGrammar.IsValid(id.Value)) Invalid(kind, id, diagnostics);
            else if (seen.TryGetValue(id.Value, out var other) && other != id.Value)
                diagnostics.Report(DiagnosticCode.IdCollision, id.Location, "case", new { kind = new Phrase(kind), id = id.Value, other });
            else seen.TryAdd(id.Value, id.Value);
        }
    }

    private static void Invalid(string kind, Located<string> id, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCode.InvalidId, id.Location, "kind", new { kind = new Phrase(kind), id = id.Value, rules = new Phrase(IdGrammar.Description) });
}
