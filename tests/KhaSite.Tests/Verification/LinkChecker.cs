using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KhaSite.Tests.Verification;

/// <summary>A link that does not lead where it says: the page, the element, the URL as written, and why.</summary>
public sealed record LinkProblem(string Page, string Element, string Url, string Reason)
{
    public override string ToString() => $"{Page}: {Element} → '{Url}': {Reason}";
}

/// <summary>
/// Checks a built site's output folder the way a reader's browser would follow its links on the host: every
/// internal <c>href</c>, <c>src</c> and <c>srcset</c> must lead to a file, and every <c>#fragment</c> to an element
/// with that id on the target page.
/// </summary>
/// <remarks>
/// URLs are resolved as the browser does: against the page's own address (a folder URL is served its
/// <c>index.html</c>), or against its <c>&lt;base href&gt;</c>. <c>404.html</c> is resolved as if served at a deep
/// missing address, because that is where the host shows it; only its <c>&lt;base&gt;</c> can make its links work.
/// Internal means a relative or root-relative URL, or an absolute URL under the site's published address (canonical,
/// hreflang and Open Graph links). A relative or root-relative URL that resolves outside the base path is a problem:
/// on the host it leaves the site. Absolute URLs elsewhere (even on the same host) are external and not followed.
/// Percent-encoded paths and fragments (Kazakh anchors) are decoded before they are compared.
/// </remarks>
public sealed class LinkChecker
{
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"),
        ("img[src]", "src"), ("script[src]", "src"), ("iframe[src]", "src"), ("embed[src]", "src"),
        ("source[src]", "src"), ("audio[src]", "src"), ("video[src]", "src"), ("track[src]", "src"), ("input[src]", "src"),
        ("video[poster]", "poster"), ("object[data]", "data"), ("form[action]", "action"),
        ("img[srcset]", "srcset"), ("source[srcset]", "srcset"),
        ("meta[property^='og:'][content^='http']", "content"),
    ];

    /// <summary>The origin the checker pretends to serve the site from (never contacted).</summary>
    private static readonly Uri LocalOrigin = new("http://site.test/");

    private readonly string _outputDir;
    private readonly Uri _siteUrl;
    private readonly string _basePath;
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<string, HashSet<string>?> _anchors = new(StringComparer.Ordinal);

    /// <param name="outputDir">the built site</param>
    /// <param name="siteUrl">its published address (<c>site.yml</c>'s <c>base_url</c>), e.g. <c>https://example.org/khasite/</c></param>
    public LinkChecker(string outputDir, Uri siteUrl)
    {
        _outputDir = Path.GetFullPath(outputDir);
        _siteUrl = siteUrl.AbsoluteUri.EndsWith('/') ? siteUrl : new Uri(siteUrl.AbsoluteUri + "/");
        _basePath = _siteUrl.AbsolutePath;
    }

    /// <summary>How many links were followed by the last <see cref="Check"/>.</summary>
    public int LinksChecked { get; private set; }

    /// <summary>Checks every HTML page under the output folder.</summary>
    public IReadOnlyList<LinkProblem> Check() =>
        Check(Directory.EnumerateFiles(_outputDir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    public IReadOnlyList<LinkProblem> Check(IEnumerable<string> htmlFiles)
    {
        var problems = new List<LinkProblem>();
        LinksChecked = 0;
        foreach (var file in htmlFiles)
        {
            var relative = Path.GetRelativePath(_outputDir, Path.GetFullPath(file)).Replace('\\', '/');
            using var document = _parser.ParseDocument(File.ReadAllText(file));
            var pageUrl = AddressOf(relative);
            var baseUrl = pageUrl;
            if (document.QuerySelector("base[href]") is { } baseElement)
            {
                var href = baseElement.GetAttribute("href")!;
                if (!Uri.TryCreate(pageUrl, href, out baseUrl))
                {
                    problems.Add(new LinkProblem(relative, Describe(baseElement), href, "the <base> URL is not a valid URL"));
                    baseUrl = pageUrl;
                }
            }
            foreach (var (selector, attribute) in UrlAttributes)
            {
                foreach (var element in document.QuerySelectorAll(selector))
                {
                    var value = element.GetAttribute(attribute)!;
                    var urls = attribute == "srcset" ? SrcsetUrls(value) : [value.Trim()];
                    foreach (var url in urls)
                    {
                        LinksChecked++;
                        if (CheckUrl(url, baseUrl, pageUrl) is { } reason) problems.Add(new LinkProblem(relative, Describe(element), url, reason));
                    }
                }
            }
        }
        return problems;
    }

    /// <summary>Formats problems for a test failure message.</summary>
    public static string Format(IReadOnlyList<LinkProblem> problems) =>
        $"{problems.Count} broken link(s):\n" + string.Join("\n", problems.Select(p => "  " + p));

    private string? CheckUrl(string url, Uri baseUrl, Uri pageUrl)
    {
        if (url.Length == 0) return "the URL is empty";
        if (!Uri.TryCreate(baseUrl, url, out var target)) return "not a valid URL";
        if (target.Scheme is "mailto" or "tel" or "data" or "javascript") return null;
        if (target.Scheme is not ("http" or "https")) return $"unexpected scheme '{target.Scheme}'";

        // An absolute URL under the published address (canonical, hreflang, Open Graph) is a page of this site too.
        string? sitePath;
        if (target.Host == LocalOrigin.Host)
        {
            var path = target.AbsolutePath;
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
                return $"leads to '{path}', outside the site's base path '{_basePath}' (on the host this is another site)";
            sitePath = path[_basePath.Length..];
        }
        else if (target.AbsoluteUri.StartsWith(_siteUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
                 && target.AbsolutePath.StartsWith(_basePath, StringComparison.Ordinal))
        {
            sitePath = target.AbsolutePath[_basePath.Length..];
        }
        else
        {
            return null; // external: not this checker's business
        }

        var decoded = Uri.UnescapeDataString(sitePath);
        if (decoded.Split('/').Any(segment => segment == ".."))
            return "climbs above the site's root";
        var file = ResolveFile(decoded);
        if (file is null)
            return decoded.Length == 0 || decoded.EndsWith('/')
                ? $"no file '{decoded}index.html' in the output"
                : $"no file '{decoded}' (nor '{decoded}/index.html') in the output";

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase)) return null;
        var anchors = AnchorsOf(file);
        if (anchors is null) return null; // not a page: its fragments are not ids
        return anchors.Contains(fragment) ? null : $"'{file}' has no element with id '{fragment}'";
    }

    /// <summary>The output file a decoded site path is served from, or null: a folder URL is its index.html.</summary>
    private string? ResolveFile(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
            return File.Exists(Full(sitePath + "index.html")) ? sitePath + "index.html" : null;
        if (File.Exists(Full(sitePath))) return sitePath;
        // The host redirects a folder URL without its slash to the folder.
        return File.Exists(Full(sitePath + "/index.html")) ? sitePath + "/index.html" : null;
    }

    private string Full(string relative) => Path.Combine(_outputDir, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The ids (and legacy <c>a[name]</c>) of a target page, read once; null for files that are not pages.</summary>
    private HashSet<string>? AnchorsOf(string relative)
    {
        if (_anchors.TryGetValue(relative, out var known)) return known;
        HashSet<string>? ids = null;
        if (relative.EndsWith(".html", StringComparison.Ordinal) || relative.EndsWith(".svg", StringComparison.Ordinal))
        {
            using var document = _parser.ParseDocument(File.ReadAllText(Full(relative)));
            ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("[id]")) ids.Add(element.Id!);
            foreach (var element in document.QuerySelectorAll("a[name]")) ids.Add(element.GetAttribute("name")!);
        }
        _anchors[relative] = ids;
        return ids;
    }

    /// <summary>
    /// Where the host serves a file: a page folder for index.html, and somewhere deep and missing for 404.html (a
    /// language's <c>kk/404.html</c> somewhere deep under its folder).
    /// </summary>
    private Uri AddressOf(string relative)
    {
        var path = relative == "404.html" || relative.EndsWith("/404.html", StringComparison.Ordinal) ? relative[..^"404.html".Length] + "no/such/deep/address/"
            : relative == "index.html" ? ""
            : relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length]
            : relative;
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return new Uri(LocalOrigin, _basePath + escaped);
    }

    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);

    /// <summary>The element as a reader of the message can find it: its start tag, shortened.</summary>
    public static string Describe(IElement element)
    {
        var html = element.OuterHtml;
        var end = html.IndexOf('>', StringComparison.Ordinal);
        var tag = end >= 0 ? html[..(end + 1)] : html;
        var text = element.TextContent.Trim();
        if (text.Length > 40) text = text[..40] + "…";
        if (tag.Length > 160) tag = tag[..160] + "…>";
        return text.Length > 0 && element.LocalName is "a" ? $"{tag}{text}</a>" : tag;
    }
}
