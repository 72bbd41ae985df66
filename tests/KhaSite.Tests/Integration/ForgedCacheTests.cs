using KhaSite.Check;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Safety;
using KhaSite.Tests.Support;
using KhaSite.Write;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A pull request can add any file to <c>.khasite/</c> (<c>git add -f</c>), and CI builds a fresh clone of it. Each
/// build cache written there by a build of this user is used by the next build (the control); the same file framed
/// as the generator frames it but without this user's key (<see cref="ForgedCache"/>) is not, and the build's
/// diagnostics and output are a clean <c>--no-cache</c> build's.
/// </summary>
public sealed class ForgedCacheTests : IDisposable
{
    private const string Stamp = "build stamp";
    private const string Hashes = "file hashes";
    private const string Articles = "loaded articles";
    private const string Facts = "body facts";
    private const string Checks = "checks";

    private readonly FixtureSite _site;

    public ForgedCacheTests()
    {
        _site = new FixtureSite().Write("data/sources.yml", FixtureData.AlphaSource);
        _site.Article("history", "founding", "kk", "Құрылуы", "Ассамблея 1995 жылы құрылды [@alpha, p. 11].\n\n## Кеңес\n\nКеңес жиналады [@alpha, p. 12].");
        _site.Article("history", "founding", "en", "Founding", "The Assembly was founded in 1995 [@alpha, p. 11].\n\n## Council\n\nThe council meets [@alpha, p. 12].");
        // A warning, which a kept build prints again from the stored diagnostics.
        _site.Article("history", "people", "kk", "Халықтар", "Халықтар туралы [@alpha]. Қараңыз: [құрылуы](founding.kk.md).");
        _site.Article("history", "people", "en", "Peoples", "About the peoples [@alpha]. See [the council](founding.en.md#council).\n\nWords without a source.");
        // Older than two seconds, so that the file hashes of the first build are trusted for them (FileHashes).
        foreach (var file in Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
    }

    public void Dispose() => _site.Dispose();

    private BuildOptions Cached => new(_site.Input, RepoPaths.Theme, _site.Output, KeepWhenUnchanged: true, TreeBudget: 0);

    private string StampPath => BuildStamp.PathFor(_site.Input, _site.Output);

    private string PathOf(string cache) => cache switch
    {
        Stamp => StampPath,
        Hashes => Path.Combine(Path.GetDirectoryName(StampPath)!, "file-hashes.bin"),
        Articles => ArticleCache.PathIn(Path.GetDirectoryName(StampPath)!),
        Facts => BodyFactsCache.PathFor(StampPath),
        Checks => CheckedArticles.PathFor(StampPath),
        _ => throw new ArgumentOutOfRangeException(nameof(cache), cache, null),
    };

    public static TheoryData<string, string> Forgeries
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var cache in new[] { Stamp, Hashes, Articles, Facts, Checks })
                foreach (var forgery in ForgedCache.Kinds) cases.Add(cache, forgery);
            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_cache_file_not_sealed_by_this_user_is_ignored_and_the_build_is_a_clean_one(string cache, string forgery)
    {
        var first = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var content = SealedFile.Read(PathOf(cache))?.ToArray();
        Assert.NotNull(content);
        Assert.True((await BuildWith(cache)).Used, $"the {cache} this user's build wrote should be used by the next build");

        ForgedCache.Rewrite(PathOf(cache), forgery, content);
        var (used, forged) = await BuildWith(cache);
        Assert.False(used, $"the forged {cache} was used");
        var clean = await CleanBuild();
        Assert.Equal(Printed(clean), Printed(forged));
        Assert.Equal(Snapshot(_site.CleanOutput), Snapshot(_site.Output));
    }

    [Fact]
    public async Task Stored_diagnostics_other_than_the_sealed_stamp_names_are_not_replayed()
    {
        var first = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.Contains(first.Diagnostics, d => d.Code == DiagnosticCode.UncitedParagraph);
        // A well-formed file of no diagnostics where the warning's file was: the stamp's hash of it no longer holds.
        StoredDiagnostics.Save(BuildStamp.DiagnosticsPathFor(StampPath), []);

        var again = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.False(Kept(again));
        Assert.Equal(Printed(await CleanBuild()), Printed(again));
    }

    /// <summary>A build with the cache, after removing the stamp unless the stamp is the cache tried (so that the other
    /// caches are read), and whether it used <paramref name="cache"/>. The files Load reads are known by asking before
    /// the build, as a build would, since a build writes them again.</summary>
    private async Task<(bool Used, BuildResult Result)> BuildWith(string cache)
    {
        if (cache != Stamp) File.Delete(StampPath);
        var loadUsed = cache switch
        {
            Hashes => HashesTrusted(),
            Articles => ArticlesFound(),
            _ => false,
        };
        var result = await SiteBuilder.BuildAsync(Cached, write: true);
        var used = cache switch
        {
            Stamp => Kept(result),
            Facts => result.BodiesFromCache > 0,
            Checks => result.Articles.Replayed > 0,
            _ => loadUsed,
        };
        return (used, result);
    }

    /// <summary>Whether the input's fingerprint, with the kept file hashes, reads no input file.</summary>
    private bool HashesTrusted()
    {
        var hashes = FileHashes.Load(PathOf(Hashes));
        InputFingerprint.Of("options", hashes, _site.Input);
        return hashes.Read == 0;
    }

    /// <summary>Whether Load, with the kept articles, parses no article file.</summary>
    private bool ArticlesFound()
    {
        var hashes = FileHashes.None();
        InputFingerprint.Of("options", hashes, _site.Input);
        var articles = ArticleCache.Load(PathOf(Articles), hashes);
        ArticleLoader.LoadAll(Path.Combine(_site.Input, "articles"), ["kk", "en"], new DiagnosticBag(), cache: articles);
        return articles.Parsed == 0;
    }

    private static bool Kept(BuildResult result) => (result.Notes ?? []).Any(n => n.StartsWith("up to date", StringComparison.Ordinal));

    private Task<BuildResult> CleanBuild() => _site.CleanBuildAsync();

    private static List<string> Printed(BuildResult result) => FixtureSite.Printed(result);

    private static List<string> Snapshot(string dir) => OutputSnapshot.Of(dir);
}
