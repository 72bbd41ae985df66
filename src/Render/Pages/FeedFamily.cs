using KhaSite.Model;
using KhaSite.Render.Machine;
using KhaSite.Write;

namespace KhaSite.Render.Pages;

/// <summary>The Atom feeds: of each language's articles, and of each section's. Files, not pages.</summary>
public sealed class FeedFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) => [];

    public IEnumerable<MenuLink> Links(SiteModel model, string lang) =>
        [new MenuLink(Menu.Footer, 5, model.Strings(lang)["footer.feed"], SitePaths.Feed(lang))];

    public IEnumerable<OutputFile> Files(SiteModel model) => Feeds.All(model);

    /// <summary>A part per feed: what the site's key leaves out of a feed is its entries' bodies (the lead) and dates,
    /// and the build's time when it has none.</summary>
    public IEnumerable<FilePart> FileParts(SiteModel model, OutputKeys keys) =>
        Feeds.Plans(model).Select(feed => new FilePart("feed " + feed.Path,
            keys.Part("feed " + feed.Path, feed.Entries.Count == 0 ? [DateKey(model.Input.Dates.BuildTime)] : feed.Entries.SelectMany(v => Entry(model, v))),
            () => [feed.Write()]));

    private static IEnumerable<string> Entry(SiteModel model, ArticleVersion version)
    {
        var dates = model.Input.Dates;
        return [version.Path, version.File.BodyHash, DateKey(dates.Created(version.File.FullPath)), DateKey(dates.Changed(version.File.FullPath))];
    }

    private static string DateKey(DateTimeOffset time) => time.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
