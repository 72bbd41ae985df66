using KhaSite.Cli;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Contributors;

/// <summary>
/// A translation records the version of its original it follows (<c>translated</c>); when the original changes
/// the check warns, the page says so and the status page lists it as outdated, until it is marked again.
/// </summary>
public sealed class TranslationStatusTests : IDisposable
{
    private readonly FixtureSite _site = Contributor.Site()
        .Article("law", "law-2008", "kk", "2008 жылғы заң", "Заң 2008 жылы қабылданды [@abdraimov2023].", "category: event\n")
        .Article("law", "only-kk", "kk", "Тек қазақша", "Мәтін [@abdraimov2023].", "category: event\n");

    public void Dispose() => _site.Dispose();

    private string File_(string section, string slug, string lang) => Path.Combine(_site.Input, "articles", section, $"{slug}.{lang}.md");

    private string English => File_("history", "founding", "en");

    private string Kazakh => File_("history", "founding", "kk");

    private Task<(int Exit, string Printed)> TranslatedAsync(params string[] targets) =>
        Contributor.CliAsync(["translated", "--input", _site.Input, .. targets]);

    private string StateOf(string lang, string article) =>
        _site.Html($"{lang}/translations/index.html").QuerySelector($"tr[data-article='{article}']")?.GetAttribute("data-state") ?? "absent";

    [Fact]
    public async Task Translated_then_outdated_then_translated_again()
    {
        // Never marked: no warning, listed as not marked.
        var result = await _site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.OutdatedTranslation);
        Assert.Equal("not-marked", StateOf("en", "history/founding"));

