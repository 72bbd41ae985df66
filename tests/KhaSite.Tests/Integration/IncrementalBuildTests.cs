using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A build after an edit keeps every page whose key did not change (<see cref="KhaSite.Render.OutputKeys"/>) and
/// renders the rest; whatever the edit, the output is then byte for byte what a clean build of the edited input
/// writes, and an edit to one article's prose renders that article's pages only.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
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

    public IncrementalBuildTests()
    {
        _site = new FixtureSite()
            .Write("data/sources.yml", Sources)
            .Write("data/timeline.yml", Timeline)
            .Write("data/statistics/members.yml", Dataset);
        foreach (var (section, slug, lang) in Articles) Write(section, slug, lang, Title(slug, lang), Body(section, slug, lang));
        _theme = Path.Combine(_site.Root, "theme");
        TestFolders.Copy(RepoPaths.Theme, _theme);
    }

    private static readonly (string Section, string Slug, string Lang)[] Articles =
    [
        ("history", "founding", "kk"), ("history", "founding", "en"),
        ("history", "people", "kk"), ("history", "people", "en"),
        ("law", "constitution", "kk"), ("law", "constitution", "en"),
        ("law", "charter", "kk"), ("law", "charter", "en"),
    ];

    private static string Title(string slug, string lang) => lang == "kk" ? "Тақырып " + KazakhName(slug) : "Title " + slug;

    private static string KazakhName(string slug) => slug switch
    {
        "founding" => "құрылуы",
        "people" => "халықтар",
        "constitution" => "конституция",
        _ => "жарғы",
    };

    private static string Body(string section, string slug, string lang) => (section, slug) switch
    {
        ("history", "founding") => lang == "kk"
            ? "Ассамблея 1995 жылы құрылды [@alpha, p. 11].\n\n## Кеңес\n\nКеңес жиналады [@alpha, p. 12].\n"
            : "The Assembly was founded in 1995 [@alpha, p. 11].\n\n## Council\n\nThe council meets [@alpha, p. 12].\n",
        ("history", "people") => lang == "kk"
            ? "Халықтар туралы [@alpha]. Қараңыз: [құрылуы](founding.kk.md).\n\n```chart\ndataset: members\n```\n"
            : "About the peoples [@alpha]. See [the founding](founding.en.md).\n\n```chart\ndataset: members\n```\n",
        _ => lang == "kk" ? $"Құқық туралы мәтін [@beta, p. 3] ({KazakhName(slug)}).\n" : $"A text about the law [@beta, p. 3] ({slug}).\n",
    };

    private void Write(string section, string slug, string lang, string title, string body, string extra = "") =>
        _site.Article(section, slug, lang, title, body, extra);

    private string ArticlePath(string section, string slug, string lang) => Path.Combine(_site.Input, "articles", section, slug + "." + lang + ".md");

    private void Append(string section, string slug, string lang, string text) =>
        File.AppendAllText(ArticlePath(section, slug, lang), text);

    private void Replace(string section, string slug, string lang, string from, string to)
    {
        var path = ArticlePath(section, slug, lang);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private BuildOptions Cached => new(_site.Input, _theme, _site.Output, KeepWhenUnchanged: true);

    public static TheoryData<string> Edits =>
    [
        "body text", "text above an embed", "title", "summary", "tag", "new citation", "new link", "new heading", "touched file", "new article", "deleted article",
        "timeline", "dataset", "bibliography", "stylesheet", "ui strings", "site.yml",
    ];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task After_each_kind_of_edit_the_output_is_what_a_clean_build_writes(string edit)
    {
        var first = await Build();
        Assert.Equal(0, first.Pages.Kept);
        Edit(edit);

        var again = await Build();
        Assert.Equal(Snapshot(await CleanBuild()), Snapshot(_site.Output));
        switch (edit)
        {
            // The edited article's two pages; every list, index and other article is kept.
            case "body text" or "text above an embed":
                Assert.Equal(2, again.Pages.Rendered);
                Assert.Equal(first.Pages.Rendered - 2, again.Pages.Kept);
                break;
            // What other pages show of the article changed: they are rendered again.
            case "title" or "new citation" or "new link" or "timeline" or "site.yml" or "ui strings":
                Assert.True(again.Pages.Rendered > 2, $"{edit}: {again.Pages}");
                break;
        }
    }

    [Fact]
    public async Task Several_edits_at_once_round_after_round_give_what_a_clean_build_writes()
    {
        var random = new Random(2112);
        await Build();
        for (var round = 0; round < 4; round++)
        {
            var done = new List<string>();
            for (var n = random.Next(2, 5); n > 0; n--) done.Add(RandomEdit(random));
            var again = await Build();
            Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
            Assert.True(Snapshot(await CleanBuild()).SequenceEqual(Snapshot(_site.Output)), $"round {round}: {string.Join("; ", done)}");
        }
    }

    [Fact]
    public async Task An_edited_original_outdates_its_translation_on_its_pages_and_the_status_pages_only()
    {
        Write("history", "founding", "en", Title("founding", "en"), Body("history", "founding", "en"),
            $"translation_of: {KhaSite.Load.ArticleLoader.Hash(Body("history", "founding", "kk") + "\n")}\n");
        var first = await Build();
        Assert.Contains("up-to-date", File.ReadAllText(Path.Combine(_site.Output, "en", "translations", "index.html")), StringComparison.Ordinal);
        Append("history", "founding", "kk", "\nТағы бір сөйлем, дәлелсіз.\n");

        var again = await Build();
        Assert.Equal(Snapshot(await CleanBuild()), Snapshot(_site.Output));
        Assert.Contains("outdated", File.ReadAllText(Path.Combine(_site.Output, "en", "history", "founding", "index.html")), StringComparison.Ordinal);
        // The article's two pages and each language's translation status page.
        Assert.Equal(4, again.Pages.Rendered);
        Assert.Equal(first.Pages.Rendered - 4, again.Pages.Kept);
    }

    [Fact]
    public async Task A_page_changed_by_hand_is_not_kept()
    {
        await Build();
        File.AppendAllText(Path.Combine(_site.Output, "en", "law", "charter", "index.html"), "<!-- by hand -->");
        Append("history", "founding", "kk", "\nТағы бір сөйлем.\n");
        var again = await Build();
        Assert.Equal(0, again.Pages.Kept);
        Assert.Equal(Snapshot(await CleanBuild()), Snapshot(_site.Output));
    }

    [Fact]
    public async Task A_damaged_pages_file_keeps_nothing()
    {
        await Build();
        var pages = KhaSite.Write.PageKeys.PathFor(KhaSite.Write.BuildStamp.PathFor(_site.Input, _site.Output));
        File.AppendAllText(pages, "x");
        Append("history", "founding", "kk", "\nТағы бір сөйлем.\n");
        var again = await Build();
        Assert.Equal(0, again.Pages.Kept);
        Assert.Equal(Snapshot(await CleanBuild()), Snapshot(_site.Output));
    }

    private string RandomEdit(Random random)
    {
        var (section, slug, lang) = Articles[random.Next(Articles.Length)];
        var path = ArticlePath(section, slug, lang);
        var other = Articles[random.Next(Articles.Length)];
        var kind = random.Next(6);
        var text = File.ReadAllText(path);
        var stamp = random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (kind)
        {
            case 0: File.AppendAllText(path, $"\n{(lang == "kk" ? "Тағы сөздер" : "More words")} {stamp}.\n"); break;
            case 1: File.WriteAllText(path, text.Replace("title: ", $"title: {stamp} ", StringComparison.Ordinal)); break;
            case 2: File.AppendAllText(path, $"\n{(lang == "kk" ? "Тағы дәйексөз" : "Cited again")} [@{(random.Next(2) == 0 ? "alpha" : "beta")}, p. {stamp}].\n"); break;
            case 3 when other.Lang == lang && other != (section, slug, lang):
                var target = other.Section == section ? $"{other.Slug}.{lang}.md" : $"../{other.Section}/{other.Slug}.{lang}.md";
                File.AppendAllText(path, $"\nSee [{stamp}]({target}).\n");
                break;
            case 4: File.AppendAllText(path, lang == "kk" ? $"\n## Бөлім {stamp}\n\nМәтін {stamp}.\n" : $"\n## Part {stamp}\n\nText {stamp}.\n"); break;
            default: File.WriteAllText(path, text.Replace("summary: ", $"summary: {stamp} ", StringComparison.Ordinal)); break;
        }
        return $"{kind} {section}/{slug}.{lang}";
    }

    private void Edit(string edit)
    {
        switch (edit)
        {
            case "body text": Append("history", "founding", "kk", "\nТағы бір сөйлем, дәлелсіз.\n"); break;
            case "text above an embed": Replace("history", "people", "en", "About the peoples", "About all the peoples"); break;
            case "title": Replace("law", "charter", "en", "title: Title charter", "title: The charter"); break;
            case "summary": Replace("law", "charter", "kk", "summary: ", "summary: Жаңа "); break;
            case "tag": Replace("law", "charter", "en", "summary:", "tags: [institution]\nsummary:"); break;
            case "new citation": Append("history", "founding", "en", "\nThe charter followed [@beta, p. 9].\n"); break;
            case "new link": Append("law", "charter", "en", "\nSee [the founding](../history/founding.en.md).\n"); break;
            case "new heading": Append("law", "constitution", "kk", "\n## Жаңа бөлім\n\nМәтін.\n"); break;
            case "touched file": File.SetLastWriteTimeUtc(ArticlePath("law", "charter", "kk"), new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc)); break;
            case "new article":
                Write("law", "treaty", "kk", "Шарт", "Шарт туралы [@beta].");
                Write("law", "treaty", "en", "Treaty", "About the treaty [@beta].");
                break;
            case "deleted article":
                File.Delete(ArticlePath("law", "constitution", "kk"));
                File.Delete(ArticlePath("law", "constitution", "en"));
                break;
            case "timeline": _site.Write("data/timeline.yml", Timeline.Replace("1995-03-01", "1995-03-02", StringComparison.Ordinal)); break;
            case "dataset": _site.Write("data/statistics/members.yml", Dataset.Replace("value: 40", "value: 41", StringComparison.Ordinal)); break;
            case "bibliography": _site.Write("data/sources.yml", Sources.Replace("title: Бета", "title: Бета мен Гамма", StringComparison.Ordinal)); break;
            case "stylesheet": File.AppendAllText(Path.Combine(_theme, "assets", "site.css"), "\n.edited { color: inherit; }\n"); break;
            case "ui strings":
                var en = Path.Combine(_theme, "i18n", "en.yml");
                File.WriteAllText(en, File.ReadAllText(en).Replace("Edit this page", "Improve this page", StringComparison.Ordinal));
                break;
            case "site.yml": _site.Write("site.yml", FixtureSite.SiteYml.Replace("Test encyclopedia", "A test encyclopedia", StringComparison.Ordinal)); break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    private async Task<BuildResult> Build()
    {
        var result = await SiteBuilder.BuildAsync(Cached, write: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private async Task<string> CleanBuild()
    {
        var clean = Path.Combine(_site.Root, "clean");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        var result = await SiteBuilder.BuildAsync(new BuildOptions(_site.Input, _theme, clean), write: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return clean;
    }

    private static List<string> Snapshot(string dir) => OutputSnapshot.Of(dir);

    public void Dispose() => _site.Dispose();
}
