namespace KhaSite.Load.Csl;

/// <summary>
/// The item types and variables of CSL 1.0.2 (the specification's appendix), plus the legacy names Zotero and
/// Better BibTeX still write, plus KhaSite's own extensions. A field outside these is kept out with a warning.
/// </summary>
public static class CslSchema
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication",
        "post", "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
        "thesis", "treaty", "webpage",
    };

    /// <summary>Text and number variables (CSL-YAML writes numbers as text or as numbers; both are kept as text).</summary>
    public static readonly IReadOnlySet<string> TextVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "citation-key", "citation-label", "collection-title", "container-title", "container-title-short",
        "dimensions", "division", "DOI", "event", "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction",
        "keyword", "language", "license", "medium", "note", "original-publisher", "original-publisher-place",
        "original-title", "part-title", "PMCID", "PMID", "publisher", "publisher-place", "references", "reviewed-genre",
        "reviewed-title", "scale", "source", "status", "title", "title-short", "URL", "volume-title", "year-suffix",
        // number variables
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
        "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part-number",
        "printing-number", "section", "supplement-number", "version", "volume",
        // legacy names still written by Zotero and Better BibTeX
        "shortTitle", "journalAbbreviation", "container-title-short", "collection-title-short",
        // KhaSite's extensions
        "title-en", "container-title-en", "note-en", "UDC",
    };

    public static readonly IReadOnlySet<string> NameVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
        // KhaSite's extension
        "author-en",
    };

    public static readonly IReadOnlySet<string> DateVariables = new HashSet<string>(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    /// <summary>Fields a CSL item may carry that are no variable: kept out silently.</summary>
    public static readonly IReadOnlySet<string> Structural = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "type", "categories", "custom",
    };

    public static bool IsKnown(string field) =>
        TextVariables.Contains(field) || NameVariables.Contains(field) || DateVariables.Contains(field) || Structural.Contains(field);

    public static IEnumerable<string> All => TextVariables.Concat(NameVariables).Concat(DateVariables).Concat(Structural);
}
