using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Tests.Support;
using KhaSite.Write;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A build with the cache takes what Load made of each unchanged article file from <see cref="ArticleCache"/>; whatever
/// the edit (one that adds Load's errors, one that takes them away again, a warning elsewhere) its diagnostics, in the
/// same order and with the same text, and its output are those of a clean build of the same input.
/// </summary>
public sealed class LoadCacheBuildTests : IDisposable
{
    private readonly FixtureSite _site;
    private readonly string _theme;

    private const string Timeline = FixtureData.FoundedEvent;

    private const string Dataset = FixtureData.MembersDataset;

    public LoadCacheBuildTests()
    {
        _site = new FixtureSite()
            .Write("data/sources.yml", FixtureData.AlphaSource)
            .Write("data/timeline.yml", Timeline)
            .Write("data/statistics/members.yml", Dataset)
            .Article("history", "founding", "kk", "Құрылуы", "Ассамблея 1995 жылы құрылды [@alpha, p. 11].")
            .Article("history", "founding", "en", "Founding", "The Assembly was founded in 1995 [@alpha, p. 11].")
            // Warnings in an article no edit touches: a cached build must report them as a clean one does.
            .Article("history", "people", "kk", "Халықтар", "Халықтар туралы [@alpha].\n\nЕкінші абзац 4409 мүше.", "tags: [people]\n")
            .Article("history", "people", "en", "Peoples", "About the peoples [@alpha].\n\nA second paragraph with 4409 members.", "tags: [people]\n");
        _theme = Path.Combine(_site.Root, "theme");
        TestFolders.Copy(RepoPaths.Theme, _theme);
    }

    private BuildOptions Cached => new(_site.Input, _theme, _site.Output, KeepWhenUnchanged: true);

    private string ArticlePath(string slug, string lang) => Path.Combine(_site.Input, "articles", "history", slug + "." + lang + ".md");

    private static readonly string[] EditKinds =
    [
        "unknown field", "YAML syntax", "unclosed front matter", "no front matter", "invalid UTF-8", "bad file name", "title", "uncited paragraph",
    ];

    public static TheoryData<string> Edits => [.. EditKinds];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_edit_and_its_undoing_report_and_write_what_a_clean_build_does(string edit)
    {
        var first = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(first.Succeeded && first.Warnings > 0, string.Join("\n", first.Diagnostics));
        var founding = ArticlePath("founding", "en");
        var original = File.ReadAllBytes(founding);

        Edit(edit, founding);
        await AssertAsClean(edit);
        if (edit == "bad file name") File.Delete(Path.Combine(_site.Input, "articles", "history", "Founding.en.md"));
        File.WriteAllBytes(founding, original);
        await AssertAsClean(edit + ", undone");
    }

    public static TheoryData<string> DataEdits =>
    [
        "sources.yml field", "sources.yml syntax", "source removed", "timeline.yml", "timeline.yml unknown field", "statistics",
        "statistics syntax", "site.yml", "UI strings", "UI strings syntax",
    ];

