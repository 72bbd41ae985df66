using System.Text;
using System.Xml;
using KhaSite.Load;
using KhaSite.Write;

namespace KhaSite.Render.Machine;

/// <summary><c>sitemap.xml</c> with every page and its language alternates (<c>xhtml:link hreflang</c>), and <c>robots.txt</c>.</summary>
public static class Sitemap
{
    public static OutputFile Write(IReadOnlyList<PageFrame> pages)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            xml.WriteAttributeString("xmlns", "xhtml", null, "http://www.w3.org/1999/xhtml");
            foreach (var page in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", page.CanonicalUrl);
                if (page.LastChanged is { } changed) xml.WriteElementString("lastmod", changed.Iso);
                foreach (var alternate in page.Alternates)
                {
                    xml.WriteStartElement("xhtml", "link", "http://www.w3.org/1999/xhtml");
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.HrefLang);
                    xml.WriteAttributeString("href", alternate.Url);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile("sitemap.xml", stream.ToArray());
    }

    public static OutputFile Robots(SiteConfig config) =>
        new("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {config.AbsoluteUrl("sitemap.xml")}\n"));
}
