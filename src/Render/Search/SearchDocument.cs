namespace KhaSite.Render.Search;

/// <summary>What a search result can be; the order is the order of the filters, and articles come first at equal relevance.</summary>
public enum SearchKind { Article, Source, Dataset, Event, Term }

/// <summary>
/// One thing search can find, in one language: its title and other names (weighted most), its headings, and its
/// text as clean prose (no citation markers, source keys, embeds or infobox), which is also what excerpts show.
/// </summary>
/// <param name="Path">the site path of the page (with a fragment for an event or a glossary term)</param>
/// <param name="SectionId">the section it is filed under (for the filter); sources, datasets, events and terms have their own</param>
public sealed record SearchDocument(
    string Path,
    SearchKind Kind,
    string SectionId,
    string SectionTitle,
    string Title,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Headings,
    string Text);
