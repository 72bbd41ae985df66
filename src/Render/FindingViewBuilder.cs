using System.Globalization;
using System.Text.Json;
using KhaSite.Model;
using KhaSite.Render.Search;
using KhaSite.Model.Citations;
using KhaSite.Render.Citations;
using KhaSite.Render.Data;

namespace KhaSite.Render;

/// <summary>View models of the ways in: the home page, the A–Z index, categories, tags, the glossary, and an article's place.</summary>
public sealed class FindingViewBuilder(SiteModel model, FrameBuilder frames, bool searchIndex = false)
{
    private readonly CitationViews _citations = new(model);

    /// <summary>A language's articles (not the sources' descriptions), gathered once: every tag and category page reads them.</summary>
    private ArticleVersion[] Readable(string lang) =>
        _readable.GetOrAdd(lang, static (l, all) => all.Where(v => v.Lang == l && !v.DescribesSource).ToArray(), model.AllVersions);

    /// <summary>
    /// <see cref="Readable"/> in title order, sorted once per language: a term's page lists its articles in the same order
    /// (a stable sort of a filtered list is the filtered sorted list), and sorting them again on each of its pages was
    /// a collation sort of thousands of titles per page.
    /// </summary>
    private ArticleVersion[] ReadableByTitle(string lang) =>
        _readableByTitle.GetOrAdd(lang, l => Readable(l).OrderBy(v => SortKey(v.TitleText(model)), model.Order(l)).ToArray());

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ArticleVersion[]> _readable = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ArticleVersion[]> _readableByTitle = new(StringComparer.Ordinal);

    public HomeView Home(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.Home(lang);
        var frame = frames.For(lang, path, model.Config.Title[lang], model.Config.Description[lang], SitePaths.Home, "home", frames.EditUrl("site.yml"))
            with
        { JsonLd = Machine.StructuredData.Organization(model, lang) };
        var featured = model.Config.Featured is { } key && model.Articles.GetValueOrDefault(key.Value)?.Versions.GetValueOrDefault(lang) is { } f
            ? new ArticleListItem(f.TitleText(model), f.SummaryText(model), SitePaths.Relative(path, f.Path)) { SummaryParts = f.SummaryParts(model) } : null;
        var sections = model.Sections.Where(s => s.Articles.Count > 0 && s.Id != SourceEntry.Section).Select(s => new HomeSection(
            s.Config.Title[lang], s.Config.Description[lang], SitePaths.Relative(path, SitePaths.Section(lang, s.Id)),
            s.VersionsIn(lang).Select(v => new ArticleListItem(v.TitleText(model), v.SummaryText(model), SitePaths.Relative(path, v.Path)) { SummaryParts = v.SummaryParts(model) }).ToArray())).ToArray();
        var latest = model.Timeline.Events.TakeLast(5).Reverse()
            .Select(e => new HomeEvent(DateText.Format(e.Date!.Value, model.Language(lang)), FigureText.Substitute(e.Record.Title, model, lang) ?? e.Id, SitePaths.Relative(path, SitePaths.TimelineEvent(lang, e.Id)))
            { TitleParts = FigureText.Marked(e.Record.Title?[lang], model, lang) })
            .ToArray();
        var onThisDay = model.Timeline.Events.Where(e => e.Date!.Value.Precision == DatePrecision.Day)
            .Select(e => new Machine.OnThisDayJson(e.Date!.Value.Month, e.Date.Value.Day, DateText.Format(e.Date.Value, model.Language(lang)), FigureText.Substitute(e.Record.Title, model, lang), SitePaths.Relative(path, SitePaths.TimelineEvent(lang, e.Id))))
            .ToArray();
        var json = JsonSerializer.Serialize(onThisDay, Machine.RenderJson.Compact.OnThisDayJsonArray).Replace("</", "<\\/", StringComparison.Ordinal);
        var explore = frames.Links(lang, Pages.Menu.Explore).Select(l => new NavLink(l.Text, SitePaths.Relative(path, l.Path))).ToArray();
        return new HomeView(frame, model.Config.Title[lang], model.Config.Description[lang], featured, sections, KeyFigures(lang, path), latest, json, explore);
    }

