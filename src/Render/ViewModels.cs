using KhaSite.Load;

namespace KhaSite.Render;

// The view models the theme's Razor components receive: everything computed, nothing left to decide in a template.

/// <summary>Every page's view model carries the frame of its page.</summary>
public interface IPageView
{
    PageFrame Frame { get; }
}

/// <summary>What every page's frame (head, header, footer) shows.</summary>
public sealed record PageFrame(
    string Lang,
    string DocumentTitle,
    string Description,
    string CanonicalUrl,
    IReadOnlyList<Alternate> Alternates,
    IReadOnlyList<LanguageLink> Languages,
    IReadOnlyList<NavLink> Sections,
    string SiteTitle,
    string HomeHref,
    UiStrings T,
    string? BaseHref = null,
    string? EditUrl = null,
    string PageKind = "page",
    PageDate? LastChanged = null,
    string OgType = "website",
    string? JsonLd = null)
{
    /// <summary>The Atom feed of the page's own section, besides the site's (a section page's head links both).</summary>
    public FeedLink? SectionFeed { get; init; }

    /// <summary>What the frame of every page links: the language's feed and search page, the theme's files.</summary>
    public FrameHrefs Hrefs { get; init; } = default!;

    /// <summary>The language's page previews (JSON) that the theme's script loads on the first hover or focus of a link.</summary>
    public string? PreviewsHref { get; init; }

    /// <summary>The footer's links to the finding pages and feeds (only to pages the site has).</summary>
    public IReadOnlyList<NavLink> FooterLinks { get; init; } = [];

    /// <summary>Highwire <c>citation_*</c> tags for reference managers (articles only).</summary>
    public IReadOnlyList<Machine.MetaTag> CitationMeta { get; init; } = [];

    /// <summary>The page language's BCP 47 tag for <c>lang</c> (<c>kk-Latn</c> for the code <c>kk-latn</c>).</summary>
    public string LangTag { get; init; } = Lang;

    /// <summary>The script switch (Кирилл / Latyn): the page in each script of its language; empty when it has one script.</summary>
    public IReadOnlyList<ScriptLink> Scripts { get; init; } = [];

    /// <summary>The page language's Open Graph locale (<c>kk_KZ</c>).</summary>
    public string OgLocale { get; init; } = "";

    /// <summary><c>rtl</c> for a right-to-left language; null (no <c>dir</c> attribute) for left-to-right.</summary>
    public string? Direction { get; init; }
}

/// <summary>The hrefs the frame of every page needs, relative to the page.</summary>
public sealed record FrameHrefs(string Feed, string Search, string Icon, string Style, string Script);

public sealed record FeedLink(string Href, string Title);

/// <summary>A <c>&lt;link rel="alternate" hreflang&gt;</c> entry (including <c>x-default</c>).</summary>
public sealed record Alternate(string HrefLang, string Url);

/// <summary>An entry of the language switch: <see cref="Href"/> is null when the page is not translated yet.</summary>
public sealed record LanguageLink(string Lang, string Name, string? Href, bool Current);

/// <summary>An entry of the script switch: the page in one script (<see cref="Href"/> null when it has no such page).</summary>
public sealed record ScriptLink(string Lang, string Name, string? Href, bool Current);

public sealed record NavLink(string Text, string Href, bool Current = false);

public sealed record Breadcrumb(string Text, string? Href)
{
    /// <summary>The text's language when it is not the page's (a source's title in its record's language).</summary>
    public string? Lang { get; init; }
}

public sealed record InfoboxRow(string Label, string Value)
{
    /// <summary>The value's runs when some are in another language (a span written in it, a record's original title).</summary>
    public IReadOnlyList<Data.FigureTextPart>? Parts { get; init; }
}

public sealed record TocEntry(int Level, string Id, string Text);

public sealed record ArticleListItem(string Title, string Summary, string Href)
{
    /// <summary>The summary's runs when it marks other-language words (see <see cref="Data.FigureText.Marked"/>).</summary>
    public IReadOnlyList<Data.FigureTextPart>? SummaryParts { get; init; }
}

