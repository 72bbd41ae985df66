using Markdig.Syntax.Inlines;

namespace KhaSite.Model.Citations;

/// <summary>
/// A citation in an article's Markdown (<c>[see @a; @b, p. 5]</c> or in-text <c>@a [p. 5]</c>). The Model stage fills
/// <see cref="Marks"/> with each item's number in the article's reference list and the id of this place (for back-links).
/// </summary>
public sealed class CitationInline : LeafInline
{
    public required ParsedCitation Parsed { get; init; }

    public required string Raw { get; init; }

    public List<CitationMark> Marks { get; } = [];
}

/// <summary>
/// One cited item as rendered: "[3, p. 5]" linking to reference 3, itself the target of a back-link, with the
/// item's prefix and suffix as written.
/// </summary>
public sealed record CitationMark(int Number, string AnchorId, string? Locator, SourceEntry Source)
{
    public string? Prefix { get; init; }

    public string? Suffix { get; init; }
}
