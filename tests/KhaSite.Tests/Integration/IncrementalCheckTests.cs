using KhaSite.Check;
using KhaSite.Diagnostics;
using KhaSite.Tests.Support;
using KhaSite.Write;

namespace KhaSite.Tests.Integration;

/// <summary>
/// With the build cache on, Check replays the per-article diagnostics of each article whose key did not change
/// (<see cref="ArticleCheckKeys"/>, <see cref="CheckedArticles"/>) and checks the rest: whatever the edit, the build's
/// diagnostics (codes, places, messages, catalog texts, order, warnings included) and output are a clean build's, and
/// an edit to one article's prose checks that article only.
/// </summary>
public sealed class IncrementalCheckTests : IDisposable
{
    private const string Tags = """
        - id: institution
          label: {kk: Институт, en: Institution}
        - id: law
          label: {kk: Заң, en: Law}
        """;

    private readonly FixtureSite _site;

    public IncrementalCheckTests()
    {
        _site = new FixtureSite()
            .Write("data/sources.yml", FixtureData.AlphaSource)
            .Write("data/tags.yml", Tags);
        Write("history", "founding", "kk", "Ассамблея 1995 жылы құрылды [@alpha, p. 11].\n\n## Кеңес\n\nКеңес жиналады [@alpha, p. 12].");
        Write("history", "founding", "en", "The Assembly was founded in 1995 [@alpha, p. 11].\n\n## Council\n\nThe council meets [@alpha, p. 12].");
        Write("history", "people", "kk", "Халықтар туралы [@alpha]. Қараңыз: [құрылуы](founding.kk.md).");
        // A warning to begin with: a paragraph without a citation.
        Write("history", "people", "en", "About the peoples [@alpha]. See [the council](founding.en.md#council).\n\nWords without a source.");
        Write("law", "charter", "kk", "Жарғы туралы [@alpha, p. 3].", "tags: [law]\n");
        Write("law", "charter", "en", "About the charter [@alpha, p. 3].", "tags: [law]\n");
    }

    private void Write(string section, string slug, string lang, string body, string extra = "") =>
        _site.Article(section, slug, lang, lang == "kk" ? "Тақырып " + slug : "Title " + slug, body, extra);

    private string ArticlePath(string section, string slug, string lang) => Path.Combine(_site.Input, "articles", section, slug + "." + lang + ".md");

    private void Append(string section, string slug, string lang, string text) => File.AppendAllText(ArticlePath(section, slug, lang), text);

