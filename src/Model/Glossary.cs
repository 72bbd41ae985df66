using KhaSite.Load;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>A glossary term with its parsed citation and the articles that use it.</summary>
public sealed class GlossaryTerm(GlossaryRecord record, ParsedCitation? cite)
{
    public GlossaryRecord Record { get; } = record;

    public string Id => Record.Id.Value;

    public ParsedCitation? Cite { get; } = cite;

    public List<Article> Articles { get; } = [];

    /// <summary>Written <c>articles:</c> entries that name no article (reported by the check).</summary>
    public List<Located<string>> UnknownArticles { get; } = [];

    public Dictionary<string, IReadOnlyList<CitationMark>> Marks { get; } = new(StringComparer.Ordinal);
}

/// <summary>The glossary page of each language numbers its own citations.</summary>
public sealed class Glossary
{
    public List<GlossaryTerm> Terms { get; } = [];

    public Dictionary<string, CitationNumbering> Numbering { get; } = new(StringComparer.Ordinal);
}
