using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KhaSite.Load;
using KhaSite.Model.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KhaSite.Render.Citations;

/// <summary>
/// Draws a citation as one superscript marker: <c>[3]</c>, <c>[3, 11-б.]</c>, <c>[see 1–3, 5; also 7, chap. 2]</c>,
/// each number linking to the reference list; an in-text citation (<c>@a</c>) names the author and year before it.
/// </summary>
public sealed partial class CitationHtmlRenderer(Language language) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (citation.Parsed.InText && citation.Marks.Count == 1)
            renderer.Write("<span class=\"cite-intext\">").Write(Html.Escape(InTextAuthorDate.Format(citation.Marks[0].Source.Record, language))).Write("</span>");
        renderer.Write(Markers(citation.Marks, language));
    }

    /// <summary>
    /// The marker of one citation (also used for the citations of timeline events and data rows): items sorted by
    /// number, three or more consecutive numbers without a locator collapsed to a range (<c>1–3</c>); every item keeps
    /// its own anchor, so the reference list's back-links reach each use, those inside a range included.
    /// </summary>
    public static string Markers(IReadOnlyList<CitationMark> marks, Language language)
    {
        if (marks.Count == 0) return "";
        var sorted = marks.OrderBy(m => m.Number).ToArray();
        var separator = sorted.Any(HasAffix) ? "; " : ", ";
        var html = new StringBuilder("<sup class=\"cite\">[");
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0) html.Append(separator);
            var run = RunLength(sorted, i);
            if (run >= 3)
            {
                html.Append(Link(sorted[i], language));
                for (var j = i + 1; j < i + run - 1; j++) html.Append(CultureInfo.InvariantCulture, $"<span id=\"{sorted[j].AnchorId}\"></span>");
                html.Append('–').Append(Link(sorted[i + run - 1], language));
                i += run - 1;
                continue;
            }
            var mark = sorted[i];
            if (mark.Prefix is not null) html.Append(Affix(mark.Prefix)).Append(' ');
            html.Append(Link(mark, language));
            if (mark.Suffix is not null) html.Append(Affix(mark.Suffix));
        }
        return html.Append("]</sup>").ToString();
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

    private static string Link(CitationMark mark, Language language)
    {
        var locator = mark.Locator is null ? null : LocatorText.Format(mark.Locator, language);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<a href=\"#ref-{mark.Number}\" id=\"{mark.AnchorId}\"");
        if (locator is not null) html.Append(CultureInfo.InvariantCulture, $" data-locator=\"{Html.Escape(locator)}\"");
        html.Append(CultureInfo.InvariantCulture, $">{mark.Number}{(locator is null ? "" : Html.Escape(", " + locator))}</a>");
        return html.ToString();
    }

    /// <summary>A prefix or suffix as written: escaped, with <c>*emphasis*</c> and <c>_emphasis_</c> kept.</summary>
    private static string Affix(string text) => Emphasis().Replace(Html.Escape(text), "<em>$2</em>");

    [GeneratedRegex(@"(\*|_)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();
}