    private void Replace(string section, string slug, string lang, string from, string to)
    {
        var path = ArticlePath(section, slug, lang);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private BuildOptions Cached => new(_site.Input, RepoPaths.Theme, _site.Output, KeepWhenUnchanged: true);

    private string ChecksFile => CheckedArticles.PathFor(BuildStamp.PathFor(_site.Input, _site.Output));

    public static TheoryData<string> Edits =>
    [
        "prose added", "uncited paragraph added", "uncited paragraph removed", "figure in prose", "original gains a section",
        "translation loses a citation", "linked heading removed", "linked article deleted", "tag undeclared", "source removed",
        "lettered list", "site.yml",
    ];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_each_kind_of_edit_the_diagnostics_are_what_a_clean_build_reports(string edit)
    {
        var first = await Build();
        Assert.Equal((0, 3), first.Articles);
        Assert.Contains(first.Diagnostics, d => d.Code == DiagnosticCode.UncitedParagraph);
        Edit(edit);

        var again = await Build();
        var clean = await CleanBuild();
        Assert.Equal(Printed(clean), Printed(again));
        Assert.Equal(clean.Diagnostics, again.Diagnostics);
        if (clean.Succeeded) Assert.Equal(Snapshot(_site.CleanOutput), Snapshot(_site.Output));
        switch (edit)
        {
            // Only the edited article is checked; the other two are replayed.
            case "prose added" or "uncited paragraph added" or "uncited paragraph removed" or "figure in prose" or "lettered list":
                Assert.Equal((2, 1), again.Articles);
                break;
            // What the articles read of others (headings, citations: the site's exports) or of the data changed: every article is checked.
            case "original gains a section" or "translation loses a citation" or "linked heading removed" or "tag undeclared" or "source removed" or "site.yml":
                Assert.Equal((0, 3), again.Articles);
                break;
        }
        // A build with errors keeps nothing new; fixed, the next build is a clean build's again.
        if (!again.Succeeded)
        {
            Undo(edit);
            var fixedBuild = await Build();
            var cleanAgain = await CleanBuild();
            Assert.Equal(cleanAgain.Diagnostics, fixedBuild.Diagnostics);
            Assert.Equal(Snapshot(_site.CleanOutput), Snapshot(_site.Output));
        }
    }

    [Fact]
    public async Task A_rebuild_after_one_edit_and_back_replays_what_each_build_found()
    {
        await Build();
        Append("history", "founding", "en", "\nUncited words.\n");
        var edited = await Build();
        Assert.Equal(2, edited.Diagnostics.Count(d => d.Code == DiagnosticCode.UncitedParagraph));
        Replace("history", "founding", "en", "\nUncited words.\n", "");
        var back = await Build();
        Assert.Equal((2, 1), back.Articles);
        Assert.Equal((await CleanBuild()).Diagnostics, back.Diagnostics);
    }

    [Fact]
    public async Task An_article_edited_while_it_is_checked_stops_the_build_and_the_next_build_is_clean()
    {
        await Build();
        Replace("history", "founding", "kk", "Кеңес жиналады", "Кеңес жыл сайын жиналады");
        // Checked (its key changed), its body is read again in Check: the bytes are no longer those Load hashed.
        var result = await SiteBuilder.BuildAsync(Cached with { TreeBudget = 0 }, write: true,
            stage => { if (stage == "Check") Append("history", "founding", "kk", "\nЖаңа сөйлем [@alpha].\n"); });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.ArticleChangedDuringBuild, error.Code);
        Assert.EndsWith("founding.kk.md", error.Location.File, StringComparison.Ordinal);

        var again = await Build();
        Assert.Equal((await CleanBuild()).Diagnostics, again.Diagnostics);
        Assert.Equal(Snapshot(_site.CleanOutput), Snapshot(_site.Output));
    }

