namespace KhaSite.Load.Csl;

/// <summary>
/// A CSL date: its first date as parts (year, month, day, as many as known), the end of a range where given, a
/// season (1–4 or a name), whether it is approximate (<c>circa</c>, EDTF <c>~</c>/<c>%</c>) or uncertain (EDTF
/// <c>?</c>), and a literal text for dates that are no calendar date ("Spring 2006", "ca. 1500").
/// </summary>
public sealed record CslDate(IReadOnlyList<int> Start, IReadOnlyList<int>? End = null, string? Season = null,
    bool Circa = false, bool Uncertain = false, string? Literal = null)
{
    public int? Year => Start.Count > 0 ? Start[0] : null;

    public static readonly CslDate Empty = new([]);
}
