using KhaSite.Diagnostics;
using KhaSite.Model;
using Markdig.Syntax;

namespace KhaSite.Check;

/// <summary>
/// Guards against a Markdown reading that turns prose into a lettered or Roman-numbered list ("E. A. Abdraimov …",
/// "p. 5"): the site's lists are numbered or bulleted only, so any list that starts with a letter is a misreading.
/// </summary>
public sealed class LetteredListCheck : ISiteCheck
{
    private static bool Lettered(ListBlock list) => list.IsOrdered && list.BulletType != '1';

    /// <summary>The list's first marker as written ("E.", "c)", "iv.").</summary>
    private static string Marker(string body, ListBlock list)
    {
        var start = Math.Clamp(list.Span.Start, 0, body.Length);
        var end = start;
        while (end < body.Length && end - start < 12 && !char.IsWhiteSpace(body[end])) end++;
        return end > start ? body[start..end] : list.BulletType.ToString() + list.OrderedDelimiter;
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var list in version.Document.Descendants<ListBlock>().Where(Lettered))
        {
            // One warning for the outermost: "E. A. Abdraimov" reads as a list inside a list.
            if (list.Parent is ListItemBlock { Parent: ListBlock parent } && Lettered(parent)) continue;
            var marker = Marker(version.Body, list);
            diagnostics.Report(DiagnosticCode.LetteredList, ModelBuilder.At(version, list),
                new { marker, escaped = $"{marker[..^1]}\\{marker[^1]}" });
        }
    }
}
