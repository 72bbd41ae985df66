using KhaSite.Model;
using KhaSite.Render.Data;
using KhaSite.Render.Citations;

namespace KhaSite.Render;

/// <summary>Turns an article version into the view model of its page.</summary>
public sealed class ArticleViewBuilder(SiteModel model, FrameBuilder frames)
{
    private readonly CitationViews _citations = new(model);
    private readonly TranslationViewBuilder _translations = new(model, frames);
    private readonly FindingViewBuilder _finding = new(model, frames);

    // Bodies the book rendered before the pages: each is taken by its page's Build, so no article is rendered twice.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ArticleVersion, IReadOnlyList<BodyPart>> _renderedForBook = new();

    /// <summary>What the book shows of an article: its body, infobox and references (its page reuses the body).</summary>
    public (IReadOnlyList<BodyPart> Body, IReadOnlyList<InfoboxRow> Infobox, IReadOnlyList<ReferenceItem> References) ForBook(ArticleVersion version)
    {
        var body = _renderedForBook.GetOrAdd(version, v => MarkdownHtml.Render(v, model));
        return (body, Infobox(version), _citations.References(version));
    }

    public ArticleView Build(ArticleVersion version)
    {
        var lang = version.Lang;
        var t = model.Strings(lang);
        var article = version.Article;
        var section = model.SectionOf(article);
        var path = version.Path;
        var frame = frames.For(lang, path, version.TitleText(model), version.SummaryText(model), l => version.In(l)?.Path, "article",
            frames.EditUrl(SitePaths.ArticleInput(article.Section, article.Slug, lang)), article.Section);
        var changed = _translations.LastChanged(version);
        frame = frame with
        {
            LastChanged = changed,
            OgType = "article",
            JsonLd = Machine.StructuredData.Article(model, version),
            CitationMeta = Machine.HighwireMeta.Article(model, version, changed?.Iso)
        };

        var missing = model.Languages.Where(l => l != lang && version.In(l) is null)
            .Select(l => t["translation.missing." + l])
            .ToArray();

        var breadcrumbs = new[]
        {
            new Breadcrumb(t["nav.home"], SitePaths.Relative(path, SitePaths.Home(lang))),
            new Breadcrumb(section.Config.Title[lang], SitePaths.Relative(path, SitePaths.Section(lang, section.Id))),
            new Breadcrumb(version.TitleText(model), null),
        };

        var infobox = Infobox(version);

        var toc = version.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntry(h.Level, h.Id, h.Text)).ToList();
        if (version.References.Count > 0) toc.Add(new TocEntry(2, "references", t["references.title"]));

        var seeAlso = version.Links.Where(l => l.InSeeAlso && l.Target is not null)
            .Select(l => new NavLink(l.Target!.TitleText(model), SitePaths.Relative(path, l.Target!.Path)))
            .ToArray();
        var linksHere = version.IncomingLinks
            .Select(l => l.From).Distinct()
            .OrderBy(v => v.TitleText(model), model.Order(lang))
            .Select(v => new NavLink(v.TitleText(model), SitePaths.Relative(path, v.Path)))
            .ToArray();

        var body = _renderedForBook.TryRemove(version, out var rendered) ? rendered : MarkdownHtml.Render(version, model);
        return new ArticleView(frame, breadcrumbs, version.TitleText(model), version.SummaryText(model),
            missing.Length == 0 ? null : string.Join(" ", missing),
            infobox, toc.Count >= 3 ? toc : [], body, seeAlso, linksHere,
            _citations.References(version), _citations.CiteThisPage(version), _translations.OutdatedNotice(version), _finding.Place(version))
        {
            InfoboxFigure = infobox.Length == 0 ? null : FirstFigure(body),
        };
    }

    private InfoboxRow[] Infobox(ArticleVersion version)
    {
        var t = model.Strings(version.Lang);
        var language = model.Language(version.Lang);
        var typography = new Load.Typography(language.Quotes);
        return version.File.FrontMatter.Infobox
            .Select(e =>
            {
                var label = t.Find("infobox." + e.Key.Value) ?? e.Key.Value;
                if (PartialDate.TryParse(e.Value.Value, out _) is { } date) return new InfoboxRow(label, DateText.Format(date, language));
                var text = typography.Apply(e.Value.Value);
                return new InfoboxRow(label, Data.FigureText.Substitute(text, model, version.Lang)) { Parts = Data.FigureText.Marked(text, model, version.Lang) };
            })
            .ToArray();
    }

    private static InfoboxFigure? FirstFigure(IReadOnlyList<BodyPart> body) => body.Select(part => part switch
    {
        BodyImage image => new InfoboxFigure(part, image.Image.Src, image.Image.Caption ?? image.Image.Alt),
        BodyOrgChart org => new InfoboxFigure(part, SitePaths.Fragment(org.Chart.Id), org.Chart.Title),
        BodyMap map => new InfoboxFigure(part, SitePaths.Fragment(map.Map.Id), map.Map.Title),
        _ => null,
    }).FirstOrDefault(f => f is not null);
}
