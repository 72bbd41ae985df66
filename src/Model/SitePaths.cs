namespace KhaSite.Model;

/// <summary>
/// The site's URL scheme, the one place that decides where every page and file goes. Paths are site-relative and end
/// in '/' for pages (<c>kk/history/founding/</c>); pages link to each other with relative URLs (<see cref="Relative"/>)
/// so the site works under any base path. Nothing else builds a site path: the theme receives finished hrefs.
/// </summary>
public static class SitePaths
{
    public const string Root = "";

    /// <summary>The 404 page the host serves at any missing address, in the default language with a way into each.</summary>
    public const string NotFound = "404.html";

    /// <summary>A language's own 404 page, for hosts that serve the nearest folder's <c>404.html</c>.</summary>
    public static string NotFoundIn(string lang) => $"{lang}/404.html";

    public static string Home(string lang) => $"{lang}/";

    public static string Section(string lang, string section) => $"{lang}/{section}/";

    public static string Article(string lang, string section, string slug) => $"{lang}/{section}/{slug}/";

    public static string Timeline(string lang) => $"{lang}/timeline/";

    public static string TimelineTag(string lang, string tag) => $"{lang}/timeline/{tag}/";

    /// <summary>An event's place on the timeline page.</summary>
    public static string TimelineEvent(string lang, string id) => WithAnchor(Timeline(lang), EventAnchor(id));

    /// <summary>The id of an event's element on a timeline page.</summary>
    public static string EventAnchor(string id) => $"event-{id}";

    /// <summary>The timeline as a file (<c>.json</c>, <c>.csv</c>, <c>.ics</c>) next to its page.</summary>
    public static string TimelineDownload(string lang, string extension) => $"{Timeline(lang)}timeline{extension}";

    public static string Statistics(string lang) => $"{lang}/statistics/";

    public static string Dataset(string lang, string id) => $"{lang}/statistics/{id}/";

    /// <summary>A dataset as a file (<c>.csv</c>, <c>.json</c>) next to its page.</summary>
    public static string DatasetDownload(string lang, string id, string extension) => $"{Dataset(lang, id)}{id}{extension}";

    /// <summary>A source's reference file (<paramref name="fileName"/>: <c>key.bib</c>, <c>key.ris</c>…) next to its page.</summary>
    public static string SourceDownload(string sourcePath, string fileName) => sourcePath + fileName;

    /// <summary>The whole bibliography as CSL-JSON, one file for every language (it holds the sources as written).</summary>
    public const string BibliographyDownload = "bibliography.json";

    public static string Index(string lang) => $"{lang}/a-z/";

    public static string Categories(string lang) => $"{lang}/categories/";

    public static string Category(string lang, string id) => $"{lang}/categories/{id}/";

    public static string Tags(string lang) => $"{lang}/tags/";

    public static string Tag(string lang, string id) => $"{lang}/tags/{id}/";

    public static string Glossary(string lang) => $"{lang}/glossary/";

    /// <summary>A term's place on the glossary page.</summary>
    public static string GlossaryTerm(string lang, string id) => WithAnchor(Glossary(lang), TermAnchor(id));

    /// <summary>The id of a term's element on the glossary page.</summary>
    public static string TermAnchor(string id) => $"term-{id}";

    /// <summary>The whole encyclopedia of a language on one page, to read through or print as a book.</summary>
    public static string Book(string lang) => $"{lang}/book/";

    /// <summary>The book of a language as a file (<c>.epub</c>, <c>.pdf</c>) next to its page.</summary>
    public static string BookFile(string lang, string extension) => $"{Book(lang)}book-{lang}{extension}";

    public static string Search(string lang) => $"{lang}/search/";

    /// <summary>The folder of a language's search index (its shards and documents).</summary>
    public static string SearchIndex(string lang) => $"search/{lang}/";

    /// <summary>What a language's search index holds and how it is split (<c>meta.json</c>).</summary>
    public static string SearchMeta(string lang) => SearchIndex(lang) + "meta.json";

    /// <summary>A document of a language's search index (what a result shows), by its number.</summary>
    public static string SearchDocument(string lang, int id) => $"{SearchIndex(lang)}d/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}.json";

    /// <summary>A shard of a language's search index: the postings of the keys that start with one prefix.</summary>
    public static string SearchShard(string lang, string file) => $"{SearchIndex(lang)}s/{file}.json";

    public static string Translations(string lang) => $"{lang}/translations/";

    /// <summary>What the page previews of a language show for each article, source, event and term it links (JSON).</summary>
    public static string Previews(string lang) => $"{lang}/previews.json";

    /// <summary>The Atom feed of a language's articles.</summary>
    public static string Feed(string lang) => $"{lang}/feed.xml";

    /// <summary>The Atom feed of one section's articles in one language.</summary>
    public static string SectionFeed(string lang, string section) => Section(lang, section) + "feed.xml";

    /// <summary>A file of the theme's <c>assets/</c> folder (<paramref name="name"/> relative to it, with '/').</summary>
    public static string Asset(string name) => "assets/" + name;

