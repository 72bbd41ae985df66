using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A build that finds nothing changed since the last clean build into its folder keeps the output as it is
/// (<see cref="KhaSite.Write.BuildStamp"/>); after any kind of edit it builds again, and the folder then holds exactly
/// what a clean build of the edited input writes.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private const string Sources = FixtureData.AlphaSource;

    private const string Timeline = FixtureData.FoundedEvent;

    private readonly FixtureSite _site;
    private readonly string _theme;

    public BuildCacheTests()
    {
        _site = new FixtureSite()
            .Write("data/sources.yml", Sources)
            .Write("data/timeline.yml", Timeline)
            .Article("history", "founding", "kk", "Құрылуы", "Ассамблея құрылды [@alpha, p. 11].")
            .Article("history", "founding", "en", "Founding", "The Assembly was founded [@alpha, p. 11].");
        _theme = Path.Combine(_site.Root, "theme");
        TestFolders.Copy(RepoPaths.Theme, _theme);
    }

    private BuildOptions Cached => new(_site.Input, _theme, _site.Output, KeepWhenUnchanged: true);

    private static bool Kept(BuildResult result) => (result.Notes ?? []).Any(n => n.StartsWith("up to date", StringComparison.Ordinal));

    [Fact]
    public async Task A_build_with_nothing_changed_keeps_the_output_untouched()
    {
        var first = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(first.Succeeded && first.Wrote && !Kept(first));
        var before = Snapshot(_site.Output, withTimes: true);

        var second = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(Kept(second), "the second build should find nothing changed");
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(first.PagesPerLanguage, second.PagesPerLanguage);
        Assert.Equal(before, Snapshot(_site.Output, withTimes: true));
    }

    public static TheoryData<string> Edits => ["article", "new article", "bibliography", "timeline", "site.yml", "stylesheet", "ui strings", "deleted output file", "changed output file", "added output file"];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_an_edit_the_build_runs_again_and_writes_what_a_clean_build_writes(string edit)
    {
        Assert.False(Kept(await SiteBuilder.BuildAsync(Cached, write: true)));
        Edit(edit);

        var again = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.False(Kept(again), $"after the edit ({edit}) the build must run");
        var clean = Path.Combine(_site.Root, "clean");
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions(_site.Input, _theme, clean), write: true)).Succeeded);
        Assert.Equal(Snapshot(clean, withTimes: false), Snapshot(_site.Output, withTimes: false));

        Assert.True(Kept(await SiteBuilder.BuildAsync(Cached, write: true)), "and after that build, nothing has changed again");
    }

    [Fact]
    public async Task A_kept_build_with_warnings_reports_the_same_warnings_in_every_language()
    {
        _site.Article("history", "founding", "en", "Founding", "The Assembly was founded in 1995 with 4409 members [@alpha, p. 11].")
            .Article("history", "founding", "kk", "Құрылуы", "Ассамблея құрылды.\n\nЕкінші абзац 4409 мүше.");
        var first = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(first.Succeeded && first.Warnings > 1, "the fixture should warn");
        Assert.Contains(first.Diagnostics, d => d.Text is not null);
        var second = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(Kept(second), "a build with warnings is kept too");
        Assert.Equal(first.Site, second.Site);
        foreach (var lang in KhaSite.Diagnostics.DiagnosticLanguage.Supported)
            Assert.Equal(first.Diagnostics.Select(d => KhaSite.Diagnostics.DiagnosticLanguage.In(d, lang).ToString()),
                second.Diagnostics.Select(d => KhaSite.Diagnostics.DiagnosticLanguage.In(d, lang).ToString()));
    }

    [Fact]
    public async Task A_build_whose_stored_diagnostics_are_gone_runs_again()
    {
        _site.Article("history", "founding", "en", "Founding", "The Assembly was founded in 1995 with 4409 members [@alpha, p. 11].");
        var first = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(first.Warnings > 0, "the fixture should warn");
        var stored = KhaSite.Write.BuildStamp.DiagnosticsPathFor(KhaSite.Write.BuildStamp.PathFor(_site.Input, _site.Output));
        File.AppendAllText(stored, "x");
        var second = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.False(Kept(second), "a stamp whose diagnostics file changed is not trusted");
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_search_index_whose_documents_did_not_change_is_kept_and_the_output_is_what_a_clean_build_writes(string edit)
    {
        var cached = Cached with { Search = true };
        var first = await SiteBuilder.BuildAsync(cached, write: true);
        Assert.Empty(first.Kept);
        Edit(edit);

        var again = await SiteBuilder.BuildAsync(cached, write: true);
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        var clean = Path.Combine(_site.Root, "clean");
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions(_site.Input, _theme, clean, Search: true), write: true)).Succeeded);
        Assert.Equal(Snapshot(clean, withTimes: false), Snapshot(_site.Output, withTimes: false));
        switch (edit)
        {
            case "stylesheet": Assert.Equal(["search en", "search kk"], again.Kept); break;
            case "article": // the English article's text: the Kazakh index stays
                Assert.Contains("search kk", again.Kept);
                Assert.DoesNotContain("search en", again.Kept);
                break;
            case "bibliography": Assert.Empty(again.Kept); break; // a source is a search document in every language
            case "deleted output file" or "changed output file": Assert.Empty(again.Kept); break; // an output changed by hand is not trusted
        }
    }

    [Fact]
    public async Task Other_options_or_another_output_folder_build_anew()
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.False(Kept(await SiteBuilder.BuildAsync(Cached with { Search = true }, write: true)));
        Assert.False(Kept(await SiteBuilder.BuildAsync(Cached with { OutputDir = Path.Combine(_site.Root, "elsewhere") }, write: true)));
        Assert.False(Kept(await SiteBuilder.BuildAsync(Cached with { KeepWhenUnchanged = false }, write: true)));
    }

    private void Edit(string edit)
    {
        switch (edit)
        {
            case "article": _site.Article("history", "founding", "en", "Founding", "The Assembly was set up [@alpha, p. 12]."); break;
            case "new article":
                _site.Article("law", "constitution", "kk", "Конституция", "Конституция [@alpha].").Article("law", "constitution", "en", "Constitution", "The Constitution [@alpha].");
                break;
            case "bibliography": _site.Write("data/sources.yml", Sources.Replace("title: Альфа", "title: Альфа мен Бета", StringComparison.Ordinal)); break;
            case "timeline": _site.Write("data/timeline.yml", Timeline.Replace("1995-03-01", "1995-03-02", StringComparison.Ordinal)); break;
            case "site.yml": _site.Write("site.yml", FixtureSite.SiteYml.Replace("Test encyclopedia", "A test encyclopedia", StringComparison.Ordinal)); break;
            case "stylesheet": File.AppendAllText(Path.Combine(_theme, "assets", "site.css"), "\n.edited { color: inherit; }\n"); break;
            case "ui strings":
                var en = Path.Combine(_theme, "i18n", "en.yml");
                File.WriteAllText(en, File.ReadAllText(en).Replace("Edit this page", "Improve this page", StringComparison.Ordinal));
                break;
            case "deleted output file": File.Delete(Path.Combine(_site.Output, "en", "history", "founding", "index.html")); break;
            case "changed output file": File.AppendAllText(Path.Combine(_site.Output, "en", "index.html"), "<!-- changed by hand -->"); break;
            case "added output file": File.WriteAllText(Path.Combine(_site.Output, "en", "history", "notes.txt"), "added by hand"); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    /// <summary>Every file's path and bytes (and, when asked, its modification time).</summary>
    private static List<string> Snapshot(string dir, bool withTimes) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(dir, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))
                + (withTimes ? " " + File.GetLastWriteTimeUtc(f).Ticks : ""))
            .ToList();

    public void Dispose() => _site.Dispose();
}
