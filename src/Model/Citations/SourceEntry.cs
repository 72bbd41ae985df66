using KhaSite.Load;

namespace KhaSite.Model.Citations;

/// <summary>
/// A source of the bibliography in the site graph: its record, the article (per language) that describes it
/// on its page, and every place on the site that cites it.
/// </summary>
public sealed class SourceEntry(SourceRecord record)
{
    public const string Section = "sources";

    public SourceRecord Record { get; } = record;

    public string Id => Record.Id.Value;

    /// <summary>The id as it appears in the source page's URL (citation keys may hold characters a path must not).</summary>
    public string Slug { get; } = Safety.IdGrammar.Slug(record.Id.Value);

    public string Path(string lang) => SitePaths.Article(lang, Section, Slug);

    public SortedDictionary<string, ArticleVersion> Descriptions { get; } = new(StringComparer.Ordinal);

    public List<CitationUse> Uses { get; } = [];
}

/// <summary>What kind of page cites a source.</summary>
public enum CiterKind
{
    Article,
    TimelineEvent,
    Dataset,
    Glossary,
}

/// <summary>One place that cites a source: the page, the exact anchor of the citation, and the locator.</summary>
public sealed record CitationUse(SourceEntry Source, CiterKind Kind, string Lang, string CiterTitle, string CiterPath, string AnchorId, string? Locator);
