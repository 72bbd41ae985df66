using KhaSite.Diagnostics;

namespace KhaSite.Model;

/// <summary>
/// A link from one article to another article's <c>.md</c> file (in the body or in <c>see_also</c>).
/// <see cref="Target"/> is null when no such article exists; <see cref="AnchorFound"/> is false when the
/// <c>#anchor</c> names no heading of the target. The Check stage turns those into diagnostics.
/// </summary>
public sealed record ArticleLink(
    ArticleVersion From,
    string Written,
    SourceLocation Location,
    string? TargetLang,
    ArticleVersion? Target,
    string? Anchor,
    bool AnchorFound,
    bool InSeeAlso);
