using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using KhaSite.Load;
using KhaSite.Render;
using KhaSite.Render.Machine;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Machine;

/// <summary>
/// The sitemap validated against the sitemaps.org schemas (with a schema for the xhtml:link extension), its hreflang
/// clusters checked for agreement, its lastmod dates against git, and the sitemap index of a site past the limits.
/// </summary>
public sealed class SitemapTests(MachineSite fixture) : IClassFixture<MachineSite>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9", Xhtml = "http://www.w3.org/1999/xhtml";

    private static string Schema(string name) => Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Machine", "Schemas", name);

    /// <summary>Every schema error and warning (a strict wildcard with no declaration is one) of an XML file.</summary>
    public static List<string> Validate(byte[] xml, string schema)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Schema(schema));
        schemas.Add(null, Schema("xhtml-link.xsd"));
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} ({e.Exception.LineNumber},{e.Exception.LinePosition}): {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read()) { }
        return problems;
    }

    private XElement[] Urls() => XDocument.Load(Path.Combine(fixture.Site.Output, "sitemap.xml")).Root!.Elements(Sm + "url").ToArray();

    [Fact]
    public void The_sitemap_validates_against_the_sitemaps_org_schema_and_the_xhtml_link_schema()
    {
        Assert.Empty(Validate(File.ReadAllBytes(Path.Combine(fixture.Site.Output, "sitemap.xml")), "sitemap.xsd"));
        // The schemas do catch a mistake: an alternate without hreflang, a lastmod that is no W3C date.
        var broken = File.ReadAllText(Path.Combine(fixture.Site.Output, "sitemap.xml"))
            .Replace("hreflang=\"en\"", "lang=\"en\"", StringComparison.Ordinal).Replace("<lastmod>2024-03-01T", "<lastmod>01.03.2024 ", StringComparison.Ordinal);
        Assert.True(Validate(System.Text.Encoding.UTF8.GetBytes(broken), "sitemap.xsd").Count >= 2);
    }

    [Fact]
    public void Hreflang_clusters_are_reciprocal_and_agree_on_one_x_default()
    {
        var alternates = AssertClustersAgree(XDocument.Load(Path.Combine(fixture.Site.Output, "sitemap.xml")), "kk");
        Assert.Empty(alternates["https://example.org/khasite/"]); // the language chooser belongs to no language
        Assert.Contains("https://example.org/khasite/en/search/", alternates.Keys);
    }

    /// <summary>
    /// Every page in a cluster lists itself and exactly the same alternates as every other member, each of which is in
    /// the sitemap; x-default is the default language's page. Returns the alternates of each URL.
    /// </summary>
    public static Dictionary<string, Dictionary<string, string>> AssertClustersAgree(XDocument sitemap, string defaultLanguage)
    {
        var alternates = sitemap.Root!.Elements(Sm + "url").ToDictionary(u => u.Element(Sm + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));
        foreach (var (loc, cluster) in alternates.Where(a => a.Value.Count > 0))
        {
            Assert.Contains(loc, cluster.Values);
            if (cluster.TryGetValue(defaultLanguage, out var page)) Assert.Equal(page, cluster["x-default"]);
            else Assert.False(cluster.ContainsKey("x-default"), $"{loc}: x-default without a page in {defaultLanguage}");
            foreach (var member in cluster.Values.Distinct())
            {
                Assert.True(alternates.ContainsKey(member), $"{loc} lists {member}, which is not in the sitemap");
                Assert.Equal(cluster, alternates[member]);
            }
        }
        return alternates;
    }

    [Fact]
    public void Every_url_has_a_lastmod_from_git_of_what_the_page_is_made_from()
    {
        var lastmod = Urls().ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);
        Assert.All(lastmod, pair => Assert.NotNull(pair.Value));
        DateTimeOffset At(string loc) => DateTimeOffset.Parse(lastmod[loc]!, CultureInfo.InvariantCulture);
        var (first, second) = (DateTimeOffset.Parse(MachineSite.FirstCommit, CultureInfo.InvariantCulture), DateTimeOffset.Parse(MachineSite.SecondCommit, CultureInfo.InvariantCulture));
        Assert.Equal(second, At("https://example.org/khasite/en/history/founding/"));
        Assert.Equal(first, At("https://example.org/khasite/kk/history/founding/"));
        Assert.Equal(first, At("https://example.org/khasite/en/timeline/"));
        Assert.Equal(first, At("https://example.org/khasite/en/statistics/census/"));
        Assert.Equal(second, At("https://example.org/khasite/kk/")); // made from the whole site
    }

    [Fact]
    public async Task Without_git_history_every_url_still_has_a_lastmod_from_the_files()
    {
        using var site = new FixtureSite().Write("data/sources.yml", "- {id: alpha, type: book, title: Альфа, issued: 2023}\n")
            .Article("history", "a", "kk", "А", "Мәтін [@alpha].").Article("history", "a", "en", "A", "Text [@alpha].");
        var article = Path.Combine(site.Input, "articles", "history", "a.en.md");
        File.SetLastWriteTimeUtc(article, new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        Assert.True((await site.BuildAsync()).Succeeded);
        var urls = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(Sm + "url").ToArray();
        Assert.All(urls, u => Assert.NotNull(u.Element(Sm + "lastmod")));
        Assert.Equal("2030-01-02T03:04:05+00:00", urls.Single(u => u.Element(Sm + "loc")!.Value.EndsWith("/en/history/a/", StringComparison.Ordinal)).Element(Sm + "lastmod")!.Value);
    }

    private static SitemapPage Page(string lang, int n) => new(
        new PageFrame(lang, "t", "", $"https://example.org/khasite/{lang}/p/{n}/",
            [new Alternate("kk", $"https://example.org/khasite/kk/p/{n}/"), new Alternate("en", $"https://example.org/khasite/en/p/{n}/"), new Alternate("x-default", $"https://example.org/khasite/kk/p/{n}/")],
            [], [], "", "", null!),
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n));

    private static readonly SiteConfig Config = SiteConfigFor();

    private static SiteConfig SiteConfigFor()
    {
        using var site = new FixtureSite();
        return SiteConfigLoader.Load(Path.Combine(site.Input, "site.yml"), new Diagnostics.DiagnosticBag())!;
    }

    [Fact]
    public void Past_50000_urls_the_sitemap_is_an_index_of_one_sitemap_per_language()
    {
        // A generated site of 25,001 pages in each language: 50,002 URLs, one past the protocol's limit.
        var pages = Enumerable.Range(0, 25_001).SelectMany(n => new[] { Page("kk", n), Page("en", n) }).ToArray();
        var files = Sitemap.Write(pages, Config).ToDictionary(f => f.Path);
        Assert.Equal(["sitemap.xml", "sitemap-kk.xml", "sitemap-en.xml"], files.Keys);
        Assert.Empty(Validate(files["sitemap.xml"].Content, "siteindex.xsd"));
        var index = XDocument.Load(new MemoryStream(files["sitemap.xml"].Content)).Root!;
        Assert.Equal(Sm + "sitemapindex", index.Name);
        Assert.Equal(["https://example.org/khasite/sitemap-kk.xml", "https://example.org/khasite/sitemap-en.xml"],
            index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value));
        Assert.Equal("2025-01-18T08:40:00+00:00", index.Elements(Sm + "sitemap").First().Element(Sm + "lastmod")!.Value);
        foreach (var lang in new[] { "kk", "en" })
        {
            var file = files[$"sitemap-{lang}.xml"].Content;
            if (lang == "en") Assert.Empty(Validate(file, "sitemap.xsd")); // both are written alike; one validation is 1-2 s
            var locs = XDocument.Load(new MemoryStream(file)).Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToArray();
            Assert.Equal(25_001, locs.Length);
            Assert.All(locs, loc => Assert.StartsWith($"https://example.org/khasite/{lang}/", loc, StringComparison.Ordinal));
        }

        // At the limit it stays one sitemap.
        Assert.Equal(["sitemap.xml"], Sitemap.Write(pages[..50_000], Config).Select(f => f.Path));
    }

    [Fact]
    public void A_language_past_the_size_limit_is_split_into_sitemaps_within_it()
    {
        var pages = Enumerable.Range(0, 40).Select(n => Page("kk", n)).Append(Page("en", 0)).ToArray();
        var limits = new Sitemap.Limits(Bytes: 4_000);
        var files = Sitemap.Write(pages, Config, limits);
        Assert.Equal("sitemap.xml", files[0].Path);
        Assert.True(files.Count > 3);
        Assert.Equal(["sitemap-kk.xml", "sitemap-kk-2.xml"], files.Skip(1).Take(2).Select(f => f.Path));
        Assert.Equal("sitemap-en.xml", files[^1].Path);
        foreach (var file in files.Skip(1))
        {
            Assert.True(file.Content.Length <= limits.Bytes, $"{file.Path} has {file.Content.Length} bytes");
            Assert.Empty(Validate(file.Content, "sitemap.xsd"));
        }
        Assert.Equal(41, files.Skip(1).Sum(f => XDocument.Load(new MemoryStream(f.Content)).Root!.Elements(Sm + "url").Count()));
    }
}
