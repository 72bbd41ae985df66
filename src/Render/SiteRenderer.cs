using System.Text;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Theme.Components;
using KhaSite.Write;

namespace KhaSite.Render;

/// <summary>The Render stage: every page of the site through the theme, plus the theme's assets.</summary>
public sealed class SiteRenderer(SiteModel model)
{
    private readonly FrameBuilder _frames = new(model);

    public async Task<IReadOnlyList<OutputFile>> RenderAsync()
    {
        var files = new List<OutputFile>();
        var articles = new ArticleViewBuilder(model, _frames);
        var pages = new PageViewBuilder(model, _frames);
        var sources = new SourceViewBuilder(model, _frames);
        var data = new DataViewBuilder(model, _frames);
        var translations = new TranslationViewBuilder(model, _frames);
        await using var razor = new RazorHost();

        files.Add(Page(SitePaths.FileFor(SitePaths.Root), await razor.RenderAsync<RootPage>("Model", pages.Root())));
        files.Add(Page(SitePaths.NotFound, await razor.RenderAsync<NotFoundPage>("Model", pages.NotFound())));
        foreach (var lang in model.Languages)
        {
            files.Add(Page(SitePaths.FileFor(SitePaths.Home(lang)), await razor.RenderAsync<HomePage>("Model", pages.Home(lang))));
            foreach (var section in model.Sections.Where(s => s.Articles.Count > 0 && s.Id != SourceEntry.Section))
                files.Add(Page(SitePaths.FileFor(SitePaths.Section(lang, section.Id)),
                    await razor.RenderAsync<SectionPage>("Model", pages.Section(section, lang))));
            if (model.Bibliography.Entries.Count > 0)
                files.Add(Page(SitePaths.FileFor(SitePaths.Section(lang, SourceEntry.Section)),
                    await razor.RenderAsync<BibliographyPage>("Model", sources.Bibliography(lang))));
            if (model.Timeline.Events.Count > 0)
            {
                files.Add(Page(SitePaths.FileFor(SitePaths.Timeline(lang)), await razor.RenderAsync<TimelinePage>("Model", data.Timeline(lang, null))));
                foreach (var tag in model.Tags.Keys.Where(tag => model.Timeline.Events.Any(e => e.Tags.Contains(tag))))
                    files.Add(Page(SitePaths.FileFor(SitePaths.TimelineTag(lang, tag)), await razor.RenderAsync<TimelinePage>("Model", data.Timeline(lang, tag))));
            }
            if (model.Datasets.Count > 0)
                files.Add(Page(SitePaths.FileFor(SitePaths.Statistics(lang)), await razor.RenderAsync<StatisticsPage>("Model", data.Statistics(lang))));
            foreach (var dataset in model.Datasets.Values)
                files.Add(Page(SitePaths.FileFor(dataset.Path(lang)), await razor.RenderAsync<DatasetPage>("Model", data.Dataset(dataset, lang))));
            foreach (var source in model.Bibliography.Entries.Values)
                files.Add(Page(SitePaths.FileFor(source.Path(lang)), await razor.RenderAsync<SourcePage>("Model", sources.Source(source, lang))));
            files.Add(Page(SitePaths.FileFor(TranslationViewBuilder.PagePath(lang)),
                await razor.RenderAsync<TranslationStatusPage>("Model", translations.StatusPage(lang))));
        }
        // Articles of the sources section are the prose of the source pages above, not pages of their own.
        foreach (var version in model.AllVersions.Where(v => !v.DescribesSource))
            files.Add(Page(SitePaths.FileFor(version.Path), await razor.RenderAsync<ArticlePage>("Model", articles.Build(version))));

        files.AddRange(new Data.Downloads(model).All());
        files.AddRange(ThemeAssets.Read(model.Input.ThemeDir));
        return files;
    }

    private static OutputFile Page(string path, string html) => new(path, Encoding.UTF8.GetBytes("<!DOCTYPE html>\n" + html + "\n"));
}
