using AngleSharp.Html.Parser;

namespace KhaSite.Tests.Support;

/// <summary>One HTML page of a built site: its file, the site path it is served at, its kind and language.</summary>
/// <param name="File">the file inside the output folder, with forward slashes (<c>kk/history/index.html</c>)</param>
/// <param name="SitePath">the path it is served at, relative to the base path (<c>kk/history/</c>, <c>404.html</c>)</param>
/// <param name="Kind">the theme's <c>&lt;html data-page&gt;</c>: root, home, section, article, notfound …</param>
/// <param name="Lang">the page's <c>&lt;html lang&gt;</c></param>
public sealed record SitePage(string File, string SitePath, string Kind, string Lang)
{
    public override string ToString() => File;
}

/// <summary>
/// A built site: its output folder, the address it is published at (from <c>site.yml</c>'s <c>base_url</c>),
/// the same output served over HTTP under that base path, and its pages read from the output.
/// </summary>
public sealed class BuiltSite : IAsyncDisposable
{
    private BuiltSite(string name, string outputDir, Uri siteUrl, StaticSiteServer server, IReadOnlyList<SitePage> pages)
    {
        Name = name;
        OutputDir = outputDir;
        SiteUrl = siteUrl;
        Server = server;
        Pages = pages;
    }

    /// <summary>"fixture" or "real": names the screenshots' folder and appears in messages.</summary>
    public string Name { get; }

    public string OutputDir { get; }

    /// <summary>The published address, <c>https://example.org/khasite/</c>.</summary>
    public Uri SiteUrl { get; }

    /// <summary>The path the site is served under, <c>/khasite/</c>.</summary>
    public string BasePath => SiteUrl.AbsolutePath;

    public StaticSiteServer Server { get; }

    public IReadOnlyList<SitePage> Pages { get; }

    public IEnumerable<string> HtmlFiles => Pages.Select(p => Path.Combine(OutputDir, p.File));

    /// <summary>The page served at a site path (<c>kk/history/</c>).</summary>
    public SitePage Page(string sitePath) =>
        Pages.FirstOrDefault(p => p.SitePath == sitePath) ?? throw new ArgumentException($"{Name} site has no page at '{sitePath}'");

    /// <summary>The pages of one kind, in file order.</summary>
    public IEnumerable<SitePage> OfKind(string kind) => Pages.Where(p => p.Kind == kind);

    /// <summary>
    /// A few pages of every kind in every language (the first, the middle and the last of each group), for checks
    /// too slow to run on every page on every local test run.
    /// </summary>
    public IReadOnlyList<SitePage> Sample(int perGroup = 3) => Pages
        .GroupBy(p => (p.Kind, p.Lang))
        .SelectMany(g =>
        {
            var group = g.ToList();
            if (group.Count <= perGroup) return group;
            return Enumerable.Range(0, perGroup).Select(i => group[i * (group.Count - 1) / (perGroup - 1)]).Distinct();
        })
        .OrderBy(p => p.File, StringComparer.Ordinal)
        .ToList();

    public string Url(SitePage page) => Server.Url(page.SitePath);

    public string Url(string sitePath) => Server.Url(sitePath);

    public static async Task<BuiltSite> OpenAsync(string name, string outputDir, Uri siteUrl)
    {
        var parser = new HtmlParser();
        var pages = new List<SitePage>();
        foreach (var file in Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(outputDir, file).Replace('\\', '/');
            var sitePath = relative == "index.html" ? "" : relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
            using var document = parser.ParseDocument(await File.ReadAllTextAsync(file));
            var html = document.DocumentElement;
            pages.Add(new SitePage(relative, sitePath, html.GetAttribute("data-page") ?? "", html.GetAttribute("lang") ?? ""));
        }
        var server = await StaticSiteServer.StartAsync(outputDir, siteUrl.AbsolutePath);
        return new BuiltSite(name, outputDir, siteUrl, server, pages);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
