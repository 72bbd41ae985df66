using KhaSite.Diagnostics;
using Markdig.Syntax;

namespace KhaSite.Model.Citations;

/// <summary>
/// Numbers an article's citations in order of first use (a source cited again keeps its number), records each
/// use on its source for "cited by", and keeps unknown keys and malformed citations for the check.
/// </summary>
public static class CitationResolver
{
    public static void Resolve(ArticleVersion version, Bibliography bibliography)
    {
        var byKey = new Dictionary<string, Reference>(StringComparer.Ordinal);
        foreach (var citation in version.Document.Descendants<CitationInline>())
        {
            version.Citations.Add(citation);
            foreach (var problem in citation.Parsed.Problems)
                version.CitationProblems.Add(problem with { Location = InFile(version, problem.Location) });
            foreach (var item in citation.Parsed.Items)
            {
                var source = bibliography.Find(item.Key);
                if (source is null)
                {
                    version.UnknownCitations.Add(item with { KeyLocation = InFile(version, item.KeyLocation) });
                    continue;
                }
                if (!byKey.TryGetValue(item.Key, out var reference))
                {
                    reference = new Reference(byKey.Count + 1, source, []);
                    byKey.Add(item.Key, reference);
                    version.References.Add(reference);
                }
                var mark = new CitationMark(reference.Number, $"cite-{reference.Number}-{Letter(reference.Marks.Count)}", item.Locator, source);
                reference.Marks.Add(mark);
                citation.Marks.Add(mark);
                lock (source.Uses)
                    source.Uses.Add(new CitationUse(source, CiterKind.Article, version.Lang, version.Title, version.Path, mark.AnchorId, item.Locator));
            }
        }
    }

    /// <summary>a, b, … z, aa, ab … — the letters of Wikipedia's back-links.</summary>
    public static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    private static SourceLocation InFile(ArticleVersion version, SourceLocation bodyRelative) =>
        new(version.File.DisplayPath, version.File.BodyFirstLine + bodyRelative.Line, bodyRelative.Column);
}
