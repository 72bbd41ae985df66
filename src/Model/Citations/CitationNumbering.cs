namespace KhaSite.Model.Citations;

/// <summary>
/// The citations of one page: numbered in order of first use (a source cited again keeps its number). Articles,
/// timeline pages and dataset pages each have one, and record their uses on the sources for "cited by"
/// (<see cref="RecordUses"/>); pages that only repeat citations shown elsewhere (a timeline filtered by tag) do not.
/// </summary>
public sealed class CitationNumbering(CiterKind kind, string lang, string citerTitle, string citerPath)
{
    private readonly Dictionary<string, Reference> _byKey = new(StringComparer.Ordinal);

    public List<Reference> References { get; } = [];

    public string Lang { get; } = lang;

    public CitationMark Mark(SourceEntry source, CitationItem item) => Mark(source, item.Locator, item.Prefix, item.Suffix);

    public CitationMark Mark(SourceEntry source, string? locator, string? prefix = null, string? suffix = null)
    {
        if (!_byKey.TryGetValue(source.Id, out var reference))
        {
            reference = new Reference(_byKey.Count + 1, source, []);
            _byKey.Add(source.Id, reference);
            References.Add(reference);
        }
        var mark = new CitationMark(reference.Number, AnchorId(reference.Number, reference.Marks.Count), locator, source)
        {
            Prefix = prefix,
            Suffix = suffix,
        };
        reference.Marks.Add(mark);
        return mark;
    }

    /// <summary>The element id of a source's <paramref name="index"/>th mark on the page (<c>cite-3-b</c>).</summary>
    private static string AnchorId(int number, int index) =>
        number <= CommonAnchorIds.GetLength(0) && index < CommonAnchorIds.GetLength(1) ? CommonAnchorIds[number - 1, index] : NewAnchorId(number, index);

    private static string NewAnchorId(int number, int index) => $"cite-{number}-{CitationResolver.Letter(index)}";

    /// <summary>The ids of most marks, made once: a page's marks were a string each (130,000 at 10,000 pages).</summary>
    private static readonly string[,] CommonAnchorIds = CommonIds(64, 26);

    private static string[,] CommonIds(int numbers, int indexes)
    {
        var ids = new string[numbers, indexes];
        for (var n = 0; n < numbers; n++)
            for (var i = 0; i < indexes; i++) ids[n, i] = NewAnchorId(n + 1, i);
        return ids;
    }

    /// <summary>
    /// Records each citation of the page in its source's "cited by", in the order they were marked. Not thread-safe:
    /// the Model stage records page after page, in a fixed order, so that the same input gives the same output.
    /// </summary>
    public void RecordUses()
    {
        foreach (var reference in References)
            foreach (var mark in reference.Marks)
                reference.Source.Uses.Add(new CitationUse(reference.Source, kind, Lang, citerTitle, citerPath, mark.AnchorId, mark.Locator));
    }

    /// <summary>Marks every known item of a citation; unknown keys are skipped (the check reports them).</summary>
    public IReadOnlyList<CitationMark> MarkAll(ParsedCitation? citation, Bibliography bibliography) =>
        citation is null ? [] : citation.Items.Select(i => bibliography.Find(i.Key) is { } s ? Mark(s, i) : null).OfType<CitationMark>().ToArray();
}
