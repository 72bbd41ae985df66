using KhaSite.Diagnostics;

namespace KhaSite.Model.Citations;

/// <summary>
/// Numbers an article's citations in document order, the citations of its embedded timelines and charts included,
/// and keeps unknown keys and malformed citations for the check.
/// </summary>
public static class CitationResolver
{
    /// <summary>Numbers the version's citations; touches nothing outside the version (the sources' "cited by" is <see cref="CitationNumbering.RecordUses"/>).</summary>
    /// <param name="embeds">what the model's embed blocks read so far show (<see cref="EmbedBlocks"/>)</param>
    public static void Resolve(ArticleVersion version, IReadOnlyList<CitedFact> cited, SiteModel model, EmbedBlocks embeds)
    {
        var numbering = new CitationNumbering(CiterKind.Article, version.Lang, version.Title, version.Path);
        version.Numbering = numbering;
        foreach (var fact in cited)
        {
            if (fact is EmbedFact embed)
            {
                EmbedResolver.Resolve(version, embed, model, numbering, embeds);
                continue;
            }
            var citation = (CitationFact)fact;
            var marks = version.Numbered(citation);
            foreach (var problem in citation.Parsed.Problems)
                version.CitationProblems.Add(problem with { Location = InFile(version, problem.Location) });
            foreach (var item in citation.Parsed.Items)
            {
                if (model.Bibliography.Find(item.Key) is { } source) marks.Add(numbering.Mark(source, item));
                else version.UnknownCitations.Add(item with { KeyLocation = InFile(version, item.KeyLocation) });
            }
        }
    }

    /// <summary>a, b, … z, aa, ab … — the letters of Wikipedia's back-links.</summary>
    public static string Letter(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);

    private static SourceLocation InFile(ArticleVersion version, SourceLocation bodyRelative) =>
        new(version.File.DisplayPath, version.File.BodyFirstLine + bodyRelative.Line, bodyRelative.Column);
}
