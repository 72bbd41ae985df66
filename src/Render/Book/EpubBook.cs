using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using KhaSite.Model;

namespace KhaSite.Render.Book;

/// <summary>
/// The book of a language as an EPUB 3 publication: a cover, the navigation document, a title page per part, a file
/// per chapter with its references as footnotes (<c>epub:type="noteref"</c> / <c>"footnote"</c>), and the package
/// document with its metadata (identifier, language, modified date from git, accessibility). The chapters come
/// drawn by the theme and written as XHTML (<see cref="BookChapterMarkup"/>); the rest is written by <see cref="XmlWriter"/>.
/// </summary>
public static class EpubBook
{
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";
    private const string OpsNs = "http://www.idpf.org/2007/ops";
    private const string OpfNs = "http://www.idpf.org/2007/opf";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    /// <param name="drawn">each chapter of the book as drawn for it, by chapter id</param>
    public static byte[] Build(BookView book, SiteModel model, string lang, string? css, IReadOnlyDictionary<string, BookChapterMarkup> drawn)
    {
        var t = model.Strings(lang);
        var files = new List<EpubFile>
        {
            new("cover.xhtml", Page(lang, book.Title, xml => Cover(xml, book)), "cover"),
            new("nav.xhtml", Page(lang, t["book.contents"], xml => Nav(xml, book, t)), "nav"),
        };
        for (var i = 0; i < book.Parts.Count; i++)
        {
            var part = book.Parts[i];
            files.Add(new(part.Id + ".xhtml", Page(lang, part.Title, xml => PartTitle(xml, part, t.Format("book.part", i + 1))), "part"));
            foreach (var chapter in part.Chapters) files.Add(Chapter(chapter, drawn[chapter.Id], lang));
        }
        foreach (var chapter in book.BackMatter) files.Add(Chapter(chapter, drawn[chapter.Id], lang));
        var modified = model.Input.Dates.BuildTime.ToUniversalTime();
        var package = Package(book, model, lang, files, modified, css is not null);
        return EpubZip.Write(modified, [("META-INF/container.xml", Container()), ("OEBPS/content.opf", package),
            .. css is null ? [] : new[] { ("OEBPS/book.css", Encoding.UTF8.GetBytes(css)) },
            .. files.Select(f => ("OEBPS/" + f.Name, f.Content))]);
    }

