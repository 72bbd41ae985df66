using KhaSite.Diagnostics;
using KhaSite.Model;
using KhaSite.Tests.Support;
using KhaSite.Write;

namespace KhaSite.Tests.Integration;

/// <summary>
/// With the cache on and no tree kept (a large site), the Model stage takes an unchanged body's facts from the last
/// build (<see cref="BodyFactsCache"/>) instead of parsing it, and resolves them against the edited site. Whatever the
/// edit, the diagnostics (codes, places, messages, order) and the output are then what a clean build of the edited
/// input gives, and so after the edit is undone; a damaged cache file is ignored.
/// </summary>
public sealed class BodyFactsCacheTests : IDisposable
{
    private const string Sources = FixtureData.AlphaSource + "\n" + """
        - id: beta
          type: book
          title: Бета
          author: [{family: Әбдіғани, given: А.}]
          issued: {date-parts: [[2025]]}
        """;

    private const string Timeline = FixtureData.FoundedEventTagged;

    private const string Dataset = FixtureData.MembersDataset;

    private readonly FixtureSite _site;
    private readonly string _theme;

    public BodyFactsCacheTests()
    {
        _site = new FixtureSite()
            .Write("data/sources.yml", Sources)
            .Write("data/timeline.yml", Timeline)
            .Write("data/statistics/members.yml", Dataset);
        var media = Path.Combine(_site.Input, "media");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, "hall.png"), TestImages.Png(40, 30));
        Article("history", "founding", "kk", "Құрылуы",
            "Ассамблея 1995 жылы құрылды [қараңыз @alpha, p. 11 және т.б.].\n\n## Кеңес\n\n@beta [p. 3] айтады, кеңес жиналады.\n\n![Достық үйі](/media/hall.png \"Достық үйі, 2024\")\n");
        Article("history", "founding", "en", "Founding",
            "The Assembly was founded in 1995 [see @alpha, p. 11 and passim].\n\n## Council\n\n@beta [p. 3] says the council meets.\n\n![The hall](/media/hall.png \"The hall, 2024\")\n");
        Article("history", "people", "kk", "Халықтар",
            "Халықтар туралы [@alpha]. Қараңыз: [кеңес](founding.kk.md#кеңес).\n\n```chart\ndataset: members\n```\n\n```timeline\nfrom: 1990\n```\n",
            "see_also: [../law/charter.kk.md]\n");
        Article("history", "people", "en", "Peoples",
            "About the peoples [@alpha]. See [the council](founding.en.md#council).\n\n```chart\ndataset: members\n```\n\n```timeline\nfrom: 1990\n```\n",
            "see_also: [../law/charter.en.md]\n");
        Article("law", "constitution", "kk", "Конституция", "## Бап\n\nҚұқық туралы мәтін [@beta, p. 3].\n");
        Article("law", "constitution", "en", "Constitution", "## Article\n\nA text about the law [@beta, p. 3].\n");
        Article("law", "charter", "kk", "Жарғы", "Жарғы туралы [-@alpha, p. 5]. [Конституция](constitution.kk.md#бап).\n");
        Article("law", "charter", "en", "Charter", "About the charter [-@alpha, p. 5]. [The constitution](constitution.en.md#article).\n");
        _theme = Path.Combine(_site.Root, "theme");
        TestFolders.Copy(RepoPaths.Theme, _theme);
    }

    public void Dispose() => _site.Dispose();

    private void Article(string section, string slug, string lang, string title, string body, string extra = "") =>
        _site.Article(section, slug, lang, title, body, extra);

    private string ArticlePath(string section, string slug, string lang) => Path.Combine(_site.Input, "articles", section, slug + "." + lang + ".md");

    private void Append(string section, string slug, string lang, string text) => File.AppendAllText(ArticlePath(section, slug, lang), text);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(_site.Input, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>A large site's build with the cache: no tree kept, so every unchanged body's facts come from the cache
    /// (a small site's, <see cref="ModelBuilder.TreeBudget"/>, keeps each tree from its first parse on).</summary>
    private BuildOptions Cached => new(_site.Input, _theme, _site.Output, KeepWhenUnchanged: true, TreeBudget: _treeBudget);

    private long _treeBudget;

    private string FactsPath => BodyFactsCache.PathFor(BuildStamp.PathFor(_site.Input, _site.Output));

    public static TheoryData<string> Edits => [.. EditNames];

    private static readonly string[] EditNames =
    [
        "text", "heading linked from another article", "raw html", "broken link", "unknown citation", "malformed citation",
        "cross-language link", "image without alt", "unknown dataset", "nested too deep", "source removed", "dataset removed",
        "citation and link added", "article renamed",
        // What unchanged articles resolve against: other articles, sources, timeline events, datasets, languages.
        "article added", "linked article removed", "source added", "source renamed", "timeline event moved",
        "timeline event added", "dataset renamed", "dataset row removed", "site.yml languages",
    ];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_an_edit_and_after_its_undo_the_diagnostics_and_output_are_a_clean_builds(string edit)
    {
        var (before, again) = await BuildEditAndCompare(edit);
        Assert.Equal(UnchangedArticles(before), again.BodiesFromCache);

        var undone = await UndoAndCompare(before, edit);
        Assert.True(undone.BodiesFromCache >= UnchangedArticles(before) - 2, $"{undone.BodiesFromCache}");
    }

    /// <summary>A first build with the cache, then the edit, then a build compared with a clean one.</summary>
    private async Task<(Dictionary<string, byte[]> Before, BuildResult Again)> BuildEditAndCompare(string edit)
    {
        var first = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(0, first.BodiesFromCache);
        var before = InputFiles();
        Edit(edit);
        return (before, await BuildAndCompare(edit));
    }

    private async Task<BuildResult> UndoAndCompare(Dictionary<string, byte[]> before, string edit)
    {
        Restore(before);
        var undone = await BuildAndCompare(edit + ", undone");
        Assert.True(undone.Succeeded, string.Join("\n", undone.Diagnostics));
        return undone;
    }

    public static TheoryData<string> LatinEdits =>
    [
        .. EditNames.Where(edit => edit != "site.yml languages"),
        "latin exception added", "latin exception changed", "source in russian", "site.yml without the latin edition",
    ];

    /// <summary>
    /// A small site, whose trees are kept, with a Latin-script edition: an unchanged body's facts still come from the
    /// cache (the edition's too, keyed by the Kazakh file and what the conversion depends on), its tree is parsed only
    /// if a later stage reads it, and the diagnostics and output are a clean build's.
    /// </summary>
    [Theory]
    [MemberData(nameof(LatinEdits))]
    public async Task On_a_small_site_with_a_latin_edition_unchanged_bodies_are_not_parsed_and_the_build_is_a_clean_builds(string edit)
    {
        _treeBudget = ModelBuilder.TreeBudget;
        Replace("site.yml", "languages: [kk, en]", "languages:\n  - kk\n  - en\n  - code: kk-latn\n    from: kk\n    script: Latn");
        _site.Write("data/latin-exceptions.yml", "- word: кеңес\n  latin: kenes\n");
        var (before, again) = await BuildEditAndCompare(edit);
        var conversionChanged = edit is "latin exception added" or "latin exception changed" or "source in russian" or "site.yml without the latin edition";
        if (again.Model is not null)
            Assert.Equal(UnchangedArticles(before, "en") + UnchangedArticles(before, "kk") * (conversionChanged ? 1 : 2), again.BodiesFromCache);

        await UndoAndCompare(before, edit);
    }

    public static TheoryData<string> Damages => ["truncated", "byte changed", "text changed", "old version", "other generator", "empty", "not a cache"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_facts_file_is_ignored_and_the_bodies_are_parsed(string damage)
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        var bytes = File.ReadAllBytes(FactsPath);
        Assert.True(BodyFactsCache.Load(FactsPath).Count == 8, "the first build's cache holds every body");
        var magic = "khasite-body-facts-1"u8.ToArray();
        var at = bytes.AsSpan().IndexOf(magic);
        Assert.True(at >= 0);
        switch (damage)
        {
            case "truncated": bytes = bytes[..^7]; break;
            case "byte changed": bytes[bytes.Length * 2 / 3] ^= 0x20; break;
            // A fact edited in place, the file still well formed: only its hash tells.
            case "text changed": bytes[bytes.AsSpan().IndexOf("passim"u8) + 1] = (byte)'b'; break;
            case "old version": bytes[at + magic.Length - 1] = (byte)'0'; break;
            // The generator's id follows the magic (a length byte, then its text): another build of KhaSite.
            case "other generator": bytes[at + magic.Length + 2] ^= 0x01; break;
            case "empty": bytes = []; break;
            default: bytes = "khasite-body-facts-1 and then not a cache at all"u8.ToArray(); break;
        }
        File.WriteAllBytes(FactsPath, bytes);
        Assert.Equal(0, BodyFactsCache.Load(FactsPath).Count);
        Replace("articles/law/charter.en.md", "About the charter", "About the whole charter");

        var again = await BuildAndCompare(damage);
        Assert.Equal(0, again.BodiesFromCache);
        Assert.Equal(8, BodyFactsCache.Load(FactsPath).Count);
    }

    [Fact]
    public async Task The_file_holds_an_entry_per_current_body_only()
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.Equal(8, BodyFactsCache.Load(FactsPath).Count);
        Append("history", "founding", "kk", "\nТағы бір сөйлем [@alpha].\n");
        File.Delete(ArticlePath("law", "charter", "kk"));
        File.Delete(ArticlePath("law", "charter", "en"));
        Replace("articles/history/people.kk.md", "see_also: [../law/charter.kk.md]\n", "");
        Replace("articles/history/people.en.md", "see_also: [../law/charter.en.md]\n", "");

        var again = await BuildAndCompare("two deleted");
        Assert.Equal(3, again.BodiesFromCache);
        Assert.Equal(6, BodyFactsCache.Load(FactsPath).Count);
    }

    [Fact]
    public async Task A_body_edited_while_its_facts_come_from_the_cache_gives_KHA0930_or_the_build_of_what_Load_read()
    {
        await SiteBuilder.BuildAsync(Cached, write: true);
        Append("law", "charter", "en", "\nMore words.\n");
        var path = ArticlePath("history", "people", "en");
        var read = File.ReadAllText(path);
        var result = await SiteBuilder.BuildAsync(Cached, write: true,
            stage => { if (stage == "Model") File.AppendAllText(path, "\nA new sentence [@beta].\n"); });
        if (!result.Succeeded)
        {
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCode.ArticleChangedDuringBuild, error.Code);
            Assert.EndsWith("people.en.md", error.Location.File, StringComparison.Ordinal);
            return;
        }
        Assert.True(result.BodiesFromCache >= 6, $"{result.BodiesFromCache}");
        File.WriteAllText(path, read);
        var clean = await CleanBuild();
        Assert.Equal(Said(clean.Result), Said(result));
        Assert.Equal(Snapshot(clean.Folder), Snapshot(_site.Output));
    }

    private void Edit(string edit)
    {
        switch (edit)
        {
            case "text": Append("law", "charter", "en", "\nMore words about the charter.\n"); break;
            // The people pages, whose facts come from the cache, link to this heading.
            case "heading linked from another article": Replace("articles/history/founding.en.md", "## Council", "## Board"); break;
            case "raw html": Append("law", "charter", "en", "\nSome <b>bold</b> text [@alpha].\n"); break;
            case "broken link": Append("law", "charter", "en", "\nSee [nothing](nothing.en.md) [@alpha].\n"); break;
            case "unknown citation": Append("law", "charter", "kk", "\nМәтін [@nosuch, p. 2].\n"); break;
            case "malformed citation": Append("law", "charter", "en", "\nText [@alpha; ; @beta].\n"); break;
            case "cross-language link": Append("law", "charter", "en", "\nSee [құрылуы](../history/founding.kk.md) [@alpha].\n"); break;
            case "image without alt": Append("law", "charter", "en", "\n![](/media/hall.png)\n"); break;
            case "unknown dataset": Append("law", "charter", "en", "\n```chart\ndataset: nosuch\n```\n"); break;
            case "nested too deep": Append("law", "charter", "en", "\n" + new string('>', 60) + " deep\n"); break;
            // Data the unchanged bodies' citations and embeds resolve against.
            case "source removed": _site.Write("data/sources.yml", FixtureData.AlphaSource); break;
            case "dataset removed": File.Delete(Path.Combine(_site.Input, "data", "statistics", "members.yml")); break;
            case "citation and link added":
                Append("law", "constitution", "en", "\nSee [the founding](../history/founding.en.md#council) [see @alpha, p. 7].\n");
                break;
            case "article renamed":
                File.Move(ArticlePath("law", "constitution", "kk"), ArticlePath("law", "basic-law", "kk"));
                File.Move(ArticlePath("law", "constitution", "en"), ArticlePath("law", "basic-law", "en"));
                break;
            case "article added":
                Article("law", "statute", "kk", "Заң", "Заң туралы [@beta]. [Конституция](constitution.kk.md#бап).\n");
                Article("law", "statute", "en", "Statute", "About the statute [@beta]. [The constitution](constitution.en.md#article).\n");
                break;
            // The charter pages (from the cache) link to the constitution's headings.
            case "linked article removed":
                File.Delete(ArticlePath("law", "constitution", "kk"));
                File.Delete(ArticlePath("law", "constitution", "en"));
                break;
            case "source added":
                _site.Write("data/sources.yml", Sources + "\n" + "- id: gamma\n  type: book\n  title: Гамма\n  issued: {date-parts: [[2020]]}\n");
                break;
            case "source renamed": Replace("data/sources.yml", "id: beta", "id: beta-book"); break;
            // The people pages' timelines show events from 1990 on.
            case "timeline event moved": Replace("data/timeline.yml", "date: 1995-03-01", "date: 1985-03-01"); break;
            case "timeline event added":
                _site.Write("data/timeline.yml", Timeline + "- id: charter\n  date: 2008\n  tags: [institution]\n"
                    + "  title: {kk: Жарғы, en: The charter}\n  cite: \"@beta, p. 2\"\n");
                break;
            case "dataset renamed": Replace("data/statistics/members.yml", "id: members", "id: member-counts"); break;
            case "dataset row removed": Replace("data/statistics/members.yml", "\n  - {key: board, label: {kk: Басқарма, en: Board}, value: 12}", ""); break;
            case "latin exception added": _site.Write("data/latin-exceptions.yml", "- word: кеңес\n  latin: kenes\n- word: құқық\n  latin: quqyq\n"); break;
            case "latin exception changed": Replace("data/latin-exceptions.yml", "latin: kenes", "latin: keñes"); break;
            // A title in Russian stays in Cyrillic wherever the Kazakh text quotes it.
            case "source in russian":
                _site.Write("data/sources.yml", Sources + "\n" + "- id: gamma\n  type: book\n  title: Кеңес\n  language: ru\n  issued: {date-parts: [[2020]]}\n");
                break;
            case "site.yml without the latin edition": Replace("site.yml", "  - code: kk-latn\n    from: kk\n    script: Latn", ""); break;
            case "site.yml languages":
                Replace("site.yml", "languages: [kk, en]", "languages:\n  - kk\n  - en\n  - code: kk-latn\n    from: kk\n    script: Latn");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    /// <summary>Builds with the cache, then cleanly into another folder: the same diagnostics, and the same files when both wrote.</summary>
    private async Task<BuildResult> BuildAndCompare(string what)
    {
        var result = await SiteBuilder.BuildAsync(Cached, write: true);
        var clean = await CleanBuild();
        Assert.Equal(Said(clean.Result), Said(result));
        Assert.Equal(clean.Result.Succeeded, result.Succeeded);
        if (result.Succeeded) Assert.True(Snapshot(clean.Folder).SequenceEqual(Snapshot(_site.Output)), what);
        return result;
    }

    private async Task<(BuildResult Result, string Folder)> CleanBuild() => (await _site.CleanBuildAsync(_theme), _site.CleanOutput);

    /// <summary>Every diagnostic as printed, with its catalog text (variant and values), in order.</summary>
    private static List<string> Said(BuildResult result) =>
        result.Diagnostics.Select(d => $"{d.Location}: {d.Severity} {d.Id}: {d.Message} [{d.Text?.Variant}: "
            + string.Join(", ", d.Text?.Arguments.Select(a => $"{a.Key}={a.Value}") ?? []) + "]").ToList();

    private Dictionary<string, byte[]> InputFiles() =>
        Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

    private int UnchangedArticles(Dictionary<string, byte[]> before, string lang = "") =>
        Directory.EnumerateFiles(Path.Combine(_site.Input, "articles"), $"*{(lang.Length == 0 ? "" : "." + lang)}.md", SearchOption.AllDirectories)
            .Count(f => before.TryGetValue(f, out var bytes) && bytes.AsSpan().SequenceEqual(File.ReadAllBytes(f)));

    private void Restore(Dictionary<string, byte[]> before)
    {
        foreach (var file in Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories).ToArray())
            if (!before.ContainsKey(file)) File.Delete(file);
        foreach (var (file, bytes) in before)
            if (!File.Exists(file) || !bytes.AsSpan().SequenceEqual(File.ReadAllBytes(file))) File.WriteAllBytes(file, bytes);
    }

    private static List<string> Snapshot(string dir) => OutputSnapshot.Of(dir);
}
