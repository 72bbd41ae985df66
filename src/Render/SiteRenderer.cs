using System.Collections.Concurrent;
using System.Text;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Data;
using KhaSite.Render.Machine;
using KhaSite.Render.Search;
using KhaSite.Theme.Components;
using KhaSite.Write;
using Microsoft.AspNetCore.Components;

namespace KhaSite.Render;

/// <summary>
/// The Render stage: every page of the site through the theme, plus what is derived from them (downloads, sitemap,
/// feeds) and the theme's assets. Pages render in parallel, and go to disk as they are
/// rendered; nothing a page contains depends on which worker rendered it or when.
/// </summary>
/// <param name="searchIndex">whether the site gets its search index (else the search page says search is unavailable)</param>
public sealed class SiteRenderer(SiteModel model, bool searchIndex = false)
{
    private readonly FrameBuilder _frames = new(model);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// One page to render: where it goes, how to build its view model, which component draws it, and the input files
    /// it is made from (for the sitemap's <c>lastmod</c>; null for a page made from the whole site).
    /// </summary>
    private sealed record PageJob(string Path, Func<IPageView> View, Func<IPageView, TextWriter, Task> Draw, bool InSitemap = true,
        Func<IEnumerable<string>>? Inputs = null);

    private static PageJob Job<TComponent>(string sitePath, Func<IPageView> view, bool inSitemap = true, Func<IEnumerable<string>>? inputs = null)
        where TComponent : IComponent =>
        new(SitePaths.FileFor(sitePath), view, (v, writer) => RazorHost.RenderAsync<TComponent>("Model", v, writer), inSitemap, inputs);

