using System.IO.Compression;
using System.Xml.Linq;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Book;

/// <summary>The book of a fixture site: its EPUB read back (package, navigation, spine, footnotes) and its all-in-one page.</summary>
public class BookTests : IDisposable
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Ops = "http://www.idpf.org/2007/ops";

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", """
            - id: alpha
              type: article-journal
              title: Альфа мақаласы
              title-en: The alpha article
              author: [{family: Абдраимов, given: Е. А.}]
              author-en: [{family: Abdraimov, given: E. A.}]
              container-title: Хабаршы
              issued: {date-parts: [[2023]]}
            """)
        .Article("history", "founding", "kk", "Құрылуы", "Бірінші сөйлем [@alpha, p. 10].\n\n## Tarihy\n\nҚараңыз: [Құрылым](../../law/structure/#tarihy).")
        .Article("history", "founding", "en", "Founding", "First sentence [@alpha, p. 10].\n\n## History\n\nSee [the structure](../../law/structure/#history) and [the timeline](../../timeline/).")
        .Article("law", "structure", "kk", "Құрылымы", "Құрылым [@alpha].\n\n## Tarihy\n\nМәтін.")
        .Article("law", "structure", "en", "Structure", "The structure [@alpha].\n\n## History\n\nText.");

    public void Dispose() => _site.Dispose();

    private async Task BuildAsync()
    {
        var result = await SiteBuilder.BuildAsync(_site.Options with { Book = true }, write: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private ZipArchive Epub(string lang) => new(new MemoryStream(File.ReadAllBytes(Path.Combine(_site.Output, lang, "book", $"book-{lang}.epub"))));

    private static XDocument Read(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)?.Open() ?? throw new Xunit.Sdk.XunitException($"the EPUB has no {path}");
        return XDocument.Load(stream);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task The_epub_opens_as_a_book_whose_spine_and_navigation_resolve(string lang)
    {
        await BuildAsync();
        using var zip = Epub(lang);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
        var rootfile = Read(zip, "META-INF/container.xml").Descendants().Single(e => e.Name.LocalName == "rootfile").Attribute("full-path")!.Value;
        var package = Read(zip, rootfile);
        var folder = Path.GetDirectoryName(rootfile)!.Replace('\\', '/') + "/";
        var metadata = package.Root!.Element(Opf + "metadata")!;
        Assert.Equal(lang, metadata.Element(Dc + "language")?.Value);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", metadata.Element(Dc + "identifier")!.Value);
        var properties = metadata.Elements(Opf + "meta").Select(m => m.Attribute("property")?.Value).ToHashSet();
        foreach (var property in new[] { "dcterms:modified", "schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature", "schema:accessibilityHazard", "schema:accessibilitySummary" })
            Assert.Contains(property, properties);

        var manifest = package.Root.Element(Opf + "manifest")!.Elements(Opf + "item").ToDictionary(i => i.Attribute("id")!.Value, i => i.Attribute("href")!.Value);
        var spine = package.Root.Element(Opf + "spine")!.Elements(Opf + "itemref").Select(i => manifest[i.Attribute("idref")!.Value]).ToArray();
        Assert.All(manifest.Values, href => Assert.NotNull(zip.GetEntry(folder + href)));
        Assert.Equal("cover.xhtml", spine[0]);

        // Every chapter's title is in the navigation, in the order of the spine.
        var nav = Read(zip, folder + "nav.xhtml");
        var toc = nav.Descendants(Xhtml + "nav").Single(n => n.Attribute(Ops + "type")?.Value == "toc");
        var tocFiles = toc.Descendants(Xhtml + "a").Select(a => a.Attribute("href")!.Value).ToArray();
        Assert.Equal(spine.Where(f => f is not ("cover.xhtml" or "nav.xhtml")), tocFiles);
        Assert.Contains(lang == "kk" ? "Құрылуы" : "Founding", toc.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("en")]
    public async Task Every_link_inside_the_epub_resolves_and_citations_are_footnotes(string lang)
    {
        await BuildAsync();
        using var zip = Epub(lang);
        var documents = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .ToDictionary(e => e.Name, e => Read(zip, e.FullName));
        var noterefs = 0;
        foreach (var (name, document) in documents)
            foreach (var link in document.Descendants(Xhtml + "a"))
            {
                var href = link.Attribute("href")!.Value;
                if (href.StartsWith("https://", StringComparison.Ordinal)) continue;
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? href : href[..hash];
                var target = documents.GetValueOrDefault(file.Length == 0 ? name : file);
                Assert.True(target is not null, $"{name}: {href} leads to no file of the book");
                if (hash < 0) continue;
                var id = href[(hash + 1)..];
                var element = target.Descendants().SingleOrDefault(e => e.Attribute("id")?.Value == id);
                Assert.True(element is not null, $"{name}: {href} leads to no element of {file}");
                if (link.Attribute(Ops + "type")?.Value == "noteref")
                {
                    noterefs++;
                    Assert.Equal("aside", element.Name.LocalName);
                    Assert.Equal("footnote", element.Attribute(Ops + "type")?.Value);
                }
            }
        Assert.True(noterefs >= 2, $"{noterefs} noterefs");

        // A link to another article leads to its chapter, to the heading the site's link named.
        var founding = documents["a-history--founding.xhtml"];
        var hrefs = founding.Descendants(Xhtml + "a").Select(a => a.Attribute("href")!.Value).ToArray();
        Assert.Contains(lang == "kk" ? "a-law--structure.xhtml#a-law--structure.tarihy" : "a-law--structure.xhtml#a-law--structure.history", hrefs);
    }

    [Fact]
    public async Task The_book_is_the_same_bytes_on_every_build_in_any_time_zone()
    {
        await BuildAsync();
        var first = File.ReadAllBytes(Path.Combine(_site.Output, "kk", "book", "book-kk.epub"));
        var zone = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", "Pacific/Kiritimati");
            TimeZoneInfo.ClearCachedData();
            await BuildAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
        }
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_site.Output, "kk", "book", "book-kk.epub")));
    }

    [Fact]
    public async Task The_book_page_holds_every_article_once_with_unique_ids_and_links_into_itself()
    {
        await BuildAsync();
        var page = _site.Html("en/book/index.html");
        var chapters = page.QuerySelectorAll(".book__chapter").Select(c => c.Id).ToArray();
        Assert.Contains("a-history--founding", chapters);
        Assert.Contains("a-law--structure", chapters);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (var link in page.QuerySelectorAll("a[href^='#']"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        Assert.NotNull(page.QuerySelector("a[href='#a-law--structure.history']"));
        Assert.Equal("ref-text", page.QuerySelector("#a-history--founding\\.ref-1 .ref-text")?.ClassName);
        Assert.Null(page.QuerySelector("[data-book-from]"));
        Assert.Contains("@page book-part-1", page.Head!.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_and_section_pages_offer_the_book_with_its_size_and_date()
    {
        await BuildAsync();
        var epub = new FileInfo(Path.Combine(_site.Output, "en", "book", "book-en.epub"));
        foreach (var (page, href) in new[] { ("en/index.html", "book/book-en.epub"), ("en/history/index.html", "../book/book-en.epub") })
        {
            var link = _site.Html(page).QuerySelector($".book-downloads a[href='{href}']");
            Assert.NotNull(link);
            Assert.Contains($"{(epub.Length + 512) / 1024} KB", link.TextContent, StringComparison.Ordinal);
            Assert.Matches(@"\d{4}", link.TextContent);
        }
        // Without the book (the default of a build that does not ask for it) there is nothing to offer.
        await _site.BuildAsync();
        Assert.Null(_site.Html("en/index.html").QuerySelector(".book-downloads"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en", "book")));
    }
}
