using System.Text.RegularExpressions;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The theme owns the markup (issue 25): C# hands view models to Razor components, and writes HTML only where listed
/// here, each for a reason. A new HTML string in C#, or a new <c>MarkupString</c> hole in the theme, fails this test.
/// </summary>
public partial class MarkupInThemeTests
{
    /// <summary>
    /// The one C# file that writes markup: the encoder, for HTML inside other formats (formatted references, an Atom
    /// entry's content, the preview's script tag). Charts, references and feeds hand it runs or text.
    /// </summary>
    private static readonly Dictionary<string, string> WritesHtml = new(StringComparer.Ordinal)
    {
        ["src/Render/Html.cs"] = "the encoder",
    };

    /// <summary>The components that paste pre-built HTML, and what.</summary>
    private static readonly Dictionary<string, string> PastesHtml = new(StringComparer.Ordinal)
    {
        ["theme/Components/ArticleBody.razor"] = "Markdig's HTML",
        ["theme/Components/ReferenceList.razor"] = "formatted references",
        ["theme/Components/BibliographyPage.razor"] = "formatted references",
        ["theme/Components/SourcePage.razor"] = "a formatted reference",
        ["theme/Components/SiteFrame.razor"] = "the feed links and JSON-LD",
        ["theme/Components/HomePage.razor"] = "JSON for the script",
        ["theme/Components/BookChapterView.razor"] = "formatted references (the book's source list)",
        ["theme/Components/BookNotes.razor"] = "formatted references (the book's footnotes)",
    };

    [Fact]
    public void Only_the_listed_csharp_files_write_html()
    {
        var offenders = Files("src", "*.cs")
            .Where(file => !WritesHtml.ContainsKey(file))
            .SelectMany(file => File.ReadLines(Path.Combine(RepoPaths.Root, file)).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && HtmlInString().IsMatch(x.line))
            .Select(x => $"{x.file}({x.number}): {x.line.Trim()}")
            .ToArray();
        Assert.True(offenders.Length == 0, "HTML written in C# (make it a component):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Only_the_listed_components_paste_prebuilt_html()
    {
        var offenders = Files("theme", "*.razor")
            .Where(file => !PastesHtml.ContainsKey(file) && File.ReadAllText(Path.Combine(RepoPaths.Root, file)).Contains("MarkupString", StringComparison.Ordinal))
            .ToArray();
        Assert.True(offenders.Length == 0, "MarkupString in: " + string.Join(", ", offenders));
    }

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>A string literal holding a tag: <c>"&lt;p&gt;"</c>, <c>$"&lt;a href=…"</c>, <c>"&lt;/sup&gt;"</c>.</summary>
    [GeneratedRegex("\"[^\"]*</?(p|a|em|strong|span|sup|sub|div|table|tr|td|th|thead|tbody|caption|section|h[1-6]|ol|ul|li|dl|dt|dd|time|figure|figcaption|details|summary|data|svg|rect|text|line|circle|polyline|title|desc|script|html|head|body|meta|link|br|nav|aside|article|header|footer|main)(\\s|/?>)(?!/<)")]
    private static partial Regex HtmlInString();
}
