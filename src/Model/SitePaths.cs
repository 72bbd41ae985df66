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
    /// <remarks>Site paths have no empty segments ("kk/history/x/", "assets/site.css", "" for the root).</remarks>
    public static string Relative(string from, string to)
    {
        var fromDir = from.AsSpan(0, from.LastIndexOf('/') + 1);
        // The folders both paths start with, compared whole ("kk/" is not shared with "kkx/"); the last segment of a
        // file ("site.css") is never a folder, so it is never shared.
        var common = 0;
        while (fromDir[common..].IndexOf('/') is var slash and >= 0)
        {
            var end = common + slash + 1;
            if (end > to.Length || !to.AsSpan(common, end - common).SequenceEqual(fromDir[common..end])) break;
            common = end;
        }
        var up = fromDir[common..].Count('/');
        var down = to.AsSpan(common);
        if (up == 0 && down.Length == 0) return "./";
        return string.Create(up * 3 + down.Length, (up, to, common), static (result, state) =>
        {
            for (var i = 0; i < state.up; i++) "../".CopyTo(result[(i * 3)..]);
            state.to.AsSpan(state.common).CopyTo(result[(state.up * 3)..]);
        });
    }
}
