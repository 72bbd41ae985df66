using System.Globalization;
using System.Text.Json;
using KhaSite.Model;
using KhaSite.Render.Data;
using KhaSite.Model.Citations;

namespace KhaSite.Render.Machine;

/// <summary>JSON-LD for search engines: <c>Article</c> for articles, <c>Organization</c> for the Assembly, <c>Dataset</c> for statistics.</summary>
public static class StructuredData
{
    /// <summary>
    /// An article: its dates from git (the commit that added the file and the last that changed it), the site it is
    /// part of, and each source it cites as a <c>citation</c> item with the source's page on this site as its <c>@id</c>.
    /// </summary>
    public static string Article(SiteModel model, ArticleVersion version) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Article",
        ["@id"] = model.Config.AbsoluteUrl(version.Path),
        ["headline"] = version.TitleText(model),
        ["description"] = version.SummaryText(model),
        ["inLanguage"] = version.Lang,
        ["url"] = model.Config.AbsoluteUrl(version.Path),
        ["datePublished"] = Time(model.Input.Dates.Created(version.File.FullPath)),
        ["dateModified"] = Time(model.Input.Dates.Changed(version.File.FullPath)),
        ["isPartOf"] = WebSite(model, version.Lang),
        ["citation"] = version.References.Select(r => Citation(model, r.Source, version.Lang)).ToArray(),
    });

    private static Dictionary<string, object?> WebSite(SiteModel model, string lang) => new()
    {
        ["@type"] = "WebSite",
        ["@id"] = model.Config.AbsoluteUrl(SitePaths.Home(lang)),
        ["name"] = model.Config.Title[lang],
        ["url"] = model.Config.AbsoluteUrl(SitePaths.Home(lang)),
        ["inLanguage"] = lang,
    };

    /// <summary>Each source's item, built once per language: every page citing the source repeats it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceEntry, System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, object?>>> Citations = new();

    private static Dictionary<string, object?> Citation(SiteModel model, SourceEntry source, string lang) =>
        Citations.GetValue(source, _ => new(StringComparer.Ordinal)).GetOrAdd(lang, static (l, at) => NewCitation(at.model, at.source, l), (model, source));

    private static Dictionary<string, object?> NewCitation(SiteModel model, SourceEntry source, string lang)
    {
        var record = source.Record;
        var item = new Dictionary<string, object?>
        {
            ["@type"] = record.Type switch
            {
                "article-journal" or "article" or "paper-conference" => "ScholarlyArticle",
                "book" => "Book",
                "chapter" => "Chapter",
                "thesis" => "Thesis",
                "report" => "Report",
                "webpage" => "WebPage",
                "article-newspaper" or "article-magazine" => "NewsArticle",
                _ => "CreativeWork",
            },
            ["@id"] = model.Config.AbsoluteUrl(source.Path(lang)),
            ["name"] = record.Title,
        };
        if (record["title-en"] is { Length: > 0 } english) item["alternateName"] = english;
        var authors = record.Authors.Select(a => a.Literal ?? string.Join(' ', new[] { a.Given, a.Family }.Where(p => !string.IsNullOrEmpty(p)))).Where(n => n.Length > 0).ToArray();
        if (authors.Length > 0) item["author"] = authors.Select(name => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = name }).ToArray();
        if (record.Year is { } year) item["datePublished"] = year.ToString("0000", CultureInfo.InvariantCulture);
        if (record["container-title"] is { Length: > 0 } container) item["isPartOf"] = new Dictionary<string, string> { ["@type"] = "Periodical", ["name"] = container };
        return item;
    }

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The home page describes the encyclopedia's subject, the Assembly, as an Organization.</summary>
    public static string Organization(SiteModel model, string lang) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Organization",
        ["name"] = model.Strings(lang)["organization.name"],
        ["alternateName"] = model.Strings(lang)["organization.short"],
        ["foundingDate"] = "1995-03-01",
        ["url"] = model.Config.AbsoluteUrl(SitePaths.Home(lang)),
        ["subjectOf"] = WebSite(model, lang),
    });

    public static string Dataset(SiteModel model, Dataset dataset, string lang) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Dataset",
        ["name"] = Data.FigureText.Substitute(dataset.Record.Title, model, lang),
        ["description"] = Data.FigureText.Substitute(dataset.Record.Description, model, lang),
        ["inLanguage"] = lang,
        ["url"] = model.Config.AbsoluteUrl(dataset.Path(lang)),
        ["temporalCoverage"] = dataset.AsOf?.ToString(),
        ["dateModified"] = Time(model.Input.Dates.Changed(Path.GetFullPath(dataset.Record.Location.File))),
        ["isAccessibleForFree"] = true,
        ["distribution"] = new object[]
        {
            new Dictionary<string, string> { ["@type"] = "DataDownload", ["encodingFormat"] = "text/csv", ["contentUrl"] = model.Config.AbsoluteUrl(SitePaths.DatasetDownload(lang, dataset.Id, ".csv")) },
            new Dictionary<string, string> { ["@type"] = "DataDownload", ["encodingFormat"] = "application/json", ["contentUrl"] = model.Config.AbsoluteUrl(SitePaths.DatasetDownload(lang, dataset.Id, ".json")) },
        },
    });

    // "</" would end the script element that carries the JSON.
    private static string Serialize(Dictionary<string, object?> value) => JsonSerializer.Serialize(value, RenderJson.Compact.DictionaryStringObject).Replace("</", "<\\/", StringComparison.Ordinal);
}
