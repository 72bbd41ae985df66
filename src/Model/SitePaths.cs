namespace KhaSite.Model;

/// <summary>
/// The site's URL scheme. Paths are site-relative and end in '/' for pages (<c>kk/history/founding/</c>);
/// pages link to each other with relative URLs so the site works under any base path.
/// </summary>
public static class SitePaths
{
    public static string Home(string lang) => $"{lang}/";

    public static string Section(string lang, string section) => $"{lang}/{section}/";

    public static string Article(string lang, string section, string slug) => $"{lang}/{section}/{slug}/";

    public static string Timeline(string lang) => $"{lang}/timeline/";

    public static string TimelineTag(string lang, string tag) => $"{lang}/timeline/{tag}/";

    public static string Statistics(string lang) => $"{lang}/statistics/";

    public static string Dataset(string lang, string id) => $"{lang}/statistics/{id}/";

    public const string Root = "";

    public const string NotFound = "404.html";

    /// <summary>The file a page path is written to: <c>kk/x/</c> → <c>kk/x/index.html</c>.</summary>
    public static string FileFor(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>The relative URL from the page at <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static string Relative(string from, string to)
    {
        var fromDir = from.EndsWith('/') || from.Length == 0 ? from : from[..(from.LastIndexOf('/') + 1)];
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toIsDir = to.Length == 0 || to.EndsWith('/');
        var common = 0;
        var comparable = toIsDir ? toParts.Length : toParts.Length - 1;
        while (common < fromParts.Length && common < comparable && fromParts[common] == toParts[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var down = string.Join('/', toParts.Skip(common));
        if (toIsDir && down.Length > 0) down += "/";
        var result = up + down;
        return result.Length == 0 ? "./" : result;
    }
}
