using KhaSite.Diagnostics;

namespace KhaSite.Model.Citations;

/// <summary>
/// One cited source in a citation: <c>@key</c> with an optional locator (<c>p. 11</c>), as Pandoc reads it: a prefix
/// before the key (<c>see</c>), a suffix after the locator (<c>and passim</c>), and <c>-@key</c> to suppress the author.
/// </summary>
public sealed record CitationItem(string Key, string? Locator, SourceLocation KeyLocation)
{
    /// <summary>Text before the key (<c>[see @a]</c>), or null.</summary>
    public string? Prefix { get; init; }

    /// <summary>Text after the key and locator (<c>[@a, p. 3 and passim]</c>), leading space kept as one space, or null.</summary>
    public string? Suffix { get; init; }

    /// <summary><c>[-@a]</c>: the author is named in the text already.</summary>
    public bool SuppressAuthor { get; init; }
}

/// <summary>A problem found while reading a citation, at its exact place.</summary>
public sealed record CitationProblem(SourceLocation Location, DiagnosticText Text)
{
    /// <summary>The problem in English, as reported with <see cref="DiagnosticCode.MalformedCitation"/>.</summary>
    public string Message => DiagnosticCatalog.Render(DiagnosticCode.MalformedCitation, Text, DiagnosticLanguage.English);
}

/// <summary>The result of reading one citation: its items, or the problems that made it malformed.</summary>
public sealed record ParsedCitation(IReadOnlyList<CitationItem> Items, IReadOnlyList<CitationProblem> Problems)
{
    /// <summary>An in-text citation (<c>@a says</c>, <c>@a [p. 33] says</c>): the author is part of the sentence.</summary>
    public bool InText { get; init; }
}
