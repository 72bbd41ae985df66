using System.Globalization;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render.Data;

namespace KhaSite.Render.Machine;

/// <summary>A <c>&lt;meta name content&gt;</c> tag of a page's head (the theme encodes both).</summary>
public sealed record MetaTag(string Name, string Content);

/// <summary>
/// The Highwire Press <c>citation_*</c> tags that Google Scholar and Zotero's "Embedded Metadata" translator read
/// from an article: its title, author (the encyclopedia, as a body), date, language and URL, and a
/// <c>citation_reference</c> per cited work in Scholar's <c>key=value; key=value</c> form.
/// </summary>
public static class HighwireMeta
{
    public static IReadOnlyList<MetaTag> Article(SiteModel model, ArticleVersion version, string? modifiedIso)
    {
        var tags = new List<MetaTag>
        {
            new("citation_title", version.TitleText(model)),
            new("citation_author", model.Config.Title[version.Lang]),
        };
        if (modifiedIso is { Length: >= 4 }) tags.Add(new("citation_publication_date", modifiedIso[..Math.Min(10, modifiedIso.Length)].Replace('-', '/')));
        tags.Add(new("citation_language", version.Lang));
        tags.Add(new("citation_public_url", model.Config.AbsoluteUrl(version.Path)));
        tags.AddRange(version.References.Select(r => new MetaTag("citation_reference", Reference(r.Source.Record))));
        return tags;
    }

    /// <summary>One cited work as Scholar reads it; a ';' inside a value would end it, so it becomes ','.</summary>
    /// <remarks>Made once per record (weak keys): a source is cited from many pages.</remarks>
    public static string Reference(SourceRecord record) => References.GetValue(record, ReferenceOf);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceRecord, string> References = new();

    private static string ReferenceOf(SourceRecord record)
    {
        var parts = new List<(string Key, string Value)> { ("citation_title", record.Title) };
        foreach (var name in record.NamesOf("author"))
            parts.Add(("citation_author", name.IsLiteral ? name.Literal! : name.Given.Length == 0 ? name.FullFamily : $"{name.FullFamily}, {name.Given}"));
        if (record.Year is { } year) parts.Add(("citation_publication_date", year.ToString(CultureInfo.InvariantCulture)));
        var container = record["container-title"];
        if (container is not null)
            parts.Add((record.Type is "chapter" or "paper-conference" ? "citation_inbook_title" : "citation_journal_title", container));
        if (record["volume"] is { } volume) parts.Add(("citation_volume", volume));
        if (record["issue"] is { } issue) parts.Add(("citation_issue", issue));
        if (record["page"] is { } page)
        {
            var pages = page.Split(['-', '–'], 2, StringSplitOptions.TrimEntries);
            parts.Add(("citation_firstpage", pages[0]));
            if (pages.Length > 1) parts.Add(("citation_lastpage", pages[1]));
        }
        if (record["publisher"] is { } publisher) parts.Add(("citation_publisher", publisher));
        if (record["ISBN"] is { } isbn) parts.Add(("citation_isbn", isbn));
        if (record["DOI"] is { } doi) parts.Add(("citation_doi", doi));
        return string.Join("; ", parts.Select(p => $"{p.Key}={p.Value.Replace(';', ',')}"));
    }
}
