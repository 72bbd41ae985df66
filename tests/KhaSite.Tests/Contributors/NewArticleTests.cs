using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Contributors;

/// <summary><c>new &lt;section&gt;/&lt;slug&gt;</c>: a pair that builds cleanly, and clear refusals.</summary>
public sealed class NewArticleTests : IDisposable
{
    private readonly FixtureSite _site = Contributor.Site();

    public void Dispose() => _site.Dispose();

    private string Article(string section, string slug, string lang) => Path.Combine(_site.Input, "articles", section, $"{slug}.{lang}.md");

    [Fact]
    public async Task Creates_both_languages_with_front_matter_and_a_citation_that_build_without_any_diagnostic()
    {
        var (exit, printed) = await Contributor.CliAsync("new", "law/law-2008", "--input", _site.Input);
        Assert.True(exit == 0, printed);

        var kk = File.ReadAllText(Article("law", "law-2008", "kk"));
        var en = File.ReadAllText(Article("law", "law-2008", "en"));
        foreach (var text in new[] { kk, en })
        {
            Assert.StartsWith("---\n", text, StringComparison.Ordinal);
            Assert.Contains("\ntitle: ", text, StringComparison.Ordinal);
            Assert.Contains("\nsummary: ", text, StringComparison.Ordinal);
            Assert.Contains("\ncategory: ", text, StringComparison.Ordinal);
            Assert.Contains("\ntags: []", text, StringComparison.Ordinal);
            Assert.Contains("[@abdraimov2023]", text, StringComparison.Ordinal);
        }
        // The translation starts out following its placeholder original: once the original is written it shows as outdated.
        var original = FrontMatterReader.SplitText(kk).Body;
        Assert.Contains($"\ntranslation_of: {ArticleLoader.Hash(original)}\n", en, StringComparison.Ordinal);
        Assert.DoesNotContain("translation_of", kk, StringComparison.Ordinal);

        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(_site.Output, "kk", "law", "law-2008", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "en", "law", "law-2008", "index.html")));
    }

    [Fact]
    public async Task Takes_the_category_most_articles_of_the_section_have()
    {
        var (exit, _) = await Contributor.CliAsync("new", "history/forum-1992", "--input", _site.Input);
        Assert.Equal(0, exit);
        Assert.Contains("\ncategory: event ", File.ReadAllText(Article("history", "forum-1992", "kk")), StringComparison.Ordinal);
        Assert.True((await _site.BuildAsync()).Diagnostics.Count == 0);
    }

    [Fact]
    public async Task Builds_cleanly_in_a_copy_of_the_real_encyclopedia()
    {
        using var copy = new FixtureSite(siteYml: null);
        CopyTree(RepoPaths.Input, copy.Input);
        var (exit, printed) = await Contributor.CliAsync("new", "history/new-test-article", "--input", copy.Input);
        Assert.True(exit == 0, printed);
        var result = await copy.BuildAsync(write: false);
        var about = result.Diagnostics.Where(d => d.Location.File.Contains("new-test-article", StringComparison.Ordinal)).ToArray();
        Assert.True(about.Length == 0, string.Join("\n", about));
    }

    [Fact]
    public async Task An_unknown_section_is_refused_with_the_list_of_sections()
    {
        var (exit, printed) = await Contributor.CliAsync("new", "histroy/forum-1992", "--input", _site.Input);
        Assert.Equal(2, exit);
        Assert.Contains("'histroy' is not a section", printed, StringComparison.Ordinal);
        Assert.Contains("history, law", printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Input, "articles", "histroy")));
    }

    [Fact]
    public async Task An_existing_article_is_never_overwritten()
    {
        var before = File.ReadAllText(Article("history", "founding", "kk"));
        var (exit, printed) = await Contributor.CliAsync("new", "history/founding", "--input", _site.Input);
        Assert.Equal(2, exit);
        Assert.Contains("already exist", printed, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Article("history", "founding", "kk")));

        // Only one language written so far: still refused, and the other language is not created.
        _site.Article("law", "half", "en", "Half", "Text [@abdraimov2023].");
        (exit, _) = await Contributor.CliAsync("new", "law/half", "--input", _site.Input);
        Assert.Equal(2, exit);
        Assert.False(File.Exists(Article("law", "half", "kk")));
    }

    [Theory]
    [InlineData("law/founding", "already used by")]
    [InlineData("law/Bad_Slug", "is not <section>/<slug>")]
    [InlineData("forum-1992", "is not <section>/<slug>")]
    public async Task Bad_names_are_refused(string name, string message)
    {
        var (exit, printed) = await Contributor.CliAsync("new", name, "--input", _site.Input);
        Assert.Equal(2, exit);
        Assert.Contains(message, printed, StringComparison.Ordinal);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
