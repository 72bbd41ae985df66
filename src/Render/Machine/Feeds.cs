using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using KhaSite.Model;
using KhaSite.Render.Data;
using KhaSite.Model.Citations;
using KhaSite.Write;
using Markdig.Syntax;

namespace KhaSite.Render.Machine;

/// <summary>
/// Atom feeds (RFC 4287) of the most recently changed articles: one per language and one per section of each
/// language. Each entry's <c>updated</c> and <c>published</c> come from git (the last commit that changed the file
/// and the one that added it; outside git, the file's time), so the feeds are the same for every build of a commit;
/// its <c>content</c> is the article's lead.
/// </summary>
public static partial class Feeds
{
    private const int Entries = 30;
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>A feed of the site: its path, the article versions it lists (newest first), and what writes it.</summary>
    public sealed record Plan(string Path, IReadOnlyList<ArticleVersion> Entries, Func<OutputFile> Write);

    public static IEnumerable<OutputFile> All(SiteModel model) => Plans(model).Select(feed => feed.Write());

    /// <summary>Every feed, its entries chosen but not yet written (a build with the cache keeps a feed whose entries did not change).</summary>
    public static IEnumerable<Plan> Plans(SiteModel model)
    {
        foreach (var lang in model.Languages)
        {
            yield return Feed(model, lang, SitePaths.Feed(lang), model.Config.Title[lang], SitePaths.Home(lang),
                model.AllVersions.Where(v => v.Lang == lang && !v.DescribesSource));
            foreach (var section in model.Sections.Where(s => s.Id != SourceEntry.Section && s.VersionsIn(lang).Count > 0))
                yield return Feed(model, lang, SitePaths.SectionFeed(lang, section.Id), $"{section.Config.Title[lang]} — {model.Config.Title[lang]}",
                    SitePaths.Section(lang, section.Id), section.VersionsIn(lang));
        }
    }

    private static Plan Feed(SiteModel model, string lang, string path, string title, string alternatePath, IEnumerable<ArticleVersion> versions)
    {
        var dates = model.Input.Dates;
        var articles = versions
            .Select(v => (Version: v, Changed: dates.Changed(v.File.FullPath)))
            .OrderByDescending(x => x.Changed).ThenBy(x => x.Version.TitleText(model), model.Order(lang)).ThenBy(x => x.Version.Path, StringComparer.Ordinal)
            .Take(Entries).ToArray();
        return new Plan(path, articles.Select(a => a.Version).ToArray(), () => Write(model, lang, path, title, alternatePath, articles));
    }

    private static OutputFile Write(SiteModel model, string lang, string path, string title, string alternatePath, (ArticleVersion Version, DateTimeOffset Changed)[] articles)
    {
        var dates = model.Input.Dates;
        var newest = articles.Length > 0 ? articles.Max(a => a.Changed) : dates.BuildTime;
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, lang);
            xml.WriteElementString("id", model.Config.AbsoluteUrl(path));
            xml.WriteElementString("title", title);
            xml.WriteElementString("subtitle", model.Config.Description[lang]);
            xml.WriteElementString("updated", Stamp(newest));
            Link(xml, "self", "application/atom+xml", model.Config.AbsoluteUrl(path));
            Link(xml, "alternate", "text/html", model.Config.AbsoluteUrl(alternatePath));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", model.Config.Title[lang]);
            xml.WriteElementString("uri", model.Config.AbsoluteUrl(SitePaths.Home(lang)));
            xml.WriteEndElement();
            xml.WriteElementString("generator", "KhaSite");
            foreach (var (version, changed) in articles)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", model.Config.AbsoluteUrl(version.Path));
                xml.WriteElementString("title", version.TitleText(model));
                xml.WriteElementString("updated", Stamp(changed));
                xml.WriteElementString("published", Stamp(dates.Created(version.File.FullPath)));
                Link(xml, "alternate", "text/html", model.Config.AbsoluteUrl(version.Path));
                if (version.Category is { } category)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }
                if (version.SummaryText(model).Length > 0) xml.WriteElementString("summary", version.SummaryText(model));
                xml.WriteStartElement("content");
                xml.WriteAttributeString("type", "html");
                xml.WriteString(LeadHtml(version, model));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        stream.WriteByte((byte)'\n');
        return new OutputFile(path, stream.ToArray());
    }

    /// <summary>
    /// The article's lead as HTML paragraphs of plain text: the paragraphs before its first heading, or its first
    /// paragraph when it opens with a heading. Citation markers are left out (they point into the page).
    /// </summary>
    private static string LeadHtml(ArticleVersion version, SiteModel model)
    {
        var document = version.Document;
        var lead = document.TakeWhile(b => b is not HeadingBlock).OfType<ParagraphBlock>().ToList();
        if (lead.Count == 0 && document.Descendants<ParagraphBlock>().FirstOrDefault() is { } first) lead.Add(first);
        if (lead.Count == 0) return Html.Paragraphs([version.SummaryText(model)]);
        return Html.Paragraphs(lead.Select(p => SpaceBeforePunctuation().Replace(InlineText.Of(p.Inline, f => FigureText.Plain(f, model, version.Lang)), "")));
    }

    // "text [@a]." loses its marker in plain text: "text ." becomes "text.".
    [GeneratedRegex(@" +(?=[.,;:!?)])")]
    private static partial Regex SpaceBeforePunctuation();

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>An RFC 3339 date-time, as Atom requires.</summary>
    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
