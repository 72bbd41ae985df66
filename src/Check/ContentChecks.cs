using KhaSite.Diagnostics;
using KhaSite.Model;
using KhaSite.Model.Citations;
using Markdig.Syntax;

namespace KhaSite.Check;

/// <summary>
/// The encyclopedia's own standards: every paragraph cites a source, and the two languages of a pair keep
/// the same structure (sections and citations).
/// </summary>
public sealed class ContentChecks : ISiteCheck
{
    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        Uncited(version, diagnostics);
        Structure(version.Article, model, version, diagnostics);
    }

    private static void Uncited(ArticleVersion version, DiagnosticBag diagnostics)
    {
        foreach (var block in version.Document)
            CheckBlock(block, version, diagnostics);
    }

    /// <param name="changed">only the pairs this version is part of (an original is part of all its translations')</param>
    private static void Structure(Article article, SiteModel model, ArticleVersion changed, DiagnosticBag diagnostics)
    {
        var original = article.Versions.GetValueOrDefault(model.Config.DefaultLanguage);
        if (original is null) return;
        foreach (var translation in article.Versions.Values.Where(v => v != original && (changed == original || changed == v)))
        {
            var (sectionsA, sectionsB) = (original.Headings.Count(h => h.Level == 2), translation.Headings.Count(h => h.Level == 2));
            var (citesA, citesB) = (Marks(original), Marks(translation));
            if (sectionsA != sectionsB || citesA != citesB)
                diagnostics.Report(DiagnosticCode.StructureMismatch, translation.File.Start,
                    new { sections = sectionsB, citations = citesB, original = original.File.DisplayPath, originalSections = sectionsA, originalCitations = citesA });
        }
    }

    private static int Marks(ArticleVersion version) => version.Citations.Sum(c => c.Items.Count);

    /// <summary>Paragraphs, quotes, lists and tables are judged as wholes: a list cites if any of its items does.</summary>
    private static void CheckBlock(Block block, ArticleVersion version, DiagnosticBag diagnostics)
    {
        switch (block)
        {
            case HeadingBlock or ThematicBreakBlock or FencedCodeBlock or LinkReferenceDefinitionGroup:
                return;
            case QuoteBlock quote:
                foreach (var inner in quote) CheckBlock(inner, version, diagnostics);
                return;
        }
        var cites = block.Descendants<CitationInline>().Any()
            || block is ParagraphBlock paragraph && paragraph.Inline?.Descendants<CitationInline>().Any() == true;
        if (!cites)
            diagnostics.Report(DiagnosticCode.UncitedParagraph, ModelBuilder.At(version, block),
                Describe(block), new { });
    }

    private static string Describe(Block block) => block switch
    {
        ListBlock => "list",
        Markdig.Extensions.Tables.Table => "table",
        _ => "paragraph",
    };
}
