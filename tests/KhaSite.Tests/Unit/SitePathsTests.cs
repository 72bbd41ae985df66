using KhaSite.Model;

namespace KhaSite.Tests.Unit;

public class SitePathsTests
{
    [Theory]
    [InlineData("kk/history/founding/", "en/history/founding/", "../../../en/history/founding/")]
    [InlineData("kk/history/founding/", "kk/history/", "../")]
    [InlineData("kk/history/founding/", "kk/law/x/", "../../law/x/")]
    [InlineData("kk/", "kk/", "./")]
    [InlineData("", "kk/", "kk/")]
    [InlineData("kk/history/", "assets/site.css", "../../assets/site.css")]
    [InlineData("kk/history/a/", "", "../../../")]
    [InlineData("kk/history/", "kk/historyx/", "../historyx/")]
    [InlineData("kk/history/", "kk/history", "../history")]
    [InlineData("kk/history/a/", "kk/history/a/#refs", "#refs")]
    [InlineData("404.html", "kk/", "kk/")]
    [InlineData("kk/sitemap.xml", "kk/a/", "a/")]
    public void Relative_urls_work_under_any_base_path(string from, string to, string expected) =>
        Assert.Equal(expected, SitePaths.Relative(from, to));

    [Theory]
    [InlineData("kk/history/", "kk/history/index.html")]
    [InlineData("", "index.html")]
    [InlineData("404.html", "404.html")]
    public void Page_paths_map_to_index_files(string path, string file) => Assert.Equal(file, SitePaths.FileFor(path));
}
