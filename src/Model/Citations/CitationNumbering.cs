namespace KhaSite.Model.Citations;

/// <summary>
/// The citations of one page: numbered in order of first use (a source cited again keeps its number), each use
/// recorded on its source for "cited by". Articles, timeline pages and dataset pages each have one. Pages that
/// only repeat citations shown elsewhere (a timeline filtered by tag) number them without recording uses.
/// </summary>
public sealed class CitationNumbering(CiterKind kind, string lang, string citerTitle, string citerPath, bool recordUses = true)
{
    private readonly Dictionary<string, Reference> _byKey = new(StringComparer.Ordinal);

    public List<Reference> References { get; } = [];

    public string Lang { get; } = lang;

    public CitationMark Mark(SourceEntry source, string? locator)
    {
        if (!_byKey.TryGetValue(source.Id, out var reference))
        {
            reference = new Reference(_byKey.Count + 1, source, []);
            _byKey.Add(source.Id, reference);
            References.Add(reference);
        }
        var mark = new CitationMark(reference.Number, $"cite-{reference.Number}-{CitationResolver.Letter(reference.Marks.Count)}", locator, source);
        reference.Marks.Add(mark);
        if (recordUses) lock (source.Uses) source.Uses.Add(new CitationUse(source, kind, Lang, citerTitle, citerPath, mark.AnchorId, locator));
        return mark;
    }

    /// <summary>Marks every known item of a citation; unknown keys are skipped (the check reports them).</summary>
    public IReadOnlyList<CitationMark> MarkAll(ParsedCitation? citation, Bibliography bibliography) =>
        citation is null ? [] : citation.Items.Select(i => bibliography.Find(i.Key) is { } s ? Mark(s, i.Locator) : null).OfType<CitationMark>().ToArray();
}
