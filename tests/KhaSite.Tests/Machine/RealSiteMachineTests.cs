using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Ical.Net;
using KhaSite.Tests.Support;
using nietras.SeparatedValues;

namespace KhaSite.Tests.Machine;

/// <summary>The machine-readable outputs of the real encyclopedia in <c>input/</c>, read back by their clients.</summary>
[Collection(VerificationCollection.Name)]
public sealed class RealSiteMachineTests(VerificationFixture fixture)
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [VerifyFact(Needs.RealSite)]
    public async Task The_sitemap_validates_has_lastmod_everywhere_and_no_hreflang_conflict()
    {
        var site = await fixture.RealSiteAsync();
        var bytes = File.ReadAllBytes(Path.Combine(site.OutputDir, "sitemap.xml"));
        Assert.Empty(SitemapTests.Validate(bytes, "sitemap.xsd"));
        var sitemap = XDocument.Load(new MemoryStream(bytes));
        Assert.All(sitemap.Root!.Elements(Sm + "url"), u => Assert.NotNull(u.Element(Sm + "lastmod")));
        SitemapTests.AssertClustersAgree(sitemap, "kk");
    }

    [VerifyFact(Needs.RealSite)]
    public async Task The_calendars_hold_every_dated_timeline_event_and_load_in_ical_net()
    {
        var site = await fixture.RealSiteAsync();
        foreach (var lang in new[] { "kk", "en" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputDir, lang, "timeline", "timeline.json")));
            var dated = json.RootElement.EnumerateArray().Count(e => e.GetProperty("date").GetString() is { Length: > 0 });
            var calendar = Calendar.Load(File.ReadAllText(Path.Combine(site.OutputDir, lang, "timeline", "timeline.ics")))!;
            Assert.Equal(dated, calendar.Events.Count);
            Assert.True(dated >= 63, $"{dated} dated events");
            Assert.All(calendar.Events, e => Assert.True(e.IsAllDay && e.DtEnd!.Date > e.DtStart!.Date, e.Uid));
        }
    }

    [VerifyFact(Needs.RealSite | Needs.JsonLd)]
    public async Task Every_json_ld_block_expands_with_a_type_on_every_node()
    {
        Tools.Require(Needs.JsonLd);
        var site = await fixture.RealSiteAsync();
        var blocks = JsonLdTests.Blocks(site.OutputDir);
        var expanded = JsonLdTests.Expand(blocks.Values.ToArray());
        Assert.Empty(blocks.Keys.Zip(expanded).SelectMany(pair => JsonLdTests.Untyped(pair.Second, pair.First)));
    }

    [VerifyFact(Needs.RealSite)]
    public async Task Feeds_load_and_csv_files_read_back_after_their_byte_order_mark()
    {
        var site = await fixture.RealSiteAsync();
        foreach (var feed in Directory.EnumerateFiles(site.OutputDir, "feed.xml", SearchOption.AllDirectories))
        {
            using var reader = XmlReader.Create(feed);
            var items = SyndicationFeed.Load(reader).Items.ToArray();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.NotNull(i.Content));
        }
        foreach (var csv in Directory.EnumerateFiles(site.OutputDir, "*.csv", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(csv);
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
            using var reader = Sep.Reader(o => o with { Unescape = true }).From(new MemoryStream(bytes));
            Assert.True(reader.Header.ColNames[0] is "id" or "key" or "date", csv);
        }
    }

    [VerifyFact(Needs.RealSite)]
    public async Task The_mediation_law_opens_with_a_paragraph_not_a_lettered_list()
    {
        var site = await fixture.RealSiteAsync();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputDir, "en", "law", "mediation-law-2011", "index.html")));
        Assert.Empty(page.QuerySelectorAll(".article__body ol[type]"));
        Assert.Contains(page.QuerySelectorAll(".article__body > p"), p => p.TextContent.StartsWith("E.\u00a0A.\u00a0Abdraimov", StringComparison.Ordinal));
    }
}
