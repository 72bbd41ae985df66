using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Machine;

/// <summary>Every JSON-LD block of the site expanded by a JSON-LD processor (jsonld.js): typed nodes, dates from git.</summary>
public sealed class JsonLdTests(MachineSite fixture) : IClassFixture<MachineSite>
{
    private const string Schema = "https://schema.org/";

    /// <summary>The JSON-LD blocks of every page of a built site, by page.</summary>
    public static Dictionary<string, string> Blocks(string output)
    {
        var parser = new HtmlParser();
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var scripts = parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("script[type='application/ld+json']").ToArray();
            for (var i = 0; i < scripts.Length; i++)
                blocks[Path.GetRelativePath(output, file).Replace('\\', '/') + (i > 0 ? "#" + i : "")] = scripts[i].TextContent;
        }
        return blocks;
    }

    /// <summary>The expanded form of each document (a JSON array), or an object with the processor's error.</summary>
    public static JsonNode[] Expand(IReadOnlyList<string> documents)
    {
        var start = new ProcessStartInfo(Tools.NodePath ?? "node")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Machine", "expand-jsonld.cjs"));
        start.ArgumentList.Add(Tools.NodeModules);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write("[" + string.Join(",", documents) + "]");
        node.StandardInput.Close();
        Assert.True(node.WaitForExit(TimeSpan.FromSeconds(60)), "jsonld.js did not finish");
        Assert.True(node.ExitCode == 0, error.Result);
        return JsonNode.Parse(output.Result)!.AsArray().Select(n => n!).ToArray();
    }

    /// <summary>Every node object of an expanded document without an @type, and every use of a property named "type".</summary>
    public static IEnumerable<string> Untyped(JsonNode expanded, string where)
    {
        switch (expanded)
        {
            case JsonArray array:
                foreach (var item in array) foreach (var problem in Untyped(item!, where)) yield return problem;
                break;
            case JsonObject obj when obj.ContainsKey("@value") || obj.ContainsKey("@list"):
                break;
            case JsonObject obj:
                if (obj.ContainsKey("error")) yield return $"{where}: {obj["error"]}";
                else if (!obj.ContainsKey("@type")) yield return $"{where}: a node without @type: {obj.ToJsonString()[..Math.Min(120, obj.ToJsonString().Length)]}";
                foreach (var (key, value) in obj)
                {
                    if (key == Schema + "type") yield return $"{where}: \"type\" written where \"@type\" is meant";
                    if (!key.StartsWith('@')) foreach (var problem in Untyped(value!, where + " " + key[(key.LastIndexOf('/') + 1)..])) yield return problem;
                }
                break;
        }
    }

    [VerifyFact(Needs.JsonLd)]
    public void Every_block_expands_and_every_node_has_a_type()
    {
        Tools.Require(Needs.JsonLd);
        var blocks = Blocks(fixture.Site.Output);
        Assert.True(blocks.Count >= 6, $"only {blocks.Count} JSON-LD blocks");
        var expanded = Expand(blocks.Values.ToArray());
        var problems = blocks.Keys.Zip(expanded).SelectMany(pair => Untyped(pair.Second, pair.First)).ToArray();
        Assert.Empty(problems);
        Assert.All(expanded, e => Assert.NotEmpty(e.AsArray()));
    }

    [VerifyFact(Needs.JsonLd)]
    public void An_article_carries_its_git_dates_language_site_and_citations()
    {
        Tools.Require(Needs.JsonLd);
        var block = Blocks(fixture.Site.Output)["en/history/founding/index.html"];
        var article = Expand([block])[0].AsArray().Single()!.AsObject();
        string Value(JsonObject node, string property) => node[Schema + property]![0]!["@value"]!.GetValue<string>();
        Assert.Equal(Schema + "Article", article["@type"]![0]!.GetValue<string>());
        Assert.Equal(MachineSite.SecondCommit, Value(article, "dateModified"));
        Assert.Equal(MachineSite.FirstCommit, Value(article, "datePublished"));
        Assert.Equal("en", Value(article, "inLanguage"));
        var site = article[Schema + "isPartOf"]![0]!.AsObject();
        Assert.Equal(Schema + "WebSite", site["@type"]![0]!.GetValue<string>());
        Assert.Equal("https://example.org/khasite/en/", site["@id"]!.GetValue<string>());
        var citation = Assert.Single(article[Schema + "citation"]!.AsArray())!.AsObject();
        Assert.Equal(Schema + "ScholarlyArticle", citation["@type"]![0]!.GetValue<string>());
        Assert.Equal("https://example.org/khasite/en/sources/alpha/", citation["@id"]!.GetValue<string>());
        Assert.Equal("Альфа", Value(citation, "name"));
        Assert.Equal("Alpha", Value(citation, "alternateName"));
        Assert.Equal("Е. А. Абдраимов", Value(citation[Schema + "author"]![0]!.AsObject(), "name"));
    }

    [VerifyFact(Needs.JsonLd)]
    public void The_processor_catches_a_node_that_writes_type_for_at_type()
    {
        Tools.Require(Needs.JsonLd);
        var expanded = Expand(["""{"@context":"https://schema.org","@type":"Article","isPartOf":{"type":"WebSite","name":"x"}}"""]);
        Assert.Equal(2, Untyped(expanded[0], "probe").Count());
    }
}
