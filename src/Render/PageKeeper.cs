using KhaSite.Model;
using KhaSite.Render.Machine;
using KhaSite.Render.Pages;
using KhaSite.Write;

namespace KhaSite.Render;

/// <summary>
/// The render's keep-or-render decision for each page: a page whose <see cref="OutputKeys"/> key is the one the
/// previous build wrote it under is kept from the previous output (with the sitemap entry that build recorded);
/// <see cref="Current"/> collects this build's keys for the next one.
/// </summary>
public sealed class PageKeeper(SiteModel model, OutputKeys keys, PageKeys? previous)
{
    public PageKeys Current { get; } = new();

    /// <summary>The keys of this build's pages, and of the other parts of its output (<see cref="OutputKeys.Part"/>).</summary>
    public OutputKeys Keys => keys;

    private int _kept, _rendered;

    /// <summary>How many pages were kept rather than rendered.</summary>
    public int Kept => _kept;

    /// <summary>How many pages were rendered.</summary>
    public int Rendered => _rendered;

    /// <summary>The page's key, and whether its file was kept (then <paramref name="sitemap"/> is its sitemap entry).</summary>
    public string Decide(PageJob job, DateTimeOffset? inputsDate, StagingFolder output, out SitemapPage? sitemap, out bool kept)
    {
        var key = keys.For(job, inputsDate);
        sitemap = null;
        var page = previous?.Pages.GetValueOrDefault(job.Path);
        kept = page is not null && page.Key == key && output.Keep(job.Path);
        if (!kept) return key;
        Current.Pages[job.Path] = page!;
        Interlocked.Increment(ref _kept);
        var frame = new PageFrame(page!.Lang, "", "", page.CanonicalUrl, page.Alternates.Select(a => new Alternate(a.HrefLang, a.Url)).ToArray(),
            [], [], "", "", model.Strings(page.Lang));
        sitemap = new SitemapPage(frame, page.LastModified ?? model.Input.Dates.NewestInput);
        return key;
    }

    public void Made(PageJob job, string key, PageFrame frame, DateTimeOffset? inputsDate)
    {
        Interlocked.Increment(ref _rendered);
        Current.Pages[job.Path] = new KeptPage(key, frame.Lang, frame.CanonicalUrl, frame.Alternates.Select(a => (a.HrefLang, a.Url)).ToArray(), inputsDate);
    }
}
