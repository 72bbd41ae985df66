using KhaSite.Diagnostics;
using Markdig.Syntax;

namespace KhaSite.Model.Citations;

/// <summary>
/// Numbers an article's citations in document order, the citations of its embedded timelines and charts included,
/// and keeps unknown keys and malformed citations for the check.
/// </summary>
public static class CitationResolver
{
    /// <param name="recordUses">also record each citation in its source's "cited by"</param>
    public static void Resolve(ArticleVersion version, SiteModel model, bool recordUses = true)
    {
        var numbering = new CitationNumbering(CiterKind.Article, version.Lang, version.Title, version.Path, recordUses);
        version.Numbering = numbering;
        foreach (var node in version.Document.Descendants())
        {
            if (node is FencedCodeBlock block && EmbedResolver.IsEmbed(block))
            {
                EmbedResolver.Resolve(version, block, model, numbering);
                continue;
            }
            if (node is not CitationInline citation) continue;
            version.Citations.Add(citation);
            foreach (var problem in citation.Parsed.Problems)
                version.CitationProblems.Add(problem with { Location = InFile(version, problem.Location) });
            foreach (var item in citation.Parsed.Items)
            {
                if (model.Bibliography.Find(item.Key) is { } source) citation.Marks.Add(numbering.Mark(source, item.Locator));
                else version.UnknownCitations.Add(item with { KeyLocation = InFile(version, item.KeyLocation) });
            }
        }
    }

    /// <summary>a, b, … z, aa, ab … — the letters of Wikipedia's back-links.</summary>
    public static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    private static SourceLocation InFile(ArticleVersion version, SourceLocation bodyRelative) =>
        new(version.File.DisplayPath, version.File.BodyFirstLine + bodyRelative.Line, bodyRelative.Column);
}
