using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using KhaSite.Model;
using KhaSite.Render.Machine;
using KhaSite.Render.Search;

namespace KhaSite.Tests.Machine;

/// <summary>
/// The JSON the site writes through System.Text.Json's source generator (<see cref="RenderJson"/>, docs/performance.md,
/// "Native AOT") keeps the shape the reflection serializer gave it: the same properties in the same order with the same
/// kinds of values, and the downloads read back into their records and write out to the same bytes.
/// </summary>
public sealed class JsonShapeTests(MachineSite fixture) : IClassFixture<MachineSite>
{
    /// <summary>
    /// A value's shape: <c>{name:shape,…}</c> in the file's order, <c>[shape|…]</c> with each different element shape once,
    /// <c>s</c> a string, <c>n</c> a number, <c>b</c> a boolean, <c>null</c>.
    /// </summary>
    public static string Shape(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", value.EnumerateObject().Select(p => p.Name + ":" + Shape(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join("|", value.EnumerateArray().Select(Shape).Distinct(StringComparer.Ordinal)) + "]",
        JsonValueKind.String => "s",
        JsonValueKind.Number => "n",
        JsonValueKind.True or JsonValueKind.False => "b",
        _ => "null",
    };

    public static string ShapeOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Shape(document.RootElement);
    }

    private string Read(string path) => fixture.Site.ReadOutput(path);

    [Fact]
    public void The_timeline_download_keeps_its_fields_and_reads_back_to_the_same_bytes()
    {
        var json = Read("en/timeline/timeline.json");
        Assert.Equal(
            "[{id:s,date:s,precision:s,title:s,text:null,tags:[],article:null,sources:[{id:s,locator:s}],url:s}"
            + "|{id:s,date:s,precision:s,title:s,text:s,tags:[],article:null,sources:[{id:s,locator:null}],url:s}"
            + "|{id:s,date:s,precision:s,title:s,text:null,tags:[],article:null,sources:[{id:s,locator:null}],url:s}]",
            ShapeOf(json));
        var events = JsonSerializer.Deserialize(json, RenderJson.Indented.TimelineEventJsonArray)!;
        Assert.Equal(json, JsonSerializer.Serialize(events, RenderJson.Indented.TimelineEventJsonArray) + "\n");
    }

    [Fact]
    public void A_dataset_download_keeps_its_fields_and_reads_back_to_the_same_bytes()
    {
        var json = Read("kk/statistics/census/census.json");
        Assert.Equal(
            "{id:s,kind:s,title:s,description:s,as_of:s,unit:s,total:null,sources:s,url:s,"
            + "rows:[{key:s,date:null,label:s,value:n,qualifier:null,sources:s,note:null,disputed:b}]}",
            ShapeOf(json));
        Assert.Contains("\"label\": \"Қазақтар\"", json, StringComparison.Ordinal);   // indented, Kazakh letters unescaped
        var dataset = JsonSerializer.Deserialize(json, RenderJson.Indented.DatasetJson)!;
        Assert.Equal(70.4, dataset.Rows.First().Value);
        Assert.Equal(json, JsonSerializer.Serialize(dataset, RenderJson.Indented.DatasetJson) + "\n");
    }

    [Fact]
    public void JSON_LD_of_an_article_a_dataset_and_the_home_page_keeps_its_shape()
    {
        var blocks = JsonLdTests.Blocks(fixture.Site.Output);
        Assert.Equal(
            "{@context:s,@type:s,@id:s,headline:s,description:s,inLanguage:s,url:s,datePublished:s,dateModified:s,"
            + "isPartOf:{@type:s,@id:s,name:s,url:s,inLanguage:s},"
            + "citation:[{@type:s,@id:s,name:s,alternateName:s,author:[{@type:s,name:s}],datePublished:s,isPartOf:{@type:s,name:s}}]}",
            ShapeOf(blocks["en/history/founding/index.html"]));
        Assert.Equal(
            "{@context:s,@type:s,name:s,description:s,inLanguage:s,url:s,temporalCoverage:s,dateModified:s,isAccessibleForFree:b,"
            + "distribution:[{@type:s,encodingFormat:s,contentUrl:s}]}",
            ShapeOf(blocks["kk/statistics/census/index.html"]));
        Assert.Equal("{@context:s,@type:s,name:s,alternateName:s,foundingDate:s,url:s,subjectOf:{@type:s,@id:s,name:s,url:s,inLanguage:s}}",
            ShapeOf(blocks["kk/index.html"]));
        Assert.Contains("\"headline\":\"Founding\"", blocks["en/history/founding/index.html"], StringComparison.Ordinal);
        Assert.Contains("Санақ", blocks["kk/statistics/census/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_pages_days_keep_their_shape()
    {
        var home = new HtmlParser().ParseDocument(Read("en/index.html"));
        Assert.Equal("[{m:n,d:n,date:s,title:s,href:s}]", ShapeOf(home.QuerySelector("#on-this-day-data")!.TextContent));
    }

    [Fact]
    public void The_search_index_keeps_its_shape()
    {
        SearchDocument Document(string path, SearchKind kind, string title) =>
            new(path, kind, "history", "Тарих", title, ["ҚХА"], ["Бөлім"], "Ассамблея 1995 жылы құрылды. Ассамблея туралы мәтін.");
        var files = SearchIndex.Build([Document("kk/a/", SearchKind.Article, "Ассамблея"), Document("kk/b/", SearchKind.Term, "Медиация")], "kk")
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
        Assert.StartsWith("{v:n,rules:{", ShapeOf(files[SitePathsOf.Meta]), StringComparison.Ordinal);
        Assert.EndsWith(",shards:[s],kinds:[s],kf:[n],sections:[[s]],dk:s,ds:s}", ShapeOf(files[SitePathsOf.Meta]), StringComparison.Ordinal);
        Assert.Equal("{u:s,t:s,k:s,s:s,x:s}", ShapeOf(files[SitePathsOf.Document(0)]));
        Assert.Contains("\"t\":\"Ассамблея\"", files[SitePathsOf.Document(0)], StringComparison.Ordinal);
        var shard = files.First(f => f.Key.Contains("/s/", StringComparison.Ordinal)).Value;
        Assert.Matches(@"^\{[^:,]+:\[n\](,[^:,]+:\[n\])*\}$", ShapeOf(shard));
    }

    private static class SitePathsOf
    {
        public static string Meta => SitePaths.SearchMeta("kk");

        public static string Document(int id) => SitePaths.SearchDocument("kk", id);
    }
}
