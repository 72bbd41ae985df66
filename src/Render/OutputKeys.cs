using KhaSite.Model;
using KhaSite.Render.Pages;

namespace KhaSite.Render;

/// <summary>
/// The key of each page: a hash of everything its bytes can depend on. An article's page: its article's files (every
/// language's body, front matter and dates), the whole site's <see cref="SiteExports"/> and everything of the input
/// but the articles' Markdown (data, theme, UI strings, site.yml, the generator, the build's options, the git commit);
/// any other page: the last two, and for the translation status pages every translation's state. A page whose key is
/// the previous build's is kept from the previous output.
/// </summary>
/// <param name="shared">the hash of the input but the articles' Markdown (<c>Load/InputFingerprint</c>)</param>
/// <param name="exports">the model's <see cref="SiteExports.Of"/> when the build has it already (Check's keys)</param>
public sealed class OutputKeys(SiteModel model, string shared, string? exports = null)
{
    private readonly string _site = SiteKey(model, shared, exports);

    private readonly Lazy<string> _translationStates = new(() => SiteExports.TranslationStates(model));

    private readonly HashSet<string> _translationPages = model.Languages.Select(l => SitePaths.FileFor(SitePaths.Translations(l))).ToHashSet(StringComparer.Ordinal);

    // An article's pages in every language share the hash of its files.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Article, string> _ownFiles = new();

    private string OwnFiles(Article article)
    {
        var hash = new KeyHash();
        SiteExports.AddOwnFiles(hash, model, article);
        return hash.Hex();
    }

    private static string SiteKey(SiteModel model, string shared, string? exports)
    {
        var hash = new KeyHash();
        hash.Add("khasite-pages-1", shared, exports ?? SiteExports.Of(model));
        return hash.Hex();
    }

    /// <summary>The key of a part of the output that is not a page (downloads, feeds…): the site's key, the part's name
    /// and whatever else its bytes are made from.</summary>
    public string Part(string name, IEnumerable<string> more) => PartOf(_site, name, more);

    /// <summary>The key of a part made from no article at all but what <paramref name="more"/> names (the theme's assets,
    /// the data's downloads): the input but the articles' Markdown, the part's name and <paramref name="more"/>.</summary>
    public string SharedPart(string name, IEnumerable<string> more) => PartOf(shared, name, more);

    private static string PartOf(string over, string name, IEnumerable<string> more)
    {
        var hash = new KeyHash();
        hash.Add("khasite-part-1", over, name);
        foreach (var value in more) hash.Add(value);
        return hash.Hex();
    }

    /// <param name="lastModified">the date of the page's inputs its sitemap entry gives (null: the site's newest input)</param>
    public string For(PageJob job, DateTimeOffset? lastModified)
    {
        var hash = new KeyHash();
        hash.Add(_site, job.Path, lastModified is { } time ? time.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-");
        if (job.Version is { } version) hash.Add(_ownFiles.GetOrAdd(version.Article, OwnFiles));
        if (_translationPages.Contains(job.Path)) hash.Add(_translationStates.Value);
        return hash.Hex();
    }
}