    /// <summary>Renders every file of the site into <paramref name="output"/>, each written as soon as it is rendered.</summary>
    public async Task RenderAsync(StagingFolder output, CancellationToken cancel = default)
    {
        var jobs = Jobs().ToArray();
        var sitemapPages = new ConcurrentBag<SitemapPage>();
        var queue = new ConcurrentQueue<PageJob>(jobs);
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Length))).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var job))
            {
                cancel.ThrowIfCancellationRequested();
                var view = await WritePageAsync(job, output.Create(job.Path));
                if (job.InSitemap) sitemapPages.Add(new SitemapPage(view.Frame, job.Inputs is null ? model.Input.Dates.NewestInput : model.Input.Dates.Newest(job.Inputs())));
            }
        }));
        await Task.WhenAll(workers);

        foreach (var file in Sitemap.Write(sitemapPages.OrderBy(p => p.Frame.CanonicalUrl, StringComparer.Ordinal).ToArray(), model.Config))
            output.Write(file);
        output.Write(Sitemap.Robots(model.Config));
        foreach (var file in Feeds.All(model).Concat(new Downloads(model).All()).Concat(ThemeAssets.Read(model.Input.ThemeDir)))
            output.Write(file);
        if (searchIndex)
            await Task.WhenAll(model.Languages.Select(lang => Task.Run(() =>
            {
                foreach (var file in SearchIndex.Build(SearchDocuments.In(model, lang), lang))
                    output.Write(file);
            }, cancel)));
    }

    /// <summary>One article's page on its own (the preview's quick path): its file path, and what writes its HTML to a stream.</summary>
    public (string Path, Func<Stream, Task> Write) ArticlePage(ArticleVersion version)
    {
        var job = ArticleJob(new ArticleViewBuilder(model, _frames), version);
        return (job.Path, stream => WritePageAsync(job, stream));
    }

    /// <summary>Builds the page's view model and writes its HTML to <paramref name="stream"/>; returns the view model.</summary>
    private static async Task<IPageView> WritePageAsync(PageJob job, Stream stream)
    {
        var view = job.View();
        // 16K chars keeps both of the writer's buffers (chars, and their UTF-8 bytes) under the large-object threshold
        // (85 KB): a buffer on the large-object heap per page made the GC run a full collection every few hundred pages.
        await using var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024);
        writer.Write("<!DOCTYPE html>\n");
        await job.Draw(view, writer);
        writer.Write('\n');
        return view;
    }

    private static PageJob ArticleJob(ArticleViewBuilder articles, ArticleVersion version) =>
        Job<ArticlePage>(version.Path, () => articles.Build(version),
            inputs: () => version.References.Select(r => FileOf(r.Source.Record.Location)).Prepend(version.File.FullPath));

    private static string FileOf(Diagnostics.SourceLocation location) => System.IO.Path.GetFullPath(location.File);

    private IEnumerable<string> TimelineInputs() => model.Timeline.Events.Select(e => FileOf(e.Record.Location)).Distinct(StringComparer.Ordinal);

    private IEnumerable<PageJob> Jobs()
    {
        var articles = new ArticleViewBuilder(model, _frames);
        var pages = new PageViewBuilder(model, _frames);
        var sources = new SourceViewBuilder(model, _frames);
        var data = new DataViewBuilder(model, _frames);
        var finding = new FindingViewBuilder(model, _frames, searchIndex);
        var translations = new TranslationViewBuilder(model, _frames);

        yield return Job<RootPage>(SitePaths.Root, pages.Root);
        yield return new PageJob(SitePaths.NotFound, pages.NotFound, (v, writer) => RazorHost.RenderAsync<NotFoundPage>("Model", v, writer), InSitemap: false);
        foreach (var lang in model.Languages)
        {
            yield return Job<HomePage>(SitePaths.Home(lang), () => finding.Home(lang));
            foreach (var section in model.Sections.Where(s => s.Articles.Count > 0 && s.Id != SourceEntry.Section))
                yield return Job<SectionPage>(SitePaths.Section(lang, section.Id), () => pages.Section(section, lang));
            if (model.Bibliography.Entries.Count > 0)
                yield return Job<BibliographyPage>(SitePaths.Section(lang, SourceEntry.Section), () => sources.Bibliography(lang));
            foreach (var source in model.Bibliography.Entries.Values)
                yield return Job<SourcePage>(source.Path(lang), () => sources.Source(source, lang),
                    inputs: () => source.Descriptions.Values.Select(d => d.File.FullPath).Prepend(FileOf(source.Record.Location)));
            if (model.Timeline.Events.Count > 0)
            {
                yield return Job<TimelinePage>(SitePaths.Timeline(lang), () => data.Timeline(lang, null), inputs: TimelineInputs);
                foreach (var tag in model.Tags.Keys.Where(tag => model.Timeline.Events.Any(e => e.Tags.Contains(tag))))
                    yield return Job<TimelinePage>(SitePaths.TimelineTag(lang, tag), () => data.Timeline(lang, tag), inputs: TimelineInputs);
            }
            if (model.Datasets.Count > 0)
                yield return Job<StatisticsPage>(SitePaths.Statistics(lang), () => data.Statistics(lang));
            foreach (var dataset in model.Datasets.Values)
                yield return Job<DatasetPage>(dataset.Path(lang), () => data.Dataset(dataset, lang), inputs: () => [FileOf(dataset.Record.Location)]);
            yield return Job<IndexPage>(FindingPaths.Index(lang), () => finding.Index(lang));
            yield return Job<TaxonomyPage>(FindingPaths.Categories(lang), () => finding.Categories(lang));
            foreach (var id in model.Categories.Keys.Where(id => finding.HasCategory(id, lang)))
                yield return Job<SectionPage>(FindingPaths.Category(lang, id), () => finding.Category(id, lang));
            yield return Job<TaxonomyPage>(FindingPaths.Tags(lang), () => finding.Tags(lang));
            foreach (var id in model.Tags.Keys.Where(id => finding.HasTag(id, lang)))
                yield return Job<SectionPage>(FindingPaths.Tag(lang, id), () => finding.Tag(id, lang));
            if (model.Glossary.Terms.Count > 0)
                yield return Job<GlossaryPage>(FindingPaths.Glossary(lang), () => finding.Glossary(lang));
            yield return Job<SearchPage>(FindingPaths.Search(lang), () => finding.Search(lang));
            yield return Job<TranslationStatusPage>(TranslationViewBuilder.PagePath(lang), () => translations.StatusPage(lang));
        }
        // Articles of the sources section are the prose of the source pages above, not pages of their own.
        foreach (var version in model.AllVersions.Where(v => !v.DescribesSource))
            yield return ArticleJob(articles, version);
    }
}
