namespace KhaSite.Tests.Support;

/// <summary>
/// A problem in the generator or theme that the verification tests found and that is reported but not fixed yet.
/// While it is listed here its findings do not fail the tests; a test that expects it and no longer sees it fails,
/// so the entry is deleted as soon as the fix lands. Every entry says where the fix goes and what it is.
/// </summary>
/// <param name="Id">short name, shown in messages</param>
/// <param name="Where">the file to change</param>
/// <param name="Problem">what a reader (or a checker) meets</param>
/// <param name="Fix">the suggested change</param>
/// <param name="Matches">whether a finding (one line of a checker's report) is this problem</param>
public sealed record KnownIssue(string Id, string Where, string Problem, string Fix, Func<string, bool> Matches)
{
    public override string ToString() => $"{Id} ({Where}): {Problem} Fix: {Fix}";
}

/// <summary>The open <see cref="KnownIssue"/>s of the site. Empty is the goal: delete an entry when its fix lands.</summary>
public static class KnownSiteIssues
{
    public static readonly KnownIssue RootPageHasNoH1 = new("root-page-has-no-h1",
        "theme/Components/RootPage.razor",
        "axe page-has-heading-one: the language chooser (the site root) has no <h1>, only an <h2> per language.",
        "give the page one <h1> (e.g. the site title in the default language, or both titles each with its lang) and keep the choices as <h2>.",
        f => f.Contains("[page-has-heading-one") && f.Contains("data-page=\"root\""));

    public static readonly KnownIssue PrevNextNavLabel = new("prev-next-nav-label",
        "theme/Components/ArticlePage.razor (+ theme/i18n/*.yml)",
        "axe landmark-unique on article pages: <nav class=\"prev-next\"> reuses the label of the site's section menu (aria-label=\"Sections\" / \"Бөлімдер\"), so two navigation landmarks have the same name.",
        "label it with its own string, e.g. nav.prev_next: 'Previous and next in this section' / 'Бөлімдегі алдыңғы және келесі мақала'.",
        f => f.Contains("[landmark-unique") && (f.Contains("class=\"site-nav\"") || f.Contains("class=\"prev-next\"")));

    public static readonly KnownIssue ChartFigureCaptionInTheMiddle = new("chart-figcaption-in-the-middle",
        "the chart embed's markup (theme/Components, the chart/embed component)",
        "W3C validator: 'Element “details” not allowed as child of element “figure” in this context': <figure class=\"embed embed--chart\"> is svg, figcaption, details — a figcaption must be the figure's first or last child.",
        "put the <details class=\"embed__table\"> before the <figcaption> (svg, details, figcaption), or the figcaption first.",
        f => f.Contains("Element “details” not allowed as child of element “figure”"));

    public static readonly KnownIssue SearchInputHasNoVisibleLabel = new("search-input-has-no-visible-label",
        "the search page (theme/Components, search page) and theme/assets/site.js",
        "axe label-title-only (serious) on kk/search/ and en/search/: Pagefind UI's <input class=\"pagefind-ui__search-input\"> is named only by its title/placeholder.",
        "render a visible <label for=\"search-input\"> in the search page and give Pagefind's input that id after PagefindUI mounts (or build the input and label in the template and use Pagefind's JS API).",
        f => f.Contains("[label-title-only") && f.Contains("pagefind-ui__search-input"));

    public static readonly KnownIssue TimelineFilterCountContrast = new("timeline-filter-count-contrast",
        "theme/assets/site.css",
        "axe color-contrast (serious) on timeline tag pages (timeline/<tag>/): the count in the current tag filter, <span class=\"filters__count\">, is #c2d9d6 on #0f6e6e (4.08:1, needs 4.5:1) in the light scheme.",
        "give .filters__count inside the current filter the link's own colour (#fff on #0f6e6e is about 6:1) instead of the muted tint.",
        f => f.Contains("[color-contrast") && f.Contains("filters__count"));

    public static readonly KnownIssue InfoboxLongValueOverflow = new("infobox-long-value-overflow",
        "theme/assets/site.css",
        "at 320px a source page (sources/<id>/) scrolls sideways: a long unbreakable infobox value (DOI, URL) widens <aside class=\"infobox\"><dl> past the viewport (grid column '1fr' has min-width auto).",
        ".infobox dl { grid-template-columns: auto minmax(0, 1fr); } .infobox dd { overflow-wrap: anywhere; }",
        f => f.Contains("scrolls sideways") && f.Contains("infobox > dl > dd"));

    /// <summary>Every open issue. Findings any of them matches are not failures.</summary>
    public static readonly IReadOnlyList<KnownIssue> Open =
    [
        RootPageHasNoH1, PrevNextNavLabel, ChartFigureCaptionInTheMiddle, SearchInputHasNoVisibleLabel,
        TimelineFilterCountContrast, InfoboxLongValueOverflow,
    ];

    /// <summary>
    /// Fails listing every finding that no open known issue explains; the explained ones are named in the message
    /// of any failure so that they stay visible.
    /// </summary>
    public static void AssertNoOther(string heading, IEnumerable<string> findings)
    {
        var all = findings.ToList();
        var unexplained = all.Where(f => !Open.Any(i => i.Matches(f))).ToList();
        if (unexplained.Count == 0) return;
        var known = Open.Where(i => all.Any(i.Matches)).Select(i => "  (known, open) " + i).ToList();
        Assert.Fail($"{heading}: {unexplained.Count} problem(s):\n" + string.Join("\n", unexplained.Select(f => "  " + f))
            + (known.Count > 0 ? "\nAlso seen, already known:\n" + string.Join("\n", known) : ""));
    }

    /// <summary>Fails when <paramref name="issue"/> is listed as open but none of <paramref name="findings"/> shows it any more.</summary>
    public static void AssertStillOpen(KnownIssue issue, IEnumerable<string> findings)
    {
        if (!Open.Contains(issue)) return;
        Assert.True(findings.Any(issue.Matches),
            $"The known issue '{issue.Id}' no longer occurs: it looks fixed. Delete it from tests/KhaSite.Tests/Support/KnownSiteIssues.cs.");
    }
}
