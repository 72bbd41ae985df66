using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KhaSite.Model;

namespace KhaSite.Render.Machine;

/// <summary>JSON-LD for search engines: <c>Article</c> for articles, <c>Organization</c> for the Assembly, <c>Dataset</c> for statistics.</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Article(SiteModel model, ArticleVersion version, string? modified) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Article",
        ["headline"] = version.Title,
        ["description"] = version.Summary,
        ["inLanguage"] = version.Lang,
        ["url"] = model.Config.AbsoluteUrl(version.Path),
        ["dateModified"] = modified,
        ["isPartOf"] = new { @type = "WebSite", name = model.Config.Title[version.Lang], url = model.Config.AbsoluteUrl(SitePaths.Home(version.Lang)) },
        ["citation"] = version.References.Select(r => r.Source.Record.Title).ToArray(),
    });

    /// <summary>The home page describes the encyclopedia's subject, the Assembly, as an Organization.</summary>
    public static string Organization(SiteModel model, string lang) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Organization",
        ["name"] = lang == "kk" ? "Қазақстан халқы Ассамблеясы" : "Assembly of People of Kazakhstan",
        ["alternateName"] = lang == "kk" ? "ҚХА" : "APK",
        ["foundingDate"] = "1995-03-01",
        ["url"] = model.Config.AbsoluteUrl(SitePaths.Home(lang)),
        ["subjectOf"] = new { @type = "WebSite", name = model.Config.Title[lang], url = model.Config.AbsoluteUrl(SitePaths.Home(lang)), inLanguage = lang },
    });

    public static string Dataset(SiteModel model, Dataset dataset, string lang) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Dataset",
        ["name"] = dataset.Record.Title?[lang],
        ["description"] = dataset.Record.Description?[lang],
        ["inLanguage"] = lang,
        ["url"] = model.Config.AbsoluteUrl(dataset.Path(lang)),
        ["temporalCoverage"] = dataset.AsOf?.ToString(),
        ["isAccessibleForFree"] = true,
        ["distribution"] = new object[]
        {
            new Dictionary<string, string> { ["@type"] = "DataDownload", ["encodingFormat"] = "text/csv", ["contentUrl"] = model.Config.AbsoluteUrl(dataset.Path(lang) + dataset.Id + ".csv") },
            new Dictionary<string, string> { ["@type"] = "DataDownload", ["encodingFormat"] = "application/json", ["contentUrl"] = model.Config.AbsoluteUrl(dataset.Path(lang) + dataset.Id + ".json") },
        },
    });

    // "</" would end the script element that carries the JSON.
    private static string Serialize(object value) => JsonSerializer.Serialize(value, Options).Replace("</", "<\\/", StringComparison.Ordinal);
}
