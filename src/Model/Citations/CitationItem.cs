using KhaSite.Diagnostics;

namespace KhaSite.Model.Citations;

/// <summary>One cited source in a citation: <c>@key</c> with an optional locator (<c>p. 11</c>).</summary>
public sealed record CitationItem(string Key, string? Locator, SourceLocation KeyLocation);

/// <summary>A problem found while reading a citation, at its exact place.</summary>
public sealed record CitationProblem(SourceLocation Location, string Message);

/// <summary>The result of reading one citation: its items, or the problems that made it malformed.</summary>
public sealed record ParsedCitation(IReadOnlyList<CitationItem> Items, IReadOnlyList<CitationProblem> Problems);