    [Fact]
    public async Task An_unchanged_article_edited_during_Check_never_mixes_two_texts_and_the_next_build_sees_the_edit()
    {
        await Build();
        var before = File.ReadAllText(Path.Combine(_site.Output, "en", "history", "people", "index.html"));
        Replace("history", "founding", "kk", "Кеңес жиналады", "Кеңес жыл сайын жиналады");
        // Replayed (its key did not change), the article is not read in Check; a later stage that reads its body (the
        // feeds) stops the build, or else its pages are kept as they were: never a mix of two texts.
        var result = await SiteBuilder.BuildAsync(Cached with { TreeBudget = 0 }, write: true,
            stage => { if (stage == "Check") Replace("history", "people", "en", "Words without a source.", "Words without any source."); });
        if (!result.Succeeded)
            Assert.Equal(DiagnosticCode.ArticleChangedDuringBuild, Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
        else Assert.Equal((2, 1), result.Articles);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Output, "en", "history", "people", "index.html")));

        var again = await Build();
        Assert.Equal((await CleanBuild()).Diagnostics, again.Diagnostics);
        Assert.Equal(Snapshot(_site.CleanOutput), Snapshot(_site.Output));
        Assert.Contains("Words without any source.", File.ReadAllText(Path.Combine(_site.Output, "en", "history", "people", "index.html")), StringComparison.Ordinal);
    }

    public static TheoryData<string> Damages => ["truncated", "a byte changed", "another version", "empty", "garbage", "a code unknown"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_checks_file_is_ignored_and_every_article_checked(string damage)
    {
        await Build();
        var bytes = File.ReadAllBytes(ChecksFile);
        File.WriteAllBytes(ChecksFile, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "a byte changed" => Flip(bytes, bytes.Length / 2),
            "another version" => Replace(bytes, "khasite-checks-1", "khasite-checks-0"),
            "empty" => [],
            "garbage" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31))],
            "a code unknown" => Resealed(Replace(bytes, "\u0059\u0002\u0000\u0000", "\u0099\u0099\u0000\u0000")),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        });
        Replace("history", "founding", "kk", "Кеңес жиналады", "Кеңес жыл сайын жиналады");

        var again = await Build();
        Assert.Equal((0, 3), again.Articles);
        Assert.Equal((await CleanBuild()).Diagnostics, again.Diagnostics);
        // The build wrote a whole, intact file again: the next one replays.
        Replace("history", "founding", "kk", "жыл сайын", "жылына бір рет");
        Assert.Equal((2, 1), (await Build()).Articles);
    }

    [Fact]
    public async Task Without_the_cache_nothing_is_kept_or_replayed()
    {
        var result = await SiteBuilder.BuildAsync(_site.Options, write: true);
        Assert.Equal((0, 0), result.Articles);
        Assert.False(File.Exists(ChecksFile));
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x55;
        return copy;
    }

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        var (a, b) = (System.Text.Encoding.Latin1.GetBytes(from), System.Text.Encoding.Latin1.GetBytes(to));
        var at = bytes.AsSpan().IndexOf(a);
        Assert.True(at >= 0, $"'{from}' is not in the file");
        var copy = (byte[])bytes.Clone();
        b.CopyTo(copy, at);
        return copy;
    }

    /// <summary>The bytes sealed again under this user's key: a file a generator with other codes wrote.</summary>
    private byte[] Resealed(byte[] bytes)
    {
        var path = ChecksFile + ".resealed";
        KhaSite.Safety.SealedFile.Write(path, bytes.AsSpan(0, bytes.Length - KhaSite.Safety.SealedFile.SealSize));
        var resealed = File.ReadAllBytes(path);
        File.Delete(path);
        return resealed;
    }

    private void Edit(string edit)
    {
        switch (edit)
        {
            case "prose added": Replace("history", "founding", "kk", "Кеңес жиналады", "Кеңес жыл сайын жиналады"); break;
            case "uncited paragraph added": Append("law", "charter", "kk", "\nДәлелсіз сөйлем.\n"); break;
            case "uncited paragraph removed": Replace("history", "people", "en", "\n\nWords without a source.", ""); break;
            case "figure in prose": Replace("law", "charter", "en", "About the charter", "About the charter and its 42 members"); break;
            case "original gains a section": Append("law", "charter", "kk", "\n## Жаңа бөлім\n\nМәтін [@alpha].\n"); break;
            case "translation loses a citation": Replace("history", "founding", "en", " [@alpha, p. 12]", ""); break;
            case "linked heading removed": Replace("history", "founding", "en", "## Council", "Council:"); break;
            case "linked article deleted":
                File.Delete(ArticlePath("history", "founding", "kk"));
                File.Delete(ArticlePath("history", "founding", "en"));
                break;
            case "tag undeclared": _site.Write("data/tags.yml", Tags.Replace("- id: law\n  label: {kk: Заң, en: Law}\n", "", StringComparison.Ordinal)); break;
            case "source removed": _site.Write("data/sources.yml", FixtureData.AlphaSource.Replace("id: alpha", "id: alfa", StringComparison.Ordinal)); break;
            case "lettered list": Append("history", "people", "kk", "\nE. A. Абдраимов жазды.\n"); break;
            case "site.yml": _site.Write("site.yml", FixtureSite.SiteYml.Replace("Test encyclopedia", "A test encyclopedia", StringComparison.Ordinal)); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    private void Undo(string edit)
    {
        switch (edit)
        {
            case "linked heading removed": Replace("history", "founding", "en", "Council:", "## Council"); break;
            case "linked article deleted":
                Write("history", "founding", "kk", "Ассамблея 1995 жылы құрылды [@alpha, p. 11].\n\n## Кеңес\n\nКеңес жиналады [@alpha, p. 12].");
                Write("history", "founding", "en", "The Assembly was founded in 1995 [@alpha, p. 11].\n\n## Council\n\nThe council meets [@alpha, p. 12].");
                break;
            case "tag undeclared": _site.Write("data/tags.yml", Tags); break;
            case "source removed": _site.Write("data/sources.yml", FixtureData.AlphaSource); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, "no undo for an edit that fails the build");
        }
    }

    private async Task<BuildResult> Build() => await SiteBuilder.BuildAsync(Cached, write: true);

    private Task<BuildResult> CleanBuild() => _site.CleanBuildAsync();

    private static List<string> Printed(BuildResult result) => FixtureSite.Printed(result);

    private static List<string> Snapshot(string dir) => OutputSnapshot.Of(dir);

    public void Dispose() => _site.Dispose();
}
