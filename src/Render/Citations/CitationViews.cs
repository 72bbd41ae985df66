using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render.Data;
using KhaSite.Model.Citations;

namespace KhaSite.Render.Citations;

/// <summary>View models of the citation machinery: reference lists, "cited by" lists and "cite this page".</summary>
public sealed class CitationViews(SiteModel model)
{
    public IReadOnlyList<ReferenceItem> References(ArticleVersion version) => References(version.References, version.Lang, version.Path);

    public IReadOnlyList<ReferenceItem> References(IReadOnlyList<Reference> references, string lang, string fromPath) =>
        references.Select(r => new ReferenceItem(
            r.Number,
            ReferenceFormatter.Format(r.Source.Record, model.Language(lang)),
            r.Marks.Select((m, i) => new BackLink(CitationResolver.Letter(i), SitePaths.WithAnchor("", m.AnchorId),
                m.Locator is null ? null : LocatorText.Format(m.Locator, model.Language(lang)))).ToArray(),
            SitePaths.Relative(fromPath, r.Source.Path(lang)))).ToArray();

    /// <summary>Every page in <paramref name="lang"/> that cites the source, each with links to its exact citations.</summary>
    public IReadOnlyList<CitedBy> CitedBy(SourceEntry source, string lang)
    {
        var t = model.Strings(lang);
        var from = source.Path(lang);
        return source.Uses.Where(u => u.Lang == lang && u.CiterPath != from)
            .GroupBy(u => (u.CiterPath, CiterTitle: FigureText.Substitute(u.CiterTitle, model, lang), u.Kind))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.CiterTitle, model.Order(lang)).ThenBy(g => g.Key.CiterPath, StringComparer.Ordinal)
            .Select(g => new CitedBy(g.Key.CiterTitle, SitePaths.Relative(from, g.Key.CiterPath), t["citedby.kind." + g.Key.Kind.ToString().ToLowerInvariant()],
                g.Select((u, i) => new BackLink(CitationResolver.Letter(i), SitePaths.WithAnchor(SitePaths.Relative(from, g.Key.CiterPath), u.AnchorId),
                    u.Locator is null ? null : LocatorText.Format(u.Locator, model.Language(lang)))).ToArray()))
            .ToArray();
    }

    public CiteThisPage CiteThisPage(ArticleVersion version)
    {
        var url = model.Config.AbsoluteUrl(version.Path);
        var t = model.Strings(version.Lang);
        var siteTitle = model.Config.Title[version.Lang];
        // One form per reference style, in the order of the first language that writes it, with that language's site title.
        var forms = model.Languages.Select(model.Language).DistinctBy(l => l.References)
            .Select(l => new CitationForm(t["cite." + l.References.ToString().ToLowerInvariant()], l.Code, l.References switch
            {
                ReferenceStyle.Gost => $"{version.TitleText(model)} // {model.Config.Title[l.Code]}. – URL: {url}",
                _ => $"“{version.TitleText(model)}.” {model.Config.Title[l.Code]}. {url}.",
            }))
            .ToArray();
        string[] bibtex =
        [
            $"@misc{{khasite-{version.Article.Section}-{version.Article.Slug}-{version.Lang},",
            $"  title = {{{version.TitleText(model)}}},",
            $"  howpublished = {{{siteTitle}}},",
            $"  url = {{{url}}},",
            $"  language = {{{model.Language(version.Lang).BibTexName}}}",
            "}",
        ];
        return new CiteThisPage(forms, bibtex);
    }
}