    /// <summary>An article image, one file for every page and language that shows it (<paramref name="name"/> carries a hash of its bytes).</summary>
    public static string Media(string name) => "media/" + name;

    public const string Sitemap = "sitemap.xml";

    /// <summary>One language's sitemap (or its <paramref name="part"/>th piece) when the site outgrows one file.</summary>
    public static string LanguageSitemap(string lang, int part) =>
        "sitemap-" + lang + (part > 1 ? "-" + part.ToString(System.Globalization.CultureInfo.InvariantCulture) : "") + ".xml";

    public const string Robots = "robots.txt";

    /// <summary>An article's Markdown file, relative to <c>input/</c> (what "edit this page" opens).</summary>
    public static string ArticleInput(string section, string slug, string lang) => $"{ArticleInputFolder(section)}/{ArticleFileName(slug, lang)}";

    public static string ArticleInputFolder(string section) => $"articles/{section}";

    public static string ArticleFileName(string slug, string lang) => $"{slug}.{lang}.md";

    /// <summary>A dataset's YAML file, relative to <c>input/</c>.</summary>
    public static string DatasetInput(string id) => $"data/statistics/{id}.yml";

    /// <summary>A data file of <c>input/data/</c> by its name (<c>glossary</c>, <c>tags</c>), relative to <c>input/</c>.</summary>
    public static string DataInput(string name) => $"data/{name}.yml";

    /// <summary>The bibliography and the site's settings, relative to <c>input/</c>.</summary>
    public const string SourcesInput = "data/sources.yml", SiteInput = "site.yml";

    /// <summary>The timeline's anchor of a decade (<c>d1990</c>).</summary>
    public static string DecadeAnchor(int decade) => "d" + decade.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A link to an anchor of the same page.</summary>
    public static string OnPage(string anchor) => "#" + anchor;

    /// <summary>The repository host's page that edits an input file (<paramref name="inputPath"/> relative to <c>input/</c>).</summary>
    public static string EditOnHost(string repository, string branch, string inputPath) => $"{repository}/edit/{branch}/input/{inputPath}";

    /// <summary>The repository host's page that creates <paramref name="fileName"/> in an input folder.</summary>
    public static string NewOnHost(string repository, string branch, string inputFolder, string fileName) =>
        $"{repository}/new/{branch}/input/{inputFolder}?filename={fileName}";

    /// <summary>A site path as the server's absolute path under the site's <paramref name="basePath"/> (for <c>&lt;base href&gt;</c>).</summary>
    public static string OnServer(string basePath, string sitePath) => basePath + sitePath;

    /// <summary>A place in the page at <paramref name="url"/> (site path or relative URL; "" for the page itself).</summary>
    public static string WithAnchor(string url, string anchor) => $"{url}#{anchor}";

    /// <summary>The file a page path is written to: <c>kk/x/</c> → <c>kk/x/index.html</c>.</summary>
    public static string FileFor(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>
    /// The URL from <paramref name="from"/> to <paramref name="to"/> by way of the site's root (<c>../../assets/site.css</c>,
    /// <c>./kk/search/</c> from the root): how a page's frame links what every page shares, so those links are
    /// the same on every page of one depth.
    /// </summary>
    public static string ThroughRoot(string from, string to) => Relative(from, Root) + to;

    /// <summary>A link to the element with <paramref name="id"/> on the same page.</summary>
    public static string Fragment(string id) => "#" + id;

    /// <summary><paramref name="url"/> with <paramref name="fragment"/> (escaped) after it, when there is one.</summary>
    public static string WithFragment(string url, string fragment) => fragment.Length > 0 ? url + "#" + Uri.EscapeDataString(fragment) : url;

    /// <summary>A chapter of an EPUB book (<c>a-history--founding.xhtml</c>) and an anchor in it; only the anchor when <paramref name="chapter"/> is null (the same chapter).</summary>
    public static string EpubChapter(string? chapter, string? anchor) => (chapter is null ? "" : chapter + ".xhtml") + (anchor is null ? "" : "#" + anchor);

    /// <summary>The relative URL from the page at <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <remarks>Site paths have no empty segments ("kk/history/x/", "assets/site.css", "" for the root).</remarks>
    public static string Relative(string from, string to)
    {
        var fromDir = from.AsSpan(0, from.LastIndexOf('/') + 1);
        // The folders both paths start with, compared whole ("kk/" is not shared with "kkx/"); the last segment of a
        // file ("site.css") is never a folder, so it is never shared.
        var common = 0;
        while (fromDir[common..].IndexOf('/') is var slash and >= 0)
        {
            var end = common + slash + 1;
            if (end > to.Length || !to.AsSpan(common, end - common).SequenceEqual(fromDir[common..end])) break;
            common = end;
        }
        var up = fromDir[common..].Count('/');
        var down = to.AsSpan(common);
        if (up == 0 && down.Length == 0) return "./";
        return string.Create(up * 3 + down.Length, (up, to, common), static (result, state) =>
        {
            for (var i = 0; i < state.up; i++) "../".CopyTo(result[(i * 3)..]);
            state.to.AsSpan(state.common).CopyTo(result[(state.up * 3)..]);
        });
    }
}