    /// <summary>The data files are read beside the articles (the bibliography on a worker of its own): after an edit to
    /// one, with its warnings or errors, and after the edit is undone, the build with the cache is the clean build.</summary>
    [Theory]
    [MemberData(nameof(DataEdits))]
    public async Task A_data_edit_and_its_undoing_report_and_write_what_a_clean_build_does(string edit)
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        var path = edit switch
        {
            "timeline.yml" or "timeline.yml unknown field" => Path.Combine(_site.Input, "data", "timeline.yml"),
            "statistics" or "statistics syntax" => Path.Combine(_site.Input, "data", "statistics", "members.yml"),
            "site.yml" => Path.Combine(_site.Input, "site.yml"),
            "UI strings" or "UI strings syntax" => Path.Combine(_theme, "i18n", "en.yml"),
            _ => Path.Combine(_site.Input, "data", "sources.yml"),
        };
        var original = File.ReadAllBytes(path);
        var text = File.ReadAllText(path);
        string Changed(string from, string to)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            return text.Replace(from, to, StringComparison.Ordinal);
        }
        File.WriteAllText(path, edit switch
        {
            "sources.yml field" => Changed("title: Альфа", "title: Альфа\n  titel: Alpha"),
            "sources.yml syntax" => Changed("author: [", "author: [[["),
            "source removed" => "[]\n",
            "timeline.yml" => Changed("1995-03-01", "1995-03-02"),
            "timeline.yml unknown field" => Changed("article:", "articel: history/founding\n  article:"),
            "statistics" => Changed("value: 40", "value: 41"),
            "statistics syntax" => Changed("rows:", "rows: ["),
            "site.yml" => Changed("Test encyclopedia", "A test encyclopedia"),
            "UI strings" => Changed("Edit this page", "Improve this page"),
            _ => text + "\n: [\n",
        });
        await AssertAsClean(edit);
        File.WriteAllBytes(path, original);
        await AssertAsClean(edit + ", undone");
    }

    [Fact]
    public async Task Round_after_round_of_edits_the_cached_build_is_the_clean_build()
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        var founding = ArticlePath("founding", "en");
        var original = File.ReadAllBytes(founding);
        foreach (var edit in EditKinds.Where(e => e != "bad file name"))
        {
            Edit(edit, founding);
            await AssertAsClean(edit);
        }
        File.WriteAllBytes(founding, original);
        await AssertAsClean("all undone");
    }

    public static TheoryData<string> Damages => ["truncated", "a byte changed", "garbage"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_cache_file_is_ignored_and_the_build_is_the_clean_build(string damage)
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        var cache = ArticleCache.PathIn(Path.GetDirectoryName(BuildStamp.PathFor(_site.Input, _site.Output))!);
        var bytes = File.ReadAllBytes(cache);
        Assert.True(bytes.Length > 200, "the first build should have kept its articles");
        bytes = damage switch
        {
            "truncated" => bytes[..(bytes.Length * 2 / 3)],
            "a byte changed" => [.. bytes[..^30], (byte)(bytes[^30] ^ 0x04), .. bytes[^29..]],
            _ => [.. System.Text.Encoding.UTF8.GetBytes("khasite-loaded-articles-1\n"), .. new byte[300]],
        };
        File.WriteAllBytes(cache, bytes);
        Edit("title", ArticlePath("founding", "en"));
        await AssertAsClean(damage);
    }

    [Fact]
    public async Task An_unchanged_article_edited_as_Load_begins_stops_the_build_or_builds_it_as_it_was()
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        Edit("title", ArticlePath("founding", "en"));
        var cleanBefore = Snapshot(await CleanBuild());
        var outputBefore = Snapshot(_site.Output);
        var people = ArticlePath("people", "en");
        // After the fingerprint found it unchanged (its cache entry is used), before any stage reads its body.
        void EditDuringBuild(string stage)
        {
            if (stage == "Load") File.AppendAllText(people, "\nA sentence added while the site was built [@alpha].\n");
        }

        var result = await SiteBuilder.BuildAsync(Cached, write: true, EditDuringBuild);
        if (result.Diagnostics.Any(d => d.Code == DiagnosticCode.ArticleChangedDuringBuild))
        {
            Assert.Equal(DisplayPath.For(people), Assert.Single(result.Diagnostics).Location.File);
            Assert.False(result.Wrote);
            Assert.Equal(outputBefore, Snapshot(_site.Output));
        }
        else Assert.Equal(cleanBefore, Snapshot(_site.Output));
        // The next build sees the edit.
        await AssertAsClean("after the edit during the build");
    }

    /// <summary>A build with the cache, then a clean one of the same input: the same diagnostics and, when it wrote, the same files.</summary>
    private async Task AssertAsClean(string what)
    {
        var cached = await SiteBuilder.BuildAsync(Cached, write: true);
        var clean = Path.Combine(_site.Root, "clean");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        var reference = await SiteBuilder.BuildAsync(new BuildOptions(_site.Input, _theme, clean), write: true);
        Assert.True(reference.Diagnostics.SequenceEqual(cached.Diagnostics),
            $"{what}: clean\n{string.Join("\n", reference.Diagnostics)}\ncached\n{string.Join("\n", cached.Diagnostics)}");
        foreach (var lang in DiagnosticLanguage.Supported)
            Assert.Equal(reference.Diagnostics.Select(d => DiagnosticLanguage.In(d, lang).ToString()), cached.Diagnostics.Select(d => DiagnosticLanguage.In(d, lang).ToString()));
        Assert.Equal(reference.Succeeded, cached.Succeeded);
        if (reference.Succeeded) Assert.True(Snapshot(clean).SequenceEqual(Snapshot(_site.Output)), what);
    }

    private async Task<string> CleanBuild()
    {
        Assert.True((await _site.CleanBuildAsync(_theme)).Succeeded);
        return _site.CleanOutput;
    }

    private void Edit(string edit, string path)
    {
        var text = File.ReadAllText(path);
        switch (edit)
        {
            case "unknown field": File.WriteAllText(path, text.Replace("summary:", "titel: Founding\nsummary:", StringComparison.Ordinal)); break;
            case "YAML syntax": File.WriteAllText(path, text.Replace("title: ", "title: [", StringComparison.Ordinal)); break;
            case "unclosed front matter": File.WriteAllText(path, "---\ntitle: Founding\nThe Assembly was founded.\n"); break;
            case "no front matter": File.WriteAllText(path, "The Assembly was founded [@alpha].\n"); break;
            case "invalid UTF-8": File.AppendAllBytes(path, [0xFF, (byte)'\n']); break;
            case "bad file name": File.Copy(path, Path.Combine(Path.GetDirectoryName(path)!, "Founding.en.md")); break;
            case "title": File.WriteAllText(path, text.Replace("title: ", "title: The ", StringComparison.Ordinal)); break;
            case "uncited paragraph": File.AppendAllText(path, "\nA paragraph without a source, with 5123 members.\n"); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    private static List<string> Snapshot(string dir) => OutputSnapshot.Of(dir);

    public void Dispose() => _site.Dispose();
}
