using KhaSite.Load;
using System.Text.RegularExpressions;
using KhaSite.Model.Citations;

namespace KhaSite.Render.Citations;

/// <summary>A piece of a citation's prefix or suffix as written: plain text, or <c>*emphasis*</c>.</summary>
public sealed record TextRun(string Text, bool Emphasis);

/// <summary>A number of a marker linking to its reference; <see cref="AnchorId"/> is where the reference list links back.</summary>
public sealed record CitationLink(int Number, string AnchorId, string? Locator);

/// <summary>
/// One item of a marker: a citation with its prefix and suffix, or a range <c>1–3</c> (<see cref="Last"/> set) whose
/// inner citations keep their anchors as empty elements.
/// </summary>
public sealed record CitationMarkerItem(IReadOnlyList<TextRun>? Prefix, CitationLink First, IReadOnlyList<string> InnerAnchors, CitationLink? Last, IReadOnlyList<TextRun>? Suffix);

/// <summary>A citation as the theme draws it: an optional in-text author and year, then one superscript marker.</summary>
public sealed record CitationMarkerView(string? InText, IReadOnlyList<CitationMarkerItem> Items, string Separator)
{
    public static CitationMarkerView None { get; } = new(null, [], ", ");
}

/// <summary>
/// Builds the marker of one citation (also of timeline events, data rows and glossary terms): <c>[3]</c>,
/// <c>[3, 11-б.]</c>, <c>[see 1–3, 5; also 7, chap. 2]</c>. Items are sorted by number; three or more consecutive
/// numbers without a locator collapse to a range, and every item keeps its own anchor, so the reference list's
/// back-links reach each use, those inside a range included.
/// </summary>
public static partial class CitationMarkers
{
    public static CitationMarkerView View(IReadOnlyList<CitationMark> marks, Language language, string? inText = null)
    {
        if (marks.Count == 0) return inText is null ? CitationMarkerView.None : CitationMarkerView.None with { InText = inText };
        var sorted = marks.OrderBy(m => m.Number).ToArray();
        var items = new List<CitationMarkerItem>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var run = RunLength(sorted, i);
            if (run >= 3)
            {
                var inner = sorted[(i + 1)..(i + run - 1)].Select(m => m.AnchorId).ToArray();
                items.Add(new CitationMarkerItem(null, Link(sorted[i], language), inner, Link(sorted[i + run - 1], language), null));
                i += run - 1;
                continue;
            }
            var mark = sorted[i];
            items.Add(new CitationMarkerItem(Runs(mark.Prefix), Link(mark, language), [], null, Runs(mark.Suffix)));
        }
        return new CitationMarkerView(inText, items, sorted.Any(HasAffix) ? "; " : ", ");
    }

    private static bool HasAffix(CitationMark m) => m.Locator is not null || m.Prefix is not null || m.Suffix is not null;

    /// <summary>How many marks from <paramref name="from"/> on are plain and number one after the other.</summary>
    private static int RunLength(CitationMark[] sorted, int from)
    {
        var length = 1;
        while (from + length < sorted.Length && !HasAffix(sorted[from + length - 1]) && !HasAffix(sorted[from + length])
               && sorted[from + length].Number == sorted[from + length - 1].Number + 1)
            length++;
        return HasAffix(sorted[from]) ? 1 : length;
    }

    private static CitationLink Link(CitationMark mark, Language language) =>
        new(mark.Number, mark.AnchorId, mark.Locator is null ? null : LocatorText.Format(mark.Locator, language));

    /// <summary>A prefix or suffix split into plain text and <c>*emphasis*</c> / <c>_emphasis_</c>.</summary>
    private static IReadOnlyList<TextRun>? Runs(string? text)
    {
        if (text is null) return null;
        var runs = new List<TextRun>();
        var at = 0;
        foreach (Match m in Emphasis().Matches(text))
        {
            if (m.Index > at) runs.Add(new TextRun(text[at..m.Index], false));
            runs.Add(new TextRun(m.Groups[2].Value, true));
            at = m.Index + m.Length;
        }
        if (at < text.Length) runs.Add(new TextRun(text[at..], false));
        return runs;
    }

    [GeneratedRegex(@"(\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
