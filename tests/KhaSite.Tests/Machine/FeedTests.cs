using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace KhaSite.Tests.Machine;

/// <summary>The Atom feeds read back with System.ServiceModel.Syndication, and held to the rules of RFC 4287.</summary>
public sealed partial class FeedTests(MachineSite fixture) : IClassFixture<MachineSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private SyndicationFeed Load(string path)
    {
        using var reader = XmlReader.Create(Path.Combine(fixture.Site.Output, path));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void Each_entry_is_dated_by_its_own_commits_and_carries_the_lead_as_content()
    {
        var feed = Load("en/feed.xml");
        var entries = feed.Items.ToDictionary(i => i.Id);
        var founding = entries["https://example.org/khasite/en/history/founding/"];
        var charter = entries["https://example.org/khasite/en/law/charter/"];
        Assert.Equal(Time(MachineSite.SecondCommit), founding.LastUpdatedTime);
        Assert.Equal(Time(MachineSite.FirstCommit), founding.PublishDate);
        Assert.Equal(Time(MachineSite.FirstCommit), charter.LastUpdatedTime);
        Assert.Equal(Time(MachineSite.SecondCommit), feed.LastUpdatedTime);
        Assert.Equal(founding.Id, feed.Items.First().Id); // newest first

        var content = Assert.IsType<TextSyndicationContent>(founding.Content);
        Assert.Equal("html", content.Type);
        Assert.Equal("<p>E.&#160;A.&#160;Abdraimov and his co-authors write that the Assembly was founded.</p><p>p. 5 of the report says more.</p>", content.Text);
        // An article that opens with a heading: its first paragraph is its lead.
        Assert.Equal("<p>The charter’s text.</p>", ((TextSyndicationContent)charter.Content).Text);
    }

    [Theory]
    [InlineData("en/history/feed.xml", "https://example.org/khasite/en/history/founding/")]
    [InlineData("kk/law/feed.xml", "https://example.org/khasite/kk/law/charter/")]
    public void Each_section_has_a_feed_of_its_own_articles_linked_from_its_page(string path, string only)
    {
        var feed = Load(path);
        Assert.Equal(only, Assert.Single(feed.Items).Id);
        var section = path[..path.LastIndexOf('/')] + "/index.html";
        var link = fixture.Site.Html(section).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href"));
        Assert.Contains("feed.xml", link);
    }

    [Theory]
    [InlineData("kk/feed.xml")]
    [InlineData("en/feed.xml")]
    [InlineData("en/history/feed.xml")]
    [InlineData("en/law/feed.xml")]
    public void Feeds_follow_rfc_4287(string path)
    {
        var feed = XDocument.Load(Path.Combine(fixture.Site.Output, path)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        // §4.1.1: exactly one id, title and updated; an author unless every entry has one; a self link (should).
        foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(feed.Elements(Atom + name));
        Assert.NotEmpty(feed.Elements(Atom + "author").Elements(Atom + "name"));
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == "https://example.org/khasite/" + path);
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.NotEmpty(entries);
        Assert.Equal(entries.Length, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        foreach (var date in feed.Descendants().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
            Assert.Matches(Rfc3339(), date.Value); // §3.3
        foreach (var entry in entries)
        {
            // §4.1.2: exactly one id, title and updated; an alternate link when there is no content; content with a type.
            foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(entry.Elements(Atom + name));
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            var content = Assert.Single(entry.Elements(Atom + "content"));
            Assert.Equal("html", (string?)content.Attribute("type"));
            Assert.NotEmpty(content.Value);
            Assert.True(DateTimeOffset.Parse(entry.Element(Atom + "published")!.Value, CultureInfo.InvariantCulture)
                <= DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