    /// <summary>site.yml's <c>key_figures</c>: <c>dataset/row-key</c> for a breakdown's part, <c>dataset</c> for a series' latest value.</summary>
    private IReadOnlyList<KeyFigure> KeyFigures(string lang, string path)
    {
        var figures = new List<KeyFigure>();
        foreach (var entry in model.Config.KeyFigures ?? [])
        {
            var parts = entry.Value.Split('/');
            if (!model.Datasets.TryGetValue(parts[0], out var dataset) || dataset.Rows.Count == 0) continue;
            var row = parts.Length > 1 ? dataset.Rows.FirstOrDefault(r => r.Record.Key == parts[1]) : dataset.Rows[^1];
            if (row is null) continue;
            var html = new DatasetViews(model, lang);
            var title = FigureText.Substitute(dataset.Record.Title, model, lang) ?? dataset.Id;
            var label = parts.Length > 1 ? $"{html.Label(dataset, row)} — {title}" : $"{title}, {html.Label(dataset, row)}";
            figures.Add(new KeyFigure(html.Value(dataset, row), label, SitePaths.Relative(path, dataset.Path(lang))));
        }
        return figures;
    }

    public IndexView Index(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.Index(lang);
        var title = t["index.title"];
        var order = model.Order(lang);
        var letters = Readable(lang)
            .Select(v => (Version: v, Key: SortKey(v.TitleText(model))))
            .OrderBy(x => x.Key, order).ThenBy(x => x.Version.Path, StringComparer.Ordinal)
            .GroupBy(x => x.Key.Length == 0 ? "#" : model.Language(lang).Initial(x.Key))
            .Select((g, i) => new LetterGroup(g.Key, $"letter-{i + 1}",
                g.Select(x => new ArticleListItem(x.Version.TitleText(model), x.Version.SummaryText(model), SitePaths.Relative(path, x.Version.Path)) { SummaryParts = x.Version.SummaryParts(model) }).ToArray()))
            .ToArray();
        var frame = frames.For(lang, path, title, t["index.intro"], SitePaths.Index, "index");
        return new IndexView(frame, Crumbs(lang, path, title), title, t["index.intro"], letters);
    }

    /// <summary>Titles sort by their first letter: opening quotes and brackets do not count («Мың бала» goes under М).</summary>
    public static string SortKey(string title) => title.TrimStart('«', '"', '“', '„', '\'', '(', '[', ' ');

    public TaxonomyView Categories(string lang) => Taxonomy(lang, SitePaths.Categories(lang), "categories", model.Categories.Values,
        id => Readable(lang).Count(v => v.Category == id), id => SitePaths.Category(lang, id), SitePaths.Categories);

    public TaxonomyView Tags(string lang) => Taxonomy(lang, SitePaths.Tags(lang), "tags", model.Tags.Values,
        id => Readable(lang).Count(v => v.Tags.Contains(id)), id => SitePaths.Tag(lang, id), SitePaths.Tags);

    private TaxonomyView Taxonomy(string lang, string path, string kind, IEnumerable<Load.TermRecord> terms, Func<string, int> count,
        Func<string, string> termPath, Func<string, string> pathIn)
    {
        var t = model.Strings(lang);
        var title = t[kind + ".title"];
        var items = terms.Select(term => new TaxonomyItem(term.Label[lang], SitePaths.Relative(path, termPath(term.Id.Value)), count(term.Id.Value)))
            .Where(i => i.Count > 0).OrderBy(i => i.Label, model.Order(lang)).ToArray();
        var frame = frames.For(lang, path, title, t[kind + ".intro"], pathIn, kind, frames.EditUrl(SitePaths.DataInput(kind)));
        return new TaxonomyView(frame, Crumbs(lang, path, title), title, t[kind + ".intro"], items);
    }

    public bool HasCategory(string id, string lang) => Readable(lang).Any(v => v.Category == id);

    public bool HasTag(string id, string lang) => Readable(lang).Any(v => v.Tags.Contains(id));

    public SectionView Category(string id, string lang) =>
        TermPage(lang, SitePaths.Category(lang, id), model.Categories[id].Label[lang], "categories", SitePaths.Categories(lang), v => v.Category == id, l => SitePaths.Category(l, id));

    public SectionView Tag(string id, string lang) =>
        TermPage(lang, SitePaths.Tag(lang, id), model.Tags[id].Label[lang], "tags", SitePaths.Tags(lang), v => v.Tags.Contains(id), l => SitePaths.Tag(l, id));

