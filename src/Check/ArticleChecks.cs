using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>Front matter, placement, duplicate slugs and raw HTML.</summary>
public sealed class ArticleChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var file in model.Unplaced)
            diagnostics.Report(DiagnosticCode.UnknownSection, file.Start,
                new { section = file.Section, sections = string.Join(", ", model.Config.Sections.Select(s => s.Id)) });

        foreach (var group in model.Articles.Values.GroupBy(a => a.Slug).Where(g => g.Count() > 1))
        {
            var sections = string.Join(", ", group.Select(a => a.Section));
            foreach (var article in group.Skip(1))
                foreach (var version in article.Versions.Values)
                    diagnostics.Report(DiagnosticCode.DuplicateSlug, version.File.Start,
                        new { slug = article.Slug, sections });
        }
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        var front = version.File.FrontMatter;
        if (front.Title is null && front.Readable)
            diagnostics.Report(DiagnosticCode.MissingField, version.File.Start, "article-title");
        if (version.TooManyHeadings)
            diagnostics.Report(DiagnosticCode.TooManyHeadings, new SourceLocation(version.File.DisplayPath, version.File.BodyFirstLine, 1),
                new { count = BoundedMarkdown.MaxHeadings });
        if (version.TooDeep is { } deep)
            diagnostics.Report(DiagnosticCode.MarkdownTooDeep, deep,
                new { depth = BoundedMarkdown.MaxDepth });
        // A value written as a date is shown as one; written as a date that cannot be, it would be shown as typed.
        foreach (var entry in front.Infobox.Where(e => LooksLikeDate(e.Value.Value) && PartialDate.TryParse(e.Value.Value, out _) is null))
            diagnostics.Report(DiagnosticCode.BadDate, entry.Value.Location, "not-possible", new { text = entry.Value.Value });
        foreach (var html in version.RawHtml)
            diagnostics.Report(DiagnosticCode.RawHtml, html.Location,
                new { html = Shorten(html.Html) });
    }

    private static bool LooksLikeDate(string value) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, @"^-?\d{1,5}-\d{1,2}(-\d{1,2})?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Shorten(string html)
    {
        var line = html.Split('\n')[0].Trim();
        return line.Length > 40 ? line[..40] + "…" : line;
    }
}
