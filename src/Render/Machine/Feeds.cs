using System.Text;
using System.Xml;
using KhaSite.Model;
using KhaSite.Write;

namespace KhaSite.Render.Machine;

/// <summary>
/// An Atom feed per language of the most recently changed articles. Dates come from git (the commit that last
/// changed each file), so the feed is the same for every build of a commit; without git, articles are listed by title.
/// </summary>
public static class Feeds
{
    private const int Entries = 30;

    public static IEnumerable<OutputFile> All(SiteModel model) => model.Languages.Select(lang => Feed(model, lang));

    private static OutputFile Feed(SiteModel model, string lang)
    {
        var articles = model.AllVersions.Where(v => v.Lang == lang && !v.DescribesSource)
            .Select(v => (Version: v, Changed: model.Input.History.LastChange(v.File.FullPath)))
            .OrderByDescending(x => x.Changed).ThenBy(x => x.Version.Title, SiteModel.Order(lang))
            .Take(Entries).ToArray();
        var newest = articles.Select(a => a.Changed).Max() ?? new DateOnly(2025, 1, 1);
        var path = FindingPaths.Feed(lang);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, lang);
            xml.WriteElementString("id", model.Config.AbsoluteUrl(path));
            xml.WriteElementString("title", model.Config.Title[lang]);
            xml.WriteElementString("subtitle", model.Config.Description[lang]);
            xml.WriteElementString("updated", Stamp(newest));
            Link(xml, "self", model.Config.AbsoluteUrl(path));
            Link(xml, "alternate", model.Config.AbsoluteUrl(SitePaths.Home(lang)));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", model.Config.Title[lang]);
            xml.WriteEndElement();
            foreach (var (version, changed) in articles)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", model.Config.AbsoluteUrl(version.Path));
                xml.WriteElementString("title", version.Title);
                xml.WriteElementString("updated", Stamp(changed ?? newest));
                Link(xml, "alternate", model.Config.AbsoluteUrl(version.Path));
                xml.WriteElementString("summary", version.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile(path, stream.ToArray());
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
