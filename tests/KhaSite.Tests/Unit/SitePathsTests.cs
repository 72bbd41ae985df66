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

    [Theory]
    [InlineData("", "assets/site.css", "./assets/site.css")]
    [InlineData("kk/history/a/", "assets/site.css", "../../../assets/site.css")]
    [InlineData("kk/404.html", "kk/search/", "../kk/search/")]
    public void The_frame_links_what_every_page_shares_through_the_root(string from, string to, string expected) =>
        Assert.Equal(expected, SitePaths.ThroughRoot(from, to));

    [Fact]
    public void Anchors_files_and_404_pages_are_named_in_one_place()
    {
        Assert.Equal("kk/timeline/#event-forum", SitePaths.TimelineEvent("kk", "forum"));
        Assert.Equal("en/glossary/#term-ethnos", SitePaths.GlossaryTerm("en", "ethnos"));
        Assert.Equal("en/statistics/census/census.csv", SitePaths.DatasetDownload("en", "census", ".csv"));
        Assert.Equal("kk/timeline/timeline.ics", SitePaths.TimelineDownload("kk", ".ics"));
        Assert.Equal("en/404.html", SitePaths.FileFor(SitePaths.NotFoundIn("en")));
        Assert.Equal("sitemap-kk-2.xml", SitePaths.LanguageSitemap("kk", 2));
        Assert.Equal("sitemap-kk.xml", SitePaths.LanguageSitemap("kk", 1));
    }
}
