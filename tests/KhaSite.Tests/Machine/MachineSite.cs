using KhaSite.Tests.Contributors;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Machine;

/// <summary>
/// A small bilingual site with git history, built once for the tests of the machine-readable outputs: timeline events
/// of every precision, a dataset with Cyrillic labels, two sections, and a paragraph that opens with Latin initials.
/// The first commit (2024-03-01 10:00 +05:00) adds everything; the second (2025-01-15 23:30 +05:00) changes one file.
/// </summary>
public sealed class MachineSite : IAsyncLifetime
{
    public const string FirstCommit = "2024-03-01T10:00:00+05:00", SecondCommit = "2025-01-15T23:30:00+05:00";

    private const string Sources = FixtureData.AlphaSourceWithEnglishTitle;

    private const string Timeline = """
        - id: forum
          date: 1992-12
          title: {kk: Форум өтті, en: The forum is held}
          cite: "@alpha, p. 10"
        - id: founded
          date: 1995-03-01
          title: {kk: Ассамблея құрылды, en: The Assembly is founded}
          text: {kk: "Жарлық, мәтін; тағы.", en: "By decree, text; more."}
          cite: "@alpha"
        - id: centre
          date: 2015
          title: {kk: Медиация орталығы, en: Mediation centre}
          cite: "@alpha"
        """;

    private const string Census = """
        id: census
        kind: breakdown
        title: {kk: Санақ, en: Census}
        description: {kk: Үлестер., en: Shares.}
        as_of: 2021
        unit: percent
        cite: "@alpha"
        rows:
          - {key: kazakhs, label: {kk: Қазақтар, en: Kazakhs}, value: 70.4}
          - {key: russians, label: {kk: Орыстар, en: "Russians, \"ethnic\""}, value: 15.5}
          - {key: others, label: {kk: Басқалар, en: Others}, value: 14.1}
        """;

    public FixtureSite Site { get; } = new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Write("data/timeline.yml", Timeline)
        .Write("data/statistics/census.yml", Census)
        .Article("history", "founding", "kk", "Құрылуы",
            "Е. А. Абдраимов пен авторлары былай жазады [@alpha].\n\n## Бөлім\n\nМәтін [@alpha].\n", "category: event\n")
        .Article("history", "founding", "en", "Founding",
            "E. A. Abdraimov and his co-authors write that the Assembly was founded [@alpha].\n\np. 5 of the report says more [@alpha].\n\n## Section\n\nText [@alpha].\n", "category: event\n")
        .Article("law", "charter", "kk", "Жарғы", "## Бөлім\n\nЖарғы мәтіні [@alpha].\n", "category: document\n")
        .Article("law", "charter", "en", "Charter", "## Section\n\nThe charter's text [@alpha].\n", "category: document\n");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Contributor.Git(Site.Root, FirstCommit, "init", "-q");
        Contributor.Git(Site.Root, FirstCommit, "add", "input");
        Contributor.Git(Site.Root, FirstCommit, "commit", "-q", "-m", "first");
        File.AppendAllText(Path.Combine(Site.Input, "articles", "history", "founding.en.md"), "\nMore [@alpha].\n");
        Contributor.Git(Site.Root, SecondCommit, "commit", "-q", "-am", "second");
        Result = await Site.BuildAsync();
        if (!Result.Succeeded) throw new InvalidOperationException("the machine-output fixture site did not build");
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The output file of an absolute URL of the site.</summary>
    public string FileOf(string url)
    {
        var local = url["https://example.org/khasite/".Length..];
        return Path.Combine(Site.Output, local.Length == 0 || local.EndsWith('/') ? local + "index.html" : local);
    }
}