        // Marked: the hash of the original's text is recorded in the translation's front matter.
        var (exit, printed) = await TranslatedAsync(English);
        Assert.True(exit == 0, printed);
        var hash = ArticleLoader.Hash(FrontMatterReader.SplitText(File.ReadAllText(Kazakh)).Body);
        Assert.Contains($"\ntranslation_of: {hash}\n---\n", File.ReadAllText(English), StringComparison.Ordinal);
        result = await _site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.OutdatedTranslation);
        Assert.Equal("up-to-date", StateOf("en", "history/founding"));
        Assert.Equal("up-to-date", StateOf("kk", "history/founding"));
        Assert.Null(_site.Html("en/history/founding/index.html").QuerySelector(".notice--outdated"));

        // The original changes: a warning at the translation_of line, a notice linking the original, outdated in the list.
        File.WriteAllText(Kazakh, "---\ntitle: Құрылуы\nsummary: Құрылуы.\ncategory: event\n---\nАссамблея 1995 жылы 1 наурызда құрылды [@abdraimov2023].\n");
        result = await _site.BuildAsync();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.OutdatedTranslation);
        Assert.EndsWith("articles/history/founding.en.md", warning.Location.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(5, warning.Location.Line);
        Assert.Contains("founding.kk.md has changed since this translation was made", warning.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet run -- translated", warning.Message, StringComparison.Ordinal);

        var page = _site.Html("en/history/founding/index.html");
        var notice = page.QuerySelector(".notice--outdated");
        Assert.NotNull(notice);
        Assert.Contains("The Kazakh original of this page has changed since it was translated", notice!.TextContent, StringComparison.Ordinal);
        var link = notice.QuerySelector("a");
        Assert.Equal("../../../kk/history/founding/", link?.GetAttribute("href"));
        Assert.Equal("kk", link?.GetAttribute("hreflang"));
        Assert.Null(_site.Html("kk/history/founding/index.html").QuerySelector(".notice--outdated"));
        Assert.Equal("outdated", StateOf("en", "history/founding"));
        Assert.Equal("Ескірген", _site.Html("kk/translations/index.html").QuerySelector("tr[data-article='history/founding'] .status")?.TextContent);

        // Translated again, by section/slug this time: up to date, no warning, no notice.
        (exit, printed) = await TranslatedAsync("history/founding");
        Assert.True(exit == 0, printed);
        Assert.Single(File.ReadAllLines(English), l => l.StartsWith("translation_of:", StringComparison.Ordinal));
        result = await _site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.OutdatedTranslation);
        Assert.Null(_site.Html("en/history/founding/index.html").QuerySelector(".notice--outdated"));
        Assert.Equal("up-to-date", StateOf("en", "history/founding"));
    }

    [Fact]
    public async Task The_status_page_lists_every_pair_in_both_languages()
    {
        await TranslatedAsync();
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var lang in new[] { "kk", "en" })
        {
            Assert.Equal("up-to-date", StateOf(lang, "history/founding"));
            Assert.Equal("missing", StateOf(lang, "law/law-2008"));
            Assert.Equal("missing", StateOf(lang, "law/only-kk"));
            var page = _site.Html($"{lang}/translations/index.html");
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("translations", page.DocumentElement.GetAttribute("data-page"));
            Assert.Equal(3, page.QuerySelectorAll("tr[data-article]").Length);
            // Every page links to it from the footer.
            Assert.Equal("../../translations/", _site.Html($"{lang}/history/founding/index.html").QuerySelector("footer a[href$='translations/']")?.GetAttribute("href"));
        }
        var missing = _site.Html("en/translations/index.html").QuerySelector("tr[data-article='law/law-2008'] .translation-row__edit");
        Assert.Equal("https://github.com/example/khasite/new/main/input/articles/law?filename=law-2008.en.md", missing?.GetAttribute("href"));
    }

    [Fact]
    public async Task Translated_without_arguments_marks_every_translation_and_changes_nothing_else()
    {
        var before = File.ReadAllText(English);
        var (exit, printed) = await TranslatedAsync();
        Assert.True(exit == 0, printed);
        Assert.Contains("1 translation(s) marked", printed, StringComparison.Ordinal);
        var close = before.IndexOf("\n---\n", StringComparison.Ordinal) + 1;
        Assert.Equal(before.Insert(close, $"translation_of: {TranslatedCommand.HashOf(Kazakh)}\n"), File.ReadAllText(English));
        Assert.DoesNotContain("translation_of", File.ReadAllText(Kazakh), StringComparison.Ordinal);

        // Again: nothing to do, the file is not touched.
        var written = File.GetLastWriteTimeUtc(English);
        (exit, printed) = await TranslatedAsync();
        Assert.Equal(0, exit);
        Assert.Contains("0 translation(s) marked, 1 already up to date", printed, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(English));
    }

    [Theory]
    [InlineData("history/nothing", "has no original")]
    [InlineData("law/only-kk", "has no translation yet")]
    [InlineData("input-relative/x.en.md", "does not exist")]
    [InlineData("founding", "neither an article file")]
    public async Task Targets_that_cannot_be_marked_are_refused_and_nothing_is_written(string target, string message)
    {
        var before = File.ReadAllText(English);
        var (exit, printed) = await TranslatedAsync(English, target);
        Assert.Equal(2, exit);
        Assert.Contains(message, printed, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(English));
    }

    [Fact]
    public async Task The_original_itself_is_refused()
    {
        var (exit, printed) = await TranslatedAsync(Kazakh);
        Assert.Equal(2, exit);
        Assert.Contains("is the kk original", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_editor_changes_only_the_field()
    {
        Assert.Equal("---\ntitle: A\ntranslation_of: abc\n---\nBody\n", FrontMatterEditor.SetField("---\ntitle: A\n---\nBody\n", "translation_of", "abc"));
        Assert.Equal("---\ntitle: A\ntranslation_of: new # c\n---\n", FrontMatterEditor.SetField("---\ntitle: A\ntranslation_of: old\n---\n", "translation_of", "new # c"));
        Assert.Equal("---\r\ntitle: A\r\ntranslation_of: abc\r\n---\r\nBody\r\n", FrontMatterEditor.SetField("---\r\ntitle: A\r\n---\r\nBody\r\n", "translation_of", "abc"));
        Assert.Equal("---\ninfobox:\n  translation_of: x\ntranslation_of: abc\n---\n", FrontMatterEditor.SetField("---\ninfobox:\n  translation_of: x\n---\n", "translation_of", "abc"));
        Assert.Null(FrontMatterEditor.SetField("No front matter\n", "translation_of", "abc"));
        Assert.Equal("abc", FrontMatterEditor.GetField("---\ntranslation_of: abc\n---\n", "translation_of"));
        Assert.Null(FrontMatterEditor.GetField("---\ntitle: A\n---\ntranslation_of: abc\n", "translation_of"));
    }
}
