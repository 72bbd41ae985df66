using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Verification;

/// <summary>
/// Texts from YAML (glossary, timeline, datasets, notes) are not Markdown: a reader must never see Markdown's marks.
/// Failed with <c>(*жарлық*)</c>, <c>*Mangilik El*</c> and <c>*Elbasy*</c> on the glossary page and in page previews.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed partial class MarkdownLeftInTextRealSiteTests(VerificationFixture fixture)
{
    [GeneratedRegex(@"(?<![\w*])\*{1,2}[^\s*][^*\n]*?(?<=\S)\*{1,2}(?![\w*])|\]\{lang=")]
    private static partial Regex MarkdownMark();

    [VerifyFact(Needs.RealSite)]
    public async Task No_page_shows_emphasis_marks_or_span_syntax_as_text()
    {
        var site = await fixture.RealSiteAsync();
        var parser = new HtmlParser();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var page = parser.ParseDocument(File.ReadAllText(file));
            if (page.Body is not { } body) continue;
            foreach (var text in body.Descendants<IText>())
            {
                if (text.ParentElement!.Closest("code, pre, script, style") is not null) continue;
                if (MarkdownMark().Match(text.Data) is { Success: true } mark)
                    found.Add($"{Path.GetRelativePath(site.OutputDir, file)}: {mark.Value}");
            }
        }
        foreach (var previews in Directory.EnumerateFiles(site.OutputDir, "previews.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            found.AddRange(MarkdownMark().Matches(File.ReadAllText(previews)).Select(m => $"{Path.GetRelativePath(site.OutputDir, previews)}: {m.Value}"));
        Assert.True(found.Count == 0, $"{found.Count} Markdown marks shown as text:\n{string.Join("\n", found.Take(30))}");
    }
}
