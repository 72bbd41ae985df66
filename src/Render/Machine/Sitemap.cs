using System.Globalization;
using System.Text;
using System.Xml;
using KhaSite.Load;
using KhaSite.Write;

namespace KhaSite.Render.Machine;

/// <summary>One page of the sitemap: its frame (address and language alternates) and when what it is made from last changed.</summary>
public sealed record SitemapPage(PageFrame Frame, DateTimeOffset LastModified);

/// <summary>
/// <c>sitemap.xml</c> with every page, its <c>lastmod</c> and its language alternates (<c>xhtml:link hreflang</c>), and
/// <c>robots.txt</c>. Past the protocol's limits (50,000 URLs or 50 MB in one file) <c>sitemap.xml</c> becomes a
/// sitemap index with one sitemap per language, as Hugo does for a multilingual site: <c>sitemap-kk.xml</c>, split
/// further into <c>sitemap-kk-2.xml</c> … should one language alone pass a limit. They sit at the root, because a
/// sitemap may list only URLs under its own folder and the language chooser at the root belongs to no language.
/// </summary>
public static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9", XhtmlNs = "http://www.w3.org/1999/xhtml";
    private const int Envelope = 200; // the XML declaration and the urlset element around the entries

    /// <summary>The protocol's limits for one sitemap file.</summary>
    public sealed record Limits(int Urls = 50_000, long Bytes = 50L * 1024 * 1024);

    /// <param name="pages">every page of the sitemap, in the order to list them</param>
    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<SitemapPage> pages, SiteConfig config, Limits? limits = null)
    {
        limits ??= new Limits();
        // Each entry's size is measured on its own (with its namespace declarations, so never less than in the file).
        var entries = pages.Select(p => (Page: p, Bytes: (long)Encoding.UTF8.GetByteCount(Entry(p)))).ToArray();
        if (entries.Length <= limits.Urls && Envelope + entries.Sum(e => e.Bytes) <= limits.Bytes)
            return [new OutputFile("sitemap.xml", UrlSet(pages))];

        var files = new List<OutputFile>();
        var index = new List<(string Path, string Language, DateTimeOffset LastModified)>();
        foreach (var language in entries.GroupBy(e => e.Page.Frame.Lang, StringComparer.Ordinal).OrderBy(g => config.Languages.ToList().IndexOf(g.Key)))
        {
            var chunk = new List<SitemapPage>();
            long bytes = Envelope;
            void Flush()
            {
                var path = "sitemap-" + language.Key + (index.Count(i => i.Language == language.Key) is var n and > 0
                    ? "-" + (n + 1).ToString(CultureInfo.InvariantCulture) : "") + ".xml";
                files.Add(new OutputFile(path, UrlSet(chunk)));
                index.Add((path, language.Key, chunk.Max(e => e.LastModified)));
                chunk.Clear();
                bytes = Envelope;
            }
            foreach (var (page, size) in language)
            {
                if (chunk.Count > 0 && (chunk.Count + 1 > limits.Urls || bytes + size > limits.Bytes)) Flush();
                chunk.Add(page);
                bytes += size;
            }
            if (chunk.Count > 0) Flush();
        }
        files.Insert(0, new OutputFile("sitemap.xml", SitemapIndex(index.Select(i => (i.Path, i.LastModified)), config)));
        return files;
    }

    public static OutputFile Robots(SiteConfig config) =>
        new("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {config.AbsoluteUrl("sitemap.xml")}\n"));

    private static byte[] SitemapIndex(IEnumerable<(string Path, DateTimeOffset LastModified)> sitemaps, SiteConfig config)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("sitemapindex", SitemapNs);
            foreach (var (path, lastModified) in sitemaps)
            {
                xml.WriteStartElement("sitemap", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, config.AbsoluteUrl(path));
                xml.WriteElementString("lastmod", SitemapNs, Stamp(lastModified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static byte[] UrlSet(IEnumerable<SitemapPage> pages)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in pages) Url(xml, page);
            xml.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>One entry on its own, to measure its size.</summary>
    private static string Entry(SitemapPage page)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, ConformanceLevel = ConformanceLevel.Fragment, NewLineChars = "\n" }))
            Url(xml, page);
        return text.ToString();
    }

    private static void Url(XmlWriter xml, SitemapPage page)
    {
        xml.WriteStartElement("url", SitemapNs);
        xml.WriteElementString("loc", SitemapNs, page.Frame.CanonicalUrl);
        xml.WriteElementString("lastmod", SitemapNs, Stamp(page.LastModified));
        foreach (var alternate in page.Frame.Alternates)
        {
            xml.WriteStartElement("xhtml", "link", XhtmlNs);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", alternate.HrefLang);
            xml.WriteAttributeString("href", alternate.Url);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
