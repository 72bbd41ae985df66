using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A build with the cache keeps each part of the output that is not a page (downloads, previews, images, the theme's
/// assets, each feed) whose key did not change, publishes by the stamp's listing instead of walking the output, and
/// leaves a listing the next build trusts; whatever it kept, the output and the diagnostics are a clean build's.
/// </summary>
public sealed class IncrementalFilesTests : IDisposable
{
    private const string Timeline = FixtureData.FoundedEvent;

    private const string Dataset = """
        id: members
        kind: breakdown
        title: {kk: Мүшелер, en: Members}
        unit: count
        as_of: 2021
        cite: "@alpha"
        rows:
          - {key: council, label: {kk: Кеңес, en: Council}, value: 40}
        """;

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", FixtureData.AlphaSource)
        .Write("data/timeline.yml", Timeline)
        .Write("data/statistics/members.yml", Dataset)
        .Article("history", "founding", "kk", "Құрылуы", "Ассамблея 1995 жылы құрылды [@alpha, p. 11].")
        .Article("history", "founding", "en", "Founding", "The Assembly was founded in 1995 [@alpha, p. 11].")
        .Article("law", "charter", "kk", "Жарғы", "Жарғы туралы [@alpha].")
        .Article("law", "charter", "en", "Charter", "About the charter [@alpha].");

    private BuildOptions Cached => new(_site.Input, RepoPaths.Theme, _site.Output, KeepWhenUnchanged: true);

    private string ArticlePath(string section, string slug, string lang) => Path.Combine(_site.Input, "articles", section, $"{slug}.{lang}.md");

    public static TheoryData<string, string[], string[]> Edits => new()
    {
        // Words added to one Kazakh article: its feeds are written again, every other part is kept.
        { "body text", ["downloads", "previews", "images", "assets", "feed en/feed.xml", "feed en/history/feed.xml", "feed kk/law/feed.xml"], ["feed kk/feed.xml", "feed kk/history/feed.xml"] },
        // Only a Kazakh article's time changed: the dates its feeds and sitemap entry give come from the fingerprint's walk.
        { "touched file", ["downloads", "previews", "images", "assets", "feed en/feed.xml", "feed en/history/feed.xml", "feed kk/law/feed.xml"], ["feed kk/feed.xml", "feed kk/history/feed.xml"] },
        // A title is in the previews and the feeds of its language; the downloads and assets do not show it.
        { "title", ["downloads", "assets"], ["previews", "feed kk/feed.xml", "feed kk/history/feed.xml"] },
        // A dataset is data: every download is made again.
        { "dataset", [], ["downloads", "previews", "assets"] },
        // An output file changed by hand: the stamp is not trusted, nothing is kept.
        { "download changed by hand", [], ["downloads", "previews", "assets", "feed en/feed.xml"] },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task Each_part_whose_inputs_did_not_change_is_kept_and_the_output_is_a_clean_builds(string edit, string[] kept, string[] made)
    {
        var first = await Build();
        Assert.Empty(first.Kept);
        switch (edit)
        {
            case "body text":
                // Its time kept, as an edit within the same second leaves it: the feeds must see the body itself.
                var path = ArticlePath("history", "founding", "kk");
                var time = File.GetLastWriteTimeUtc(path);
                File.AppendAllText(path, "\nТағы бір сөйлем.\n");
                File.SetLastWriteTimeUtc(path, time);
                break;
            case "touched file": File.SetLastWriteTimeUtc(ArticlePath("history", "founding", "kk"), new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc)); break;
            case "title": Replace(ArticlePath("history", "founding", "kk"), "title: Құрылуы", "title: Құрылуы туралы"); break;
            case "dataset": _site.Write("data/statistics/members.yml", Dataset.Replace("value: 40", "value: 41", StringComparison.Ordinal)); break;
            case "download changed by hand":
                File.AppendAllText(Path.Combine(_site.Output, "en", "timeline", "timeline.csv"), "x");
                File.AppendAllText(ArticlePath("history", "founding", "kk"), "\nТағы бір сөйлем.\n");
                break;
        }

        var again = await Build();
        foreach (var part in kept) Assert.Contains(part, again.Kept);
        foreach (var part in made) Assert.DoesNotContain(part, again.Kept);
        var clean = await CleanBuild();
        Assert.Equal(Snapshot(clean.Folder), Snapshot(_site.Output));
        Assert.Equal(clean.Result.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("body text")]
    [InlineData("new article")]
    [InlineData("deleted article")]
    public async Task After_an_incremental_build_the_stamp_lists_the_output_exactly(string edit)
    {
        await Build();
        switch (edit)
        {
            case "body text": File.AppendAllText(ArticlePath("law", "charter", "en"), "\nMore words.\n"); break;
            case "new article":
                _site.Article("law", "treaty", "kk", "Шарт", "Шарт туралы [@alpha].").Article("law", "treaty", "en", "Treaty", "About the treaty [@alpha].");
                break;
            case "deleted article":
                File.Delete(ArticlePath("law", "charter", "kk"));
                File.Delete(ArticlePath("law", "charter", "en"));
                break;
        }
        Assert.True((await Build()).Wrote);
        Assert.Equal(Snapshot((await CleanBuild()).Folder), Snapshot(_site.Output));
        // The publish deleted the folders it emptied, as a walk would have.
        Assert.Equal(edit != "deleted article", Directory.Exists(Path.Combine(_site.Output, "en", "law", "charter")));

        // The updated listing holds: nothing changed, so nothing is written…
        Assert.False((await Build()).Wrote);
        // …and it lists what the publish moved in: a file of this build changed by hand is seen.
        var movedIn = edit switch { "body text" => "en/law/charter/index.html", "new article" => "en/law/treaty/index.html", _ => "sitemap.xml" };
        File.AppendAllText(Path.Combine(_site.Output, movedIn), "<!-- by hand -->");
        Assert.True((await Build()).Wrote);
        Assert.Equal(Snapshot((await CleanBuild()).Folder), Snapshot(_site.Output));
    }

    [Theory]
    [InlineData("byte changed")]
    [InlineData("truncated")]
    public async Task A_damaged_stamp_keeps_nothing(string damage)
    {
        await Build();
        var stamp = KhaSite.Write.BuildStamp.PathFor(_site.Input, _site.Output);
        var bytes = File.ReadAllBytes(stamp);
        if (damage == "truncated") bytes = bytes[..^1];
        else bytes[40] ^= 1; // inside the input's fingerprint: still a stamp to read, but not this one
        File.WriteAllBytes(stamp, bytes);
        File.AppendAllText(ArticlePath("law", "charter", "en"), "\nMore words.\n");

        var again = await Build();
        Assert.Empty(again.Kept);
        Assert.Equal(0, again.Pages.Kept);
        Assert.Equal(Snapshot((await CleanBuild()).Folder), Snapshot(_site.Output));
    }

    private static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task<BuildResult> Build()
    {
        var result = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private async Task<(string Folder, BuildResult Result)> CleanBuild()
    {
        var result = await _site.CleanBuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (_site.CleanOutput, result);
    }

    private static List<string> Snapshot(string dir) => OutputSnapshot.Of(dir);

    public void Dispose() => _site.Dispose();
}
