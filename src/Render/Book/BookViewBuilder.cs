using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Pages;

namespace KhaSite.Render.Book;

/// <summary>The book of a language from the views the site's own pages are made of, each keeping its page's hrefs.</summary>
public sealed class BookViewBuilder(PageViews views, FrameBuilder frames)
{
    private readonly SiteModel _model = views.Model;

    /// <param name="downloads">the book's files with their size and date (none in the EPUB itself)</param>
    public BookView Build(string lang, IReadOnlyList<Download> downloads)
    {
        var t = _model.Strings(lang);
        var path = SitePaths.Book(lang);
        var title = _model.Config.Title[lang];
        var frame = frames.For(lang, path, t["book.title"], t["book.intro"], SitePaths.Book, "book");
        var parts = _model.Sections.Where(s => s.Id != SourceEntry.Section && s.VersionsIn(lang).Count > 0)
            .Select(s => new BookPart("part-" + s.Id, s.Config.Title[lang], s.Config.Description[lang], s.VersionsIn(lang).Select(Article).ToArray()))
            .ToList();
        if (_model.Datasets.Count > 0)
            parts.Add(new BookPart("part-statistics", t["book.statistics"], t["statistics.intro"], _model.Datasets.Values.Select(d => Dataset(d, lang)).ToArray()));
        var back = new List<BookChapter>();
        if (_model.Timeline.Events.Count > 0)
        {
            var timeline = views.Data.Timeline(lang, null);
            back.Add(new BookChapter("timeline", timeline.Title, SitePaths.Timeline(lang), SitePaths.Timeline(lang), new BookTimeline(timeline.EventGroups, timeline.References)));
        }
        if (_model.Glossary.Terms.Count > 0)
        {
            var glossary = views.Finding.Glossary(lang);
            back.Add(new BookChapter("glossary", glossary.Title, SitePaths.Glossary(lang), SitePaths.Glossary(lang), new BookGlossary(glossary.Entries, glossary.References)));
        }
        if (_model.Bibliography.Entries.Count > 0)
            back.Add(new BookChapter("sources", t["book.sources"], SitePaths.Section(lang, SourceEntry.Section), SitePaths.Section(lang, SourceEntry.Section), Sources(lang)));
        back.Add(new BookChapter("index", t["book.index"], path, null, Index(lang, parts)));
        var updated = _model.Input.Dates.NewestInput;
        return new BookView(frame, title, _model.Config.Description[lang],
            t.Format("book.updated", DateText.Format(new PartialDate(updated.Year, updated.Month, updated.Day), _model.Language(lang))),
            parts, back, downloads);
    }

    /// <summary>The anchor of an article's chapter: its section and slug (ids by the id grammar, so no two articles share one).</summary>
    public static string ChapterId(ArticleVersion version) => $"a-{version.Article.Section}--{version.Article.Slug}";

    private BookChapter Article(ArticleVersion version)
    {
        var (body, infobox, references) = views.Articles.ForBook(version);
        return new BookChapter(ChapterId(version), Data.FigureText.TitleText(version, _model), version.Path, version.Path, new BookArticle(body, infobox, references));
    }

    private BookChapter Dataset(Dataset dataset, string lang)
    {
        var view = views.Data.Dataset(dataset, lang);
        return new BookChapter("data-" + dataset.Id, view.Title, dataset.Path(lang), dataset.Path(lang),
            new BookDataset(view.Description, view.SourceMarkers, view.Chart, view.Table, view.References));
    }

    private BookSources Sources(string lang)
    {
        var citations = new Citations.CitationViews(_model);
        var language = _model.Language(lang);
        return new BookSources(_model.Bibliography.Entries.Values
            .Select(s => (Source: s, Html: Citations.ReferenceFormatter.Format(s.Record, language)))
            .OrderBy(x => x.Html, language.Collation).ThenBy(x => x.Source.Id, StringComparer.Ordinal)
            .Select(x => new BookSource("source-" + x.Source.Slug, x.Html, x.Source.Path(lang),
                citations.CitedBy(x.Source, lang).Select(c => new NavLink(c.Title, c.Href)).DistinctBy(l => l.Href).ToArray()))
            .ToArray());
    }

    private BookIndex Index(string lang, IReadOnlyList<BookPart> parts)
    {
        var from = SitePaths.Book(lang);
        var entries = parts.SelectMany(p => p.Chapters).Select(c => new NavLink(c.Title, SitePaths.Relative(from, c.SitePath!)))
            .Concat(_model.Glossary.Terms.Select(g => new NavLink(g.Record.Term?[lang] ?? g.Id, SitePaths.Relative(from, SitePaths.GlossaryTerm(lang, g.Id)))))
            .Where(e => FindingViewBuilder.SortKey(e.Text).Length > 0)
            .OrderBy(e => FindingViewBuilder.SortKey(e.Text), _model.Order(lang)).ThenBy(e => e.Href, StringComparer.Ordinal);
        return new BookIndex(entries.GroupBy(e => _model.Language(lang).Initial(FindingViewBuilder.SortKey(e.Text)))
            .Select(g => new BookIndexGroup(g.Key, g.ToArray())).ToArray());
    }
}