    private SectionView TermPage(string lang, string path, string title, string kind, string parent, Func<ArticleVersion, bool> filter, Func<string, string> pathIn)
    {
        var t = model.Strings(lang);
        var items = ReadableByTitle(lang).Where(filter)
            .Select(v => new ArticleListItem(v.TitleText(model), v.SummaryText(model), SitePaths.Relative(path, v.Path)) { SummaryParts = v.SummaryParts(model) }).ToArray();
        var frame = frames.For(lang, path, title, t.Format(kind + ".page_intro", title), pathIn, kind, frames.EditUrl(SitePaths.DataInput(kind)));
        var crumbs = new[]
        {
            new Breadcrumb(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))),
            new Breadcrumb(t[kind + ".title"], SitePaths.Relative(path, parent)),
            new Breadcrumb(title, null),
        };
        return new SectionView(frame, crumbs, title, t.Format(kind + ".page_intro", title), items);
    }

    public GlossaryView Glossary(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.Glossary(lang);
        var title = t["glossary.title"];
        var entries = model.Glossary.Terms.OrderBy(g => SortKey(g.Record.Term?[lang] ?? g.Id), model.Order(lang))
            .Select(g => new GlossaryEntry(SitePaths.TermAnchor(g.Id), g.Record.Term?[lang] ?? g.Id, FigureText.Substitute(g.Record.Definition, model, lang) ?? "",
                CitationMarkers.View(g.Marks[lang], model.Language(lang)),
                g.Articles.Select(a => a.Versions.GetValueOrDefault(lang)).OfType<ArticleVersion>()
                    .Select(v => new NavLink(v.TitleText(model), SitePaths.Relative(path, v.Path))).ToArray())
            { DefinitionParts = FigureText.Marked(g.Record.Definition?[lang], model, lang) })
            .ToArray();
        var frame = frames.For(lang, path, title, t["glossary.intro"], SitePaths.Glossary, "glossary", frames.EditUrl("data/glossary.yml"));
        return new GlossaryView(frame, Crumbs(lang, path, title), title, t["glossary.intro"], entries,
            _citations.References(model.Glossary.Numbering[lang].References, lang, path));
    }

    /// <summary>The article's category and tags, and the articles before and after it in its section (in title order).</summary>
    public ArticlePlace Place(ArticleVersion version)
    {
        var lang = version.Lang;
        var path = version.Path;
        var category = version.Category is { } c && model.Categories.TryGetValue(c, out var cat)
            ? new NavLink(cat.Label[lang], SitePaths.Relative(path, SitePaths.Category(lang, c))) : null;
        var tags = version.Tags.Where(model.Tags.ContainsKey)
            .Select(tag => new NavLink(model.Tags[tag].Label[lang], SitePaths.Relative(path, SitePaths.Tag(lang, tag)))).ToArray();
        var section = model.SectionOf(version.Article);
        var siblings = section.VersionsIn(lang);
        var index = section.PositionOf(version);
        NavLink? Link(int i) => i >= 0 && i < siblings.Count ? new NavLink(siblings[i].TitleText(model), SitePaths.Relative(path, siblings[i].Path)) : null;
        return new ArticlePlace(category, tags, Link(index - 1), Link(index + 1));
    }

    public SearchView Search(string lang)
    {
        var t = model.Strings(lang);
        var path = SitePaths.Search(lang);
        var title = t["search.title"];
        string[] keys = ["zero_results", "many_results", "one_result", "shown", "load_more", "searching", "results_label", "filters_label",
            "filter_kind", "filter_section", "filter_all", "error_search", .. Enum.GetValues<SearchKind>().Select(k => "kind_" + SearchIndex.Name(k))];
        var strings = JsonSerializer.Serialize(keys.ToDictionary(k => k, k => t["search." + k], StringComparer.Ordinal), Machine.RenderJson.Compact.DictionaryStringString);
        var frame = frames.For(lang, path, title, t["search.intro"], SitePaths.Search, "search");
        return new SearchView(frame, Crumbs(lang, path, title), title, t["search.intro"], SitePaths.Relative(path, SitePaths.SearchIndex(lang)),
            SitePaths.Relative(path, SitePaths.Root), SitePaths.Relative(path, SitePaths.Asset("search.js")), strings, SitePaths.Relative(path, SitePaths.Index(lang)), searchIndex);
    }

    private IReadOnlyList<Breadcrumb> Crumbs(string lang, string path, string title) =>
        [new Breadcrumb(model.Strings(lang)["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))), new Breadcrumb(title, null)];
}
