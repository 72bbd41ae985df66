using System.Collections.Concurrent;
using System.Text;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Data;
using KhaSite.Render.Machine;
using KhaSite.Theme.Components;
using KhaSite.Write;
using Microsoft.AspNetCore.Components;

namespace KhaSite.Render;

/// <summary>
/// The Render stage: every page of the site through the theme, plus what is derived from them (downloads, sitemap,
/// feeds) and the theme's assets. Pages render in parallel, one Razor host per worker; the result is sorted by path,
/// so the output does not depend on which worker finished first.
/// </summary>
/// <param name="searchIndex">whether the site gets a Pagefind index (else the search page says search is unavailable)</param>
public sealed class SiteRenderer(SiteModel model, bool searchIndex = false)
{
    private readonly FrameBuilder _frames = new(model);

    /// <summary>One page to render: where it goes, how to build its view model, and which component draws it.</summary>
    private sealed record PageJob(string Path, Func<IPageView> View, Func<RazorHost, IPageView, Task<string>> Draw, bool InSitemap = true);

    private static PageJob Job<TComponent>(string sitePath, Func<IPageView> view, bool inSitemap = true) where TComponent : IComponent =>
        new(SitePaths.FileFor(sitePath), view, (host, v) => host.RenderAsync<TComponent>("Model", v), inSitemap);

    public async Task<IReadOnlyList<OutputFile>> RenderAsync()
    {
        var jobs = Jobs().ToArray();
        var pages = new ConcurrentBag<(OutputFile File, PageFrame Frame, bool InSitemap)>();
        var queue = new ConcurrentQueue<PageJob>(jobs);
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Length))).Select(_ => Task.Run(async () =>
        {
            await using var razor = new RazorHost();
            while (queue.TryDequeue(out var job))
            {
                var view = job.View();
                var html = await job.Draw(razor, view);
                pages.Add((new OutputFile(job.Path, Encoding.UTF8.GetBytes("<!DOCTYPE html>\n" + html + "\n")), view.Frame, job.InSitemap));
            }
        }));
        await Task.WhenAll(workers);

        var sitemapPages = pages.Where(p => p.InSitemap).Select(p => p.Frame).OrderBy(f => f.CanonicalUrl, StringComparer.Ordinal).ToArray();
        var files = pages.Select(p => p.File).ToList();
        files.Add(Sitemap.Write(sitemapPages));
        files.Add(Sitemap.Robots(model.Config));
        files.AddRange(Feeds.All(model));
        files.AddRange(new Downloads(model).All());
        files.AddRange(ThemeAssets.Read(model.Input.ThemeDir));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }

    private IEnumerable<PageJob> Jobs()
    {
        var articles = new ArticleViewBuilder(model, _frames);
        var pages = new PageViewBuilder(model, _frames);
        var sources = new SourceViewBuilder(model, _frames);
        var data = new DataViewBuilder(model, _frames);
        var finding = new FindingViewBuilder(model, _frames, searchIndex);
        var translations = new TranslationViewBuilder(model, _frames);

        yield return Job<RootPage>(SitePaths.Root, pages.Root);
        yield return new PageJob(SitePaths.NotFound, pages.NotFound, (host, v) => host.RenderAsync<NotFoundPage>("Model", v), InSitemap: false);
        foreach (var lang in model.Languages)
        {
            yield return Job<HomePage>(SitePaths.Home(lang), () => finding.Home(lang));
            foreach (var section in model.Sections.Where(s => s.Articles.Count > 0 && s.Id != SourceEntry.Section))
                yield return Job<SectionPage>(SitePaths.Section(lang, section.Id), () => pages.Section(section, lang));
            if (model.Bibliography.Entries.Count > 0)
                yield return Job<BibliographyPage>(SitePaths.Section(lang, SourceEntry.Section), () => sources.Bibliography(lang));
            foreach (var source in model.Bibliography.Entries.Values)
                yield return Job<SourcePage>(source.Path(lang), () => sources.Source(source, lang));
            if (model.Timeline.Events.Count > 0)
            {
                yield return Job<TimelinePage>(SitePaths.Timeline(lang), () => data.Timeline(lang, null));
                foreach (var tag in model.Tags.Keys.Where(tag => model.Timeline.Events.Any(e => e.Tags.Contains(tag))))
                    yield return Job<TimelinePage>(SitePaths.TimelineTag(lang, tag), () => data.Timeline(lang, tag));
            }
            if (model.Datasets.Count > 0)
                yield return Job<StatisticsPage>(SitePaths.Statistics(lang), () => data.Statistics(lang));
            foreach (var dataset in model.Datasets.Values)
                yield return Job<DatasetPage>(dataset.Path(lang), () => data.Dataset(dataset, lang));
            yield return Job<IndexPage>(FindingPaths.Index(lang), () => finding.Index(lang));
            yield return Job<TaxonomyPage>(FindingPaths.Categories(lang), () => finding.Categories(lang));
            foreach (var id in model.Categories.Keys.Where(id => finding.HasCategory(id, lang)))
                yield return Job<SectionPage>(FindingPaths.Category(lang, id), () => finding.Category(id, lang));
            yield return Job<TaxonomyPage>(FindingPaths.Tags(lang), () => finding.Tags(lang));
            foreach (var id in model.Tags.Keys.Where(id => finding.HasTag(id, lang)))
                yield return Job<SectionPage>(FindingPaths.Tag(lang, id), () => finding.Tag(id, lang));
            if (model.Glossary.Terms.Count > 0)
                yield return Job<GlossaryPage>(FindingPaths.Glossary(lang), () => finding.Glossary(lang));
            yield return Job<SearchPage>(FindingPaths.Search(lang), () => finding.Search(lang), inSitemap: false);
            yield return Job<TranslationStatusPage>(TranslationViewBuilder.PagePath(lang), () => translations.StatusPage(lang));
        }
        // Articles of the sources section are the prose of the source pages above, not pages of their own.
        foreach (var version in model.AllVersions.Where(v => !v.DescribesSource))
            yield return Job<ArticlePage>(version.Path, () => articles.Build(version));
    }
}
