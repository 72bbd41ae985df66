using System.Globalization;
using System.Text;
using System.Xml;
using KhaSite.Load;
using KhaSite.Model;
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

    /// <summary>The protocol's limits for one sitemap file.</summary>
    public sealed record Limits(int Urls = 50_000, long Bytes = 50L * 1024 * 1024);

    /// <param name="pages">every page of the sitemap, in the order to list them</param>
    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<SitemapPage> pages, SiteConfig config, Limits? limits = null)
    {
        limits ??= new Limits();
        if (pages.Count <= limits.Urls && UrlSet(pages) is var whole && whole.Length <= limits.Bytes)
            return [new OutputFile(SitePaths.Sitemap, whole)];

        var files = new List<OutputFile>();
        var index = new List<(string Path, DateTimeOffset LastModified)>();
        foreach (var language in pages.GroupBy(p => p.Frame.Lang, StringComparer.Ordinal).OrderBy(g => config.Languages.ToList().IndexOf(g.Key)))
        {
            var rest = language.ToArray().AsMemory();
            for (var part = 1; rest.Length > 0; part++)
            {
                // As many pages as the limits allow: try the URL limit, then fewer in proportion to the bytes over.
                var take = Math.Min(rest.Length, limits.Urls);
                var content = UrlSet(rest[..take].ToArray());
                while (content.Length > limits.Bytes && take > 1)
                {
                    take = Math.Max(1, Math.Min(take - 1, (int)(take * (limits.Bytes / (double)content.Length) * 0.98)));
                    content = UrlSet(rest[..take].ToArray());
                }
                var path = SitePaths.LanguageSitemap(language.Key, part);
                files.Add(new OutputFile(path, content));
                index.Add((path, rest[..take].ToArray().Max(p => p.LastModified)));
                rest = rest[take..];
            }
        }
        files.Insert(0, new OutputFile(SitePaths.Sitemap, SitemapIndex(index, config)));
        return files;
    }

    public static OutputFile Robots(SiteConfig config) =>
        new(SitePaths.Robots, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {config.AbsoluteUrl(SitePaths.Sitemap)}\n"));

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
