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
    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var list in version.Document.Descendants<ListBlock>())
        {
            if (!list.IsOrdered || list.BulletType == '1') continue;
            var start = list.OrderedStart ?? list.BulletType.ToString();
            diagnostics.Report(DiagnosticCode.LetteredList, ModelBuilder.At(version, list),
                $"this reads as a list numbered '{start}{list.OrderedDelimiter}'; write '{start}\\{list.OrderedDelimiter}' if it is prose, or number the list 1, 2, 3");
        }
    }
}