public sealed record ArticleView(
    PageFrame Frame,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Title,
    string Summary,
    string? MissingTranslationNotice,
    IReadOnlyList<InfoboxRow> Infobox,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<BodyPart> Body,
    IReadOnlyList<NavLink> SeeAlso,
    IReadOnlyList<NavLink> LinksHere,
    IReadOnlyList<ReferenceItem> References,
    CiteThisPage Cite,
    TranslationNotice? OutdatedNotice = null,
    ArticlePlace? Place = null) : IPageView
{
    /// <summary>The infobox's picture: the article's first figure as a thumbnail that links to it (as Wikipedia's lead image).</summary>
    public InfoboxFigure? InfoboxFigure { get; init; }
}

/// <summary>An infobox thumbnail of a figure of the body (an image, the org diagram or the map), linking to the figure.</summary>
public sealed record InfoboxFigure(BodyPart Figure, string Href, string Caption);

public sealed record SectionView(
    PageFrame Frame,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Title,
    string Description,
    IReadOnlyList<ArticleListItem> Articles) : IPageView
{
    /// <summary>The book of the language to download (its page, its files with their size and date); none when not built.</summary>
    public IReadOnlyList<Download> Book { get; init; } = [];
}

public sealed record HomeSection(string Title, string Description, string Href, IReadOnlyList<ArticleListItem> Articles);

public sealed record KeyFigure(string Value, string Label, string Href);

public sealed record HomeEvent(string Date, string Title, string Href)
{
    /// <summary>The title's runs when it marks other-language words (see <see cref="Data.FigureText.Marked"/>).</summary>
    public IReadOnlyList<Data.FigureTextPart>? TitleParts { get; init; }
}

public sealed record HomeView(
    PageFrame Frame,
    string Title,
    string Intro,
    ArticleListItem? Featured,
    IReadOnlyList<HomeSection> Sections,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<HomeEvent> LatestEvents,
    string OnThisDayJson,
    IReadOnlyList<NavLink> Explore) : IPageView
{
    /// <summary>The book of the language to download (its page, its files with their size and date); none when not built.</summary>
    public IReadOnlyList<Download> Book { get; init; } = [];
}

public sealed record LanguageChoice(string Lang, string Name, string SiteTitle, string Description, string Href, string Enter);

public sealed record RootView(PageFrame Frame, IReadOnlyList<LanguageChoice> Choices) : IPageView;

public sealed record NotFoundMessage(string Lang, string Title, string Text, string HomeText, string HomeHref);

public sealed record NotFoundView(PageFrame Frame, IReadOnlyList<NotFoundMessage> Messages) : IPageView;

/// <summary>A back-link from a reference to one place that cites it (↑ a b c).</summary>
public sealed record BackLink(string Letter, string Href, string? Locator);

public sealed record ReferenceItem(int Number, string Html, IReadOnlyList<BackLink> BackLinks, string SourceHref);

/// <summary>"Cite this page": the page cited in each reference style of the site's languages, and as BibTeX.</summary>
public sealed record CiteThisPage(IReadOnlyList<CitationForm> Forms, IReadOnlyList<string> BibTexLines);

/// <summary>The page cited in one reference style (<see cref="Lang"/> is the language whose style and site title it uses).</summary>
public sealed record CitationForm(string Label, string Lang, string Text);

public sealed record CitedBy(string Title, string Href, string Kind, IReadOnlyList<BackLink> Places);

public sealed record SourceView(
    PageFrame Frame,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Title,
    string TypeLabel,
    string CitationHtml,
    IReadOnlyList<InfoboxRow> Record,
    string? OfficialUrl,
    IReadOnlyList<NotePart>? Note,
    IReadOnlyList<BodyPart>? Description,
    IReadOnlyList<ReferenceItem> DescriptionReferences,
    IReadOnlyList<CitedBy> CitedBy) : IPageView
{
    /// <summary>The source as BibTeX, RIS and CSL-JSON, for reference managers.</summary>
    public IReadOnlyList<Download> Downloads { get; init; } = [];

    /// <summary>The title's language when it is written in another script than the page's (see <see cref="Citations.RecordLanguage"/>).</summary>
    public string? TitleLang { get; init; }

    /// <summary>The note's language when, outside its spans, it is written in another script than the page's.</summary>
    public string? NoteLang { get; init; }
}

public sealed record BibliographyItem(string Html, string Href, int Citations);

public sealed record BibliographyGroup(string Title, IReadOnlyList<BibliographyItem> Items);

