using KhaSite.Load;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Contributors;

/// <summary>Every article page links to its file in the repository and shows when git last saw it change.</summary>
public sealed class PageHistoryTests : IDisposable
{
    private readonly FixtureSite _site = Contributor.Site();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Article_pages_link_to_their_file_for_editing()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        foreach (var lang in new[] { "kk", "en" })
        {
            var link = _site.Html($"{lang}/history/founding/index.html").QuerySelector("footer a[rel=nofollow]");
            Assert.Equal($"https://github.com/example/khasite/edit/main/input/articles/history/founding.{lang}.md", link?.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("index.html", "site.yml")]
    [InlineData("kk/index.html", "site.yml")]
    [InlineData("en/history/index.html", "site.yml")]
    [InlineData("en/sources/index.html", "data/sources.yml")]
    [InlineData("kk/sources/abdraimov2023/index.html", "data/sources.yml")]
    public async Task Pages_made_from_one_input_file_link_to_it_for_editing(string page, string file)
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        var link = _site.Html(page).QuerySelector("footer a[rel=nofollow]");
        Assert.Equal($"https://github.com/example/khasite/edit/main/input/{file}", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_last_change_comes_from_git_is_written_per_language_and_is_stable()
    {
        Contributor.Git(_site.Root, "2024-03-01T10:00:00+05:00", "init", "-q");
        Contributor.Git(_site.Root, "2024-03-01T10:00:00+05:00", "add", "input");
        Contributor.Git(_site.Root, "2024-03-01T10:00:00+05:00", "commit", "-q", "-m", "first");
        File.AppendAllText(Path.Combine(_site.Input, "articles", "history", "founding.en.md"), "\nMore [@abdraimov2023].\n");
        Contributor.Git(_site.Root, "2025-01-15T23:30:00+05:00", "commit", "-q", "-am", "second");
        // Untracked, and a change not yet committed: neither moves a date.
        _site.Article("law", "draft", "en", "Draft", "Text [@abdraimov2023].", "category: event\n");
        File.AppendAllText(Path.Combine(_site.Input, "articles", "history", "founding.kk.md"), "\nТағы [@abdraimov2023].\n");

        Assert.True((await _site.BuildAsync()).Succeeded);
        var kk = _site.Html("kk/history/founding/index.html").QuerySelector("footer .last-changed time");
        Assert.Equal("2024-03-01", kk?.GetAttribute("datetime"));
        Assert.Equal("2024 жылғы 1 наурыз", kk?.TextContent);
        var en = _site.Html("en/history/founding/index.html").QuerySelector("footer .last-changed time");
        Assert.Equal("2025-01-15", en?.GetAttribute("datetime"));
        Assert.Equal("15 January 2025", en?.TextContent);
        Assert.Null(_site.Html("en/law/draft/index.html").QuerySelector(".last-changed"));

        var first = _site.ReadOutput("en/history/founding/index.html");
        Assert.True((await _site.BuildAsync()).Succeeded);
        Assert.Equal(first, _site.ReadOutput("en/history/founding/index.html"));
    }

    [Fact]
    public async Task Without_git_history_no_date_is_shown()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        Assert.Null(_site.Html("en/history/founding/index.html").QuerySelector(".last-changed"));
        Assert.Equal(0, GitHistory.Read(_site.Input).Count);
        Assert.Equal(0, GitHistory.Read(Path.Combine(_site.Root, "no-such-folder")).Count);
    }

    [Fact]
    public void Reads_the_newest_date_of_each_file_from_one_log()
    {
        var root = Path.Combine(Path.GetTempPath(), "khasite-git-parse");
        var log = "\u00012025-02-03\n\narticles/a.kk.md\narticles/b.kk.md\n\u00012024-01-02\n\narticles/a.kk.md\narticles/c.en.md\n\"articles/odd\\tname.md\"\n";
        var history = GitHistory.Parse(log, root);
        Assert.Equal(new DateOnly(2025, 2, 3), history.LastChange(Path.Combine(root, "articles", "a.kk.md")));
        Assert.Equal(new DateOnly(2025, 2, 3), history.LastChange(Path.Combine(root, "articles", "b.kk.md")));
        Assert.Equal(new DateOnly(2024, 1, 2), history.LastChange(Path.Combine(root, "articles", "c.en.md")));
        Assert.Null(history.LastChange(Path.Combine(root, "articles", "d.en.md")));
        Assert.Equal(3, history.Count);
    }
}
