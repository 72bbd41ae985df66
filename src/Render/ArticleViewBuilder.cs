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

        var infobox = version.File.FrontMatter.Infobox
            .Select(e => new InfoboxRow(
                t.Find("infobox." + e.Key.Value) ?? e.Key.Value,
                PartialDate.TryParse(e.Value.Value, out _) is { } date ? DateText.Format(date, model.Language(lang)) : Data.FigureText.Substitute(new Load.Typography(model.Language(lang).Quotes).Apply(e.Value.Value), model, lang))
            {
                Parts = PartialDate.TryParse(e.Value.Value, out _) is null ? Data.FigureText.Marked(new Load.Typography(model.Language(lang).Quotes).Apply(e.Value.Value), model, lang) : null,
            })
            .ToArray();

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

        var body = MarkdownHtml.Render(version, model);
        return new ArticleView(frame, breadcrumbs, version.TitleText(model), version.SummaryText(model),
            missing.Length == 0 ? null : string.Join(" ", missing),
            infobox, toc.Count >= 3 ? toc : [], body, seeAlso, linksHere,
            _citations.References(version), _citations.CiteThisPage(version), _translations.OutdatedNotice(version), _finding.Place(version))
        {
            InfoboxFigure = infobox.Length == 0 ? null : FirstFigure(body),
        };
    }

    private static InfoboxFigure? FirstFigure(IReadOnlyList<BodyPart> body) => body.Select(part => part switch
    {
        BodyImage image => new InfoboxFigure(part, image.Image.Src, image.Image.Caption ?? image.Image.Alt),
        BodyOrgChart org => new InfoboxFigure(part, SitePaths.Fragment(org.Chart.Id), org.Chart.Title),
        BodyMap map => new InfoboxFigure(part, SitePaths.Fragment(map.Map.Id), map.Map.Title),
        _ => null,
    }).FirstOrDefault(f => f is not null);
}