    /// <summary>A stable <c>urn:uuid</c> of the book: a name-based UUID (RFC 9562 version 5) of the site's address and the language.</summary>
    public static string Identifier(SiteModel model, string lang)
    {
        var name = Encoding.UTF8.GetBytes(model.Config.AbsoluteUrl(SitePaths.Book(lang)));
        // The URL namespace of RFC 9562, appendix A.
        byte[] urlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];
        var hash = SHA1.HashData([.. urlNamespace, .. name]);
        hash[6] = (byte)((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3f) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private sealed record EpubFile(string Name, byte[] Content, string Kind, string Title = "", bool HasSvg = false);

    private static EpubFile Chapter(BookChapter chapter, BookChapterMarkup markup, string lang) =>
         new EpubFile(chapter.Id + ".xhtml", Page(lang, chapter.Title, xml => xml.WriteRaw(markup.Xhtml)), "chapter", chapter.Title, markup.HasSvg);

    private static byte[] Page(string lang, string title, Action<XmlWriter> body) => Xml(xml =>
    {
        xml.WriteDocType("html", null, null, null);
        xml.WriteStartElement("html", XhtmlNs);
        xml.WriteAttributeString("xmlns", "epub", null, OpsNs);
        xml.WriteAttributeString("lang", lang);
        xml.WriteAttributeString("xml", "lang", null, lang);
        xml.WriteStartElement("head");
        xml.WriteStartElement("meta");
        xml.WriteAttributeString("charset", "utf-8");
        xml.WriteEndElement();
        xml.WriteElementString("title", title);
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", "stylesheet");
        xml.WriteAttributeString("href", "book.css");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        body(xml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static void Cover(XmlWriter xml, BookView book)
    {
        xml.WriteStartElement("section");
        xml.WriteAttributeString("epub", "type", OpsNs, "cover titlepage");
        xml.WriteAttributeString("class", "book__cover");
        xml.WriteElementString("h1", book.Title);
        xml.WriteElementString("p", book.Description);
        xml.WriteStartElement("p");
        xml.WriteAttributeString("class", "book__updated");
        xml.WriteString(book.Updated);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void PartTitle(XmlWriter xml, BookPart part, string number)
    {
        xml.WriteStartElement("section");
        xml.WriteAttributeString("epub", "type", OpsNs, "part");
        xml.WriteAttributeString("class", "book__part-title");
        xml.WriteStartElement("p");
        xml.WriteAttributeString("class", "book__part-number");
        xml.WriteString(number);
        xml.WriteEndElement();
        xml.WriteElementString("h1", part.Title);
        if (part.Description.Length > 0) xml.WriteElementString("p", part.Description);
        xml.WriteEndElement();
    }

    private static void Nav(XmlWriter xml, BookView book, Load.UiStrings t)
    {
        xml.WriteStartElement("nav");
        xml.WriteAttributeString("epub", "type", OpsNs, "toc");
        xml.WriteAttributeString("id", "toc");
        xml.WriteElementString("h1", t["book.contents"]);
        xml.WriteStartElement("ol");
        foreach (var part in book.Parts)
        {
            xml.WriteStartElement("li");
            Link(xml, part.Id + ".xhtml", part.Title);
            xml.WriteStartElement("ol");
            foreach (var chapter in part.Chapters) Item(xml, chapter);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        foreach (var chapter in book.BackMatter) Item(xml, chapter);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("nav");
        xml.WriteAttributeString("epub", "type", OpsNs, "landmarks");
        xml.WriteAttributeString("hidden", "hidden");
        xml.WriteStartElement("ol");
        Landmark(xml, "cover", "cover.xhtml", book.Title);
        Landmark(xml, "toc", "nav.xhtml", t["book.contents"]);
        if (book.Chapters.FirstOrDefault() is { } first)
            Landmark(xml, "bodymatter", (book.Parts.Count > 0 ? book.Parts[0].Id : first.Id) + ".xhtml", first.Title);
        if (book.BackMatter.FirstOrDefault(c => c.Content is BookIndex) is { } index) Landmark(xml, "index", index.Id + ".xhtml", index.Title);
        xml.WriteEndElement();
        xml.WriteEndElement();

        static void Item(XmlWriter xml, BookChapter chapter)
        {
            xml.WriteStartElement("li");
            Link(xml, chapter.Id + ".xhtml", chapter.Title);
            xml.WriteEndElement();
        }
    }

    private static void Landmark(XmlWriter xml, string type, string href, string text)
    {
        xml.WriteStartElement("li");
        xml.WriteStartElement("a");
        xml.WriteAttributeString("epub", "type", OpsNs, type);
        xml.WriteAttributeString("href", href);
        xml.WriteString(text);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string href, string text)
    {
        xml.WriteStartElement("a");
        xml.WriteAttributeString("href", href);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static byte[] Package(BookView book, SiteModel model, string lang, IReadOnlyList<EpubFile> files, DateTimeOffset modified, bool hasCss) => Xml(xml =>
    {
        xml.WriteStartElement("package", OpfNs);
        xml.WriteAttributeString("version", "3.0");
        xml.WriteAttributeString("unique-identifier", "book-id");
        xml.WriteAttributeString("xml", "lang", null, lang);
        xml.WriteStartElement("metadata");
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteStartElement("dc", "identifier", DcNs);
        xml.WriteAttributeString("id", "book-id");
        xml.WriteString(Identifier(model, lang));
        xml.WriteEndElement();
        xml.WriteElementString("dc", "title", DcNs, book.Title);
        xml.WriteElementString("dc", "language", DcNs, lang);
        xml.WriteElementString("dc", "creator", DcNs, book.Title);
        xml.WriteElementString("dc", "publisher", DcNs, book.Title);
        xml.WriteElementString("dc", "description", DcNs, book.Description);
        xml.WriteElementString("dc", "source", DcNs, model.Config.AbsoluteUrl(SitePaths.Home(lang)));
        Meta(xml, "dcterms:modified", modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Meta(xml, "schema:accessMode", "textual");
        if (files.Any(f => f.HasSvg)) Meta(xml, "schema:accessMode", "visual");
        Meta(xml, "schema:accessModeSufficient", "textual");
        foreach (var feature in new[] { "structuralNavigation", "tableOfContents", "index", "readingOrder", "alternativeText", "longDescription" })
            Meta(xml, "schema:accessibilityFeature", feature);
        Meta(xml, "schema:accessibilityHazard", "none");
        Meta(xml, "schema:accessibilitySummary", model.Strings(lang)["book.a11y_summary"]);
        xml.WriteEndElement();

        xml.WriteStartElement("manifest");
        if (hasCss) Item(xml, "book-css", "book.css", "text/css", null);
        foreach (var file in files)
            Item(xml, Id(file), file.Name, "application/xhtml+xml", file.Kind == "nav" ? "nav" : file.HasSvg ? "svg" : null);
        xml.WriteEndElement();

        xml.WriteStartElement("spine");
        foreach (var file in files)
        {
            xml.WriteStartElement("itemref");
            xml.WriteAttributeString("idref", Id(file));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();

        static string Id(EpubFile file) => "x-" + file.Name[..^".xhtml".Length];
    });

    private static void Meta(XmlWriter xml, string property, string value)
    {
        xml.WriteStartElement("meta");
        xml.WriteAttributeString("property", property);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Item(XmlWriter xml, string id, string href, string mediaType, string? properties)
    {
        xml.WriteStartElement("item");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("media-type", mediaType);
        if (properties is not null) xml.WriteAttributeString("properties", properties);
        xml.WriteEndElement();
    }

    private static byte[] Container() => Xml(xml =>
    {
        const string ns = "urn:oasis:names:tc:opendocument:xmlns:container";
        xml.WriteStartElement("container", ns);
        xml.WriteAttributeString("version", "1.0");
        xml.WriteStartElement("rootfiles", ns);
        xml.WriteStartElement("rootfile", ns);
        xml.WriteAttributeString("full-path", "OEBPS/content.opf");
        xml.WriteAttributeString("media-type", "application/oebps-package+xml");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n", Indent = false }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
