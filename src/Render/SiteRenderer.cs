using System.Collections.Concurrent;
using System.Text;
using KhaSite.Model;
using KhaSite.Render.Data;
using KhaSite.Render.Machine;
using KhaSite.Render.Pages;
using KhaSite.Render.Search;
using KhaSite.Write;

namespace KhaSite.Render;

/// <summary>
/// The Render stage: every page of the site through the theme, plus what is derived from them (downloads, sitemap,
/// feeds) and the theme's assets. Pages render in parallel, and go to disk as they are
/// rendered; nothing a page contains depends on which worker rendered it or when.
/// </summary>
/// <param name="searchIndex">whether the site gets its search index (else the search page says search is unavailable)</param>
/// <param name="book">whether the site gets its book (the all-in-one page and the EPUB of each language)</param>
/// <param name="pdf">whether each book is also printed to PDF (with Chromium; skipped with a note when there is none)</param>
/// <param name="parts">the parts of the previous output that may be kept when their inputs did not change (the search index)</param>
/// <param name="pages">the previous build's pages that may be kept when their keys did not change (null: render every page)</param>
public sealed class SiteRenderer(SiteModel model, bool searchIndex = false, bool book = false, bool pdf = false, PartCache? parts = null, PageKeeper? pages = null)
{
    private readonly FrameBuilder _frames = new(model);

    /// <summary>What the render says besides diagnostics (a part it skipped, and why).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Renders every file of the site into <paramref name="output"/>, each written as soon as it is rendered.</summary>
    public async Task RenderAsync(StagingFolder output, CancellationToken cancel = default)
    {
        var views = new PageViews(model, _frames, searchIndex);
        if (book)
        {
            views.Books = await Book.BookFiles.BuildAsync(views, _frames, pdf);
            Notes.AddRange(views.Books.Notes);
        }
        var jobs = PageFamilies.All.SelectMany(family => family.Pages(views)).ToArray();
        // The files that are not pages (feeds, downloads, previews, images, the theme's assets) depend on the model only:
        // written beside the page loop, they no longer run on one core after it (1.4 s of CPU at 10,000 pages). With
        // the pages' keys, each part whose key did not change is kept from the previous output instead.
        var keys = pages?.Keys;
        var files = Task.Run(() =>
        {
            var fileParts = PageFamilies.All.SelectMany(family => keys is null ? [new FilePart(family.GetType().Name, null, () => family.Files(model))] : family.FileParts(model, keys))
                .Concat(new Downloads(model).Parts(keys))
                .Append(new FilePart("assets", keys?.SharedPart("assets", []), () => ThemeAssets.Read(model.Input.ThemeDir)));
            foreach (var part in fileParts)
            {
                cancel.ThrowIfCancellationRequested();
                part.WriteOrKeep(output, keys is null ? null : parts);
            }
        }, cancel);
        var sitemapPages = new ConcurrentBag<SitemapPage>();
        var queue = new ConcurrentQueue<PageJob>(jobs);
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, jobs.Length))).Select(_ => Task.Run(async () =>
        {
            var text = new PageTextWriter();
            while (queue.TryDequeue(out var job))
            {
                cancel.ThrowIfCancellationRequested();
                DateTimeOffset? inputsDate = job.Inputs is null ? null : model.Input.Dates.Newest(job.Inputs());
                string? key = null;
                if (pages is not null)
                {
                    key = pages.Decide(job, inputsDate, output, out var kept, out var wasKept);
                    if (wasKept)
                    {
                        if (job.InSitemap) sitemapPages.Add(kept!);
                        continue;
                    }
                }
                var view = await WritePageAsync(job, output.Create(job.Path), text);
                if (job.InSitemap) sitemapPages.Add(new SitemapPage(ForSitemap(view.Frame), inputsDate ?? model.Input.Dates.NewestInput));
                if (key is not null) pages!.Made(job, key, view.Frame, inputsDate);
            }
        }));
        await Task.WhenAll(workers.Append(files));

        foreach (var file in Sitemap.Write(sitemapPages.OrderBy(p => p.Frame.CanonicalUrl, StringComparer.Ordinal).ToArray(), model.Config))
            output.Write(file);
        output.Write(Sitemap.Robots(model.Config));
        foreach (var file in views.Books?.Files() ?? [])
            output.Write(file);
        if (searchIndex)
            await Task.WhenAll(model.Languages.Select(lang => Task.Run(() =>
            {
                var documents = SearchDocuments.In(model, lang);
                var rulesLang = model.Language(lang).From ?? lang;
                var (name, key) = ("search " + lang, SearchIndex.Key(documents, lang, rulesLang));
                if (parts?.TryKeep(name, key, output) == true) return;
                var files = new List<string>();
                foreach (var file in SearchIndex.Build(documents, lang, rulesLang))
                {
                    output.Write(file);
                    files.Add(file.Path);
                }
                parts?.Made(name, key, files);
            }, cancel)));
    }

    /// <summary>
    /// The part of a page's frame the sitemap reads (its language, address and alternates). Each frame is held until
    /// every page is rendered; with its JSON-LD, description and citation tags that was over 1 GB at 100,000 pages.
    /// </summary>
    private static PageFrame ForSitemap(PageFrame frame) =>
        frame with { JsonLd = null, Description = "", DocumentTitle = "", CitationMeta = [], FooterLinks = [] };

    /// <summary>One article's page on its own (the preview's quick path): its file path, and what writes its HTML to a stream.</summary>
    public (string Path, Func<Stream, Task> Write) ArticlePage(ArticleVersion version)
    {
        var job = ArticleFamily.Page(new ArticleViewBuilder(model, _frames), version);
        return (job.Path, stream => WritePageAsync(job, stream, new PageTextWriter()));
    }

    /// <summary>Builds the page's view model and writes its HTML to <paramref name="stream"/>; returns the view model.</summary>
    /// <param name="text">collects the HTML; reused from page to page (its buffers are allocated once)</param>
    private static async Task<IPageView> WritePageAsync(PageJob job, Stream stream, PageTextWriter text)
    {
        await using (stream)
        {
            var view = job.View();
            text.Clear();
            text.Write("<!DOCTYPE html>\n");
            await job.Draw(view, text);
            text.Write('\n');
            text.WriteTo(stream);
            return view;
        }
    }
}