public sealed record BibliographyView(PageFrame Frame, IReadOnlyList<Breadcrumb> Breadcrumbs, string Title, string Intro, IReadOnlyList<BibliographyGroup> Groups) : IPageView
{
    /// <summary>The whole bibliography as CSL-JSON.</summary>
    public IReadOnlyList<Download> Downloads { get; init; } = [];
}

public sealed record Download(string Label, string Href);

public sealed record FilterLink(string Id, string Label, string Href, int Count, bool Current);

public sealed record TimelineView(
    PageFrame Frame,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Title,
    string Intro,
    IReadOnlyList<FilterLink> Tags,
    IReadOnlyList<FilterLink> Decades,
    IReadOnlyList<Data.TimelineDecadeView> EventGroups,
    int EventCount,
    IReadOnlyList<ReferenceItem> References,
    IReadOnlyList<Download> Downloads,
    string? AllEventsHref) : IPageView;

public sealed record DatasetListItem(string Title, string Description, string Href, string Meta)
{
    /// <summary>The description's runs when it marks other-language words (see <see cref="Data.FigureText.Marked"/>).</summary>
    public IReadOnlyList<Data.FigureTextPart>? DescriptionParts { get; init; }
}

public sealed record StatisticsView(PageFrame Frame, IReadOnlyList<Breadcrumb> Breadcrumbs, string Title, string Intro, IReadOnlyList<DatasetListItem> Datasets) : IPageView;

public sealed record DatasetView(
    PageFrame Frame,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Title,
    string Description,
    IReadOnlyList<InfoboxRow> Facts,
    Citations.CitationMarkerView SourceMarkers,
    Data.ChartView Chart,
    Data.DataTableView Table,
    bool HasDisputes,
    IReadOnlyList<ReferenceItem> References,
    IReadOnlyList<Download> Downloads,
    string? MismatchNotice = null) : IPageView
{
    /// <summary>The description's runs when it marks other-language words (see <see cref="Data.FigureText.Marked"/>).</summary>
    public IReadOnlyList<Data.FigureTextPart>? DescriptionParts { get; init; }
}

public sealed record LetterGroup(string Letter, string Id, IReadOnlyList<ArticleListItem> Articles);

public sealed record IndexView(PageFrame Frame, IReadOnlyList<Breadcrumb> Breadcrumbs, string Title, string Intro, IReadOnlyList<LetterGroup> Letters) : IPageView;

public sealed record TaxonomyItem(string Label, string Href, int Count);

public sealed record TaxonomyView(PageFrame Frame, IReadOnlyList<Breadcrumb> Breadcrumbs, string Title, string Intro, IReadOnlyList<TaxonomyItem> Items) : IPageView;

public sealed record GlossaryEntry(string Id, string Term, string Definition, Citations.CitationMarkerView Markers, IReadOnlyList<NavLink> Articles)
{
    /// <summary>The definition's runs when it marks other-language words (see <see cref="Data.FigureText.Marked"/>).</summary>
    public IReadOnlyList<Data.FigureTextPart>? DefinitionParts { get; init; }
}

public sealed record GlossaryView(PageFrame Frame, IReadOnlyList<Breadcrumb> Breadcrumbs, string Title, string Intro, IReadOnlyList<GlossaryEntry> Entries, IReadOnlyList<ReferenceItem> References) : IPageView;

/// <summary>Where an article sits: its category and tags, and its neighbours in the section.</summary>
public sealed record ArticlePlace(NavLink? Category, IReadOnlyList<NavLink> Tags, NavLink? Previous, NavLink? Next);

/// <param name="IndexHref">the folder of this language's index (<c>search/kk/</c>), relative to the page</param>
/// <param name="RootHref">the site's root, relative to the page (the index's addresses are relative to it)</param>
/// <param name="StringsJson">the labels the script writes into the page (kinds, counts, filters), as JSON</param>
/// <param name="Available">whether the site was built with its search index (else the page says so and loads nothing)</param>
public sealed record SearchView(PageFrame Frame, IReadOnlyList<Breadcrumb> Breadcrumbs, string Title, string Intro, string IndexHref, string RootHref,
    string ScriptHref, string StringsJson, string AzIndexHref, bool Available) : IPageView;
