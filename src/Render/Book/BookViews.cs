namespace KhaSite.Render.Book;

/// <summary>
/// The whole encyclopedia of one language as a book: its parts (the sections, in order) of chapters (the articles),
/// then its back matter. Each chapter keeps the hrefs of the page it was made for (<see cref="BookChapter.From"/>):
/// <see cref="BookMarkup"/> turns them into places in the book or addresses on the site.
/// </summary>
public sealed record BookView(
    PageFrame Frame,
    string Title,
    string Description,
    string Updated,
    IReadOnlyList<BookPart> Parts,
    IReadOnlyList<BookChapter> BackMatter,
    IReadOnlyList<Download> Downloads) : IPageView
{
    /// <summary>Every chapter in reading order: the articles of each part, then the back matter.</summary>
    public IEnumerable<BookChapter> Chapters => Parts.SelectMany(p => p.Chapters).Concat(BackMatter);

    /// <summary>The site pages the book holds, by site path: the chapters, and each source in the list of sources.</summary>
    public IReadOnlyDictionary<string, BookMarkup.Place> Places()
    {
        var places = new Dictionary<string, BookMarkup.Place>(StringComparer.Ordinal);
        foreach (var chapter in Chapters)
        {
            if (chapter.SitePath is { } path) places[path] = new BookMarkup.Place(chapter.Id, null);
            if (chapter.Content is BookSources sources)
                foreach (var source in sources.Sources) places[source.From] = new BookMarkup.Place(chapter.Id, source.Id);
        }
        return places;
    }
}

public sealed record BookPart(string Id, string Title, string Description, IReadOnlyList<BookChapter> Chapters);

/// <summary>
/// One chapter: an article, or a piece of back matter (timeline, datasets, glossary, sources, index). <see cref="Id"/>
/// is its anchor in the print page and the name of its file in the EPUB; <see cref="From"/> the site path its hrefs
/// are relative to; <see cref="SitePath"/> the site page it stands for, so links to that page lead here.
/// </summary>
public sealed record BookChapter(string Id, string Title, string From, string? SitePath, BookContent Content);

public abstract record BookContent;

public sealed record BookArticle(IReadOnlyList<BodyPart> Body, IReadOnlyList<InfoboxRow> Infobox, IReadOnlyList<ReferenceItem> References) : BookContent;

public sealed record BookTimeline(IReadOnlyList<Data.TimelineDecadeView> Decades, IReadOnlyList<ReferenceItem> References) : BookContent;

/// <summary>A dataset: its chart (SVG with its text alternative) and its table.</summary>
public sealed record BookDataset(string Description, Citations.CitationMarkerView Sources, Data.ChartView Chart, Data.DataTableView Table, IReadOnlyList<ReferenceItem> References) : BookContent;

public sealed record BookGlossary(IReadOnlyList<GlossaryEntry> Entries, IReadOnlyList<ReferenceItem> References) : BookContent;

public sealed record BookSources(IReadOnlyList<BookSource> Sources) : BookContent;

/// <summary>A source as its reference, and the chapters that cite it (hrefs relative to <see cref="From"/>).</summary>
public sealed record BookSource(string Id, string Html, string From, IReadOnlyList<NavLink> CitedBy);

public sealed record BookIndex(IReadOnlyList<BookIndexGroup> Groups) : BookContent;

public sealed record BookIndexGroup(string Letter, IReadOnlyList<NavLink> Entries);
