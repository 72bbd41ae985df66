using System.Reflection;
using System.Text.Json.Nodes;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Load.Csl;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Schemas;

/// <summary>The JSON Schemas editors validate with describe what the loaders accept: the real input, and a few bad inputs both refuse.</summary>
public class InputSchemaTests
{
    [Fact]
    public void The_real_input_and_theme_strings_match_the_schemas()
    {
        var problems = InputSchemas.ValidateFolders(RepoPaths.Input, RepoPaths.Theme);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }

    /// <summary>The benchmark corpus (bench/README.md) when <c>KHASITE_SCHEMA_CORPUS</c> names its input folder.</summary>
    [Fact]
    public void A_generated_corpus_matches_the_schemas_when_one_is_named()
    {
        if (Environment.GetEnvironmentVariable("KHASITE_SCHEMA_CORPUS") is not { Length: > 0 } corpus) return;
        var problems = InputSchemas.ValidateFolders(corpus, null);
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(20)));
    }

    /// <summary>A language written as a mapping (a third language, a script variant) is what editors' schema accepts too.</summary>
    [Fact]
    public void A_site_with_a_language_mapping_matches_the_schema_and_a_misspelt_setting_does_not()
    {
        var site = Integration.ThirdLanguageTests.Site.SiteYml;
        Assert.Empty(InputSchemas.Validate("site", site));
        Assert.NotEmpty(InputSchemas.Validate("site", site.Replace("based_on: kk", "basedon: kk", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_input_file_is_described_by_a_schema()
    {
        var input = Directory.EnumerateFiles(RepoPaths.Input, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Input, f))
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal));
        Assert.DoesNotContain(input, f => InputSchemas.For(f) is null);
    }

    /// <summary>The schemas' field names are the loaders' field tables: a field added to one and not the other fails here.</summary>
    [Theory]
    [InlineData("site", "", typeof(SiteConfigLoader), "Fields")]
    [InlineData("site", "/definitions/language", typeof(LanguageLoader), "Fields")]
    [InlineData("timeline", "/items", typeof(DataLoader), "EventFields")]
    [InlineData("glossary", "/items", typeof(DataLoader), "GlossaryFields")]
    [InlineData("dataset", "", typeof(DataLoader), "DatasetFields")]
    [InlineData("dataset", "/properties/rows/items", typeof(DataLoader), "RowFields")]
    [InlineData("facts", "/items", typeof(FactLoader), "Fields")]
    [InlineData("organisation", "/items", typeof(DiagramLoader), "BodyFields")]
    [InlineData("places", "/items", typeof(DiagramLoader), "PlaceFields")]
    [InlineData("front-matter", "", typeof(FrontMatter), "Fields")]
    public void Schema_fields_are_the_loaders_fields(string schema, string pointer, Type loader, string table)
    {
        var field = loader.GetField(table, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{loader.Name}.{table} is gone: point this test at the loader's field table");
        var fields = ((IEnumerable<string>)field.GetValue(null)!).Order(StringComparer.Ordinal);
        Assert.Equal(fields, PropertyNames(schema, pointer));
    }

    [Fact]
    public void The_sources_schema_has_every_csl_variable_the_loader_keeps()
    {
        Assert.Equal(CslSchema.All.Distinct().Order(StringComparer.Ordinal), PropertyNames("sources", "/definitions/item"));
        var types = JsonNode.Parse(File.ReadAllText(InputSchemas.PathOf("sources")))!["definitions"]!["item"]!["properties"]!["type"]!["enum"]!
            .AsArray().Select(t => (string)t!);
        Assert.Equal(CslSchema.Types.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
    }

    /// <summary>A good text both accept, and the same text with one mistake both refuse.</summary>
    [Theory]
    [InlineData("front-matter", "title: A\ntags: [law]", "title: [A, B]")]
    [InlineData("front-matter", "title: A\nsummary: B", "title: A\nsumary: B")]
    [InlineData("front-matter", "infobox:\n  founded: 1995", "infobox: [founded]")]
    [InlineData("facts", "- id: people\n  value: 9000", "- id: people\n  value: many")]
    [InlineData("facts", "- id: people\n  value: 3.9", "- id: people\n  unit: percent")]
    [InlineData("timeline", "- id: e\n  date: 1995\n  title: {kk: А, en: A}", "- id: e\n  title: {kk: А, en: A}")]
    [InlineData("timeline", "- id: e\n  date: 1995\n  title: {kk: А, en: A}", "- id: e\n  date: 1995\n  title: A")]
    [InlineData("glossary", "- id: t\n  term: {kk: А, en: A}\n  definition: {kk: Б, en: B}", "- id: t\n  term: {kk: А, en: A}\n  definition: {kk: Б, en: B}\n  cite: [a, b]")]
    [InlineData("dataset", "id: d\nrows:\n  - key: a\n    value: 1", "id: d\nrows:\n  a: 1")]
    [InlineData("dataset", "id: d\nrows:\n  - key: a\n    value: 1", "id: d\nrows:\n  - key: a\n    value: 1\n    valu: 2")]
    [InlineData("terms", "- id: law\n  label: {kk: Заң, en: Law}", "- id: law")]
    [InlineData("site", "title: {kk: А, en: A}\nbase_url: https://example.org/\nlanguages: [kk, en]\ndefault_language: kk",
        "title: {kk: А, en: A}\nbase_url: https://example.org/\nlanguages: [KK, en]\ndefault_language: kk")]
    [InlineData("site", "title: {kk: А, en: A}\nbase_url: https://example.org/\nlanguages: [kk, en]\ndefault_language: kk",
        "title: {kk: А, en: A}\nbase_url: https://example.org/\nlanguages: [kk, en]\ndefault_language: kk\nsections: overview")]
    [InlineData("sources", "- id: a\n  type: book\n  author: [{family: Абай, given: Құнанбайұлы}]", "- id: a\n  type: book\n  author: [{family: [Абай]}]")]
    [InlineData("i18n", "nav:\n  home: Басты бет", "nav:\n  home: [Басты, бет]")]
    public void Schema_and_loader_agree_on_a_good_and_a_bad_text(string schema, string good, string bad)
    {
        Assert.Empty(InputSchemas.Validate(schema, good));
        Assert.Empty(LoaderErrors(schema, good));
        Assert.NotEmpty(InputSchemas.Validate(schema, bad));
        Assert.NotEmpty(LoaderErrors(schema, bad));
    }

    private static IEnumerable<string> PropertyNames(string schema, string pointer)
    {
        var node = JsonNode.Parse(File.ReadAllText(InputSchemas.PathOf(schema)))!;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)) node = node[part]!;
        return node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
    }

    /// <summary>The errors the loader of <paramref name="schema"/>'s file reports for <paramref name="yaml"/>.</summary>
    private static IReadOnlyList<string> LoaderErrors(string schema, string yaml)
    {
        var root = Path.Combine(Path.GetTempPath(), "khasite-schema-" + Guid.NewGuid().ToString("N"));
        var data = Path.Combine(root, "input", "data");
        string Write(string relative)
        {
            var path = Path.Combine(root, relative).WithFolder();
            File.WriteAllText(path, yaml);
            return path;
        }
        string[] languages = ["kk", "en"];
        var diagnostics = new DiagnosticBag();
        try
        {
            switch (schema)
            {
                case "front-matter": FrontMatterReader.Read(yaml, "a.kk.md", diagnostics); break;
                case "facts": FactLoader.Load(Write("input/data/facts.yml"), languages, diagnostics); break;
                case "timeline": DataLoader.LoadTimeline(Write("input/data/timeline.yml"), languages, diagnostics); break;
                case "glossary": DataLoader.LoadGlossary(Write("input/data/glossary.yml"), languages, diagnostics); break;
                case "terms": DataLoader.LoadTerms(Write("input/data/tags.yml"), languages, diagnostics); break;
                case "dataset":
                    Write("input/data/statistics/d.yml");
                    DataLoader.LoadStatistics(Path.Combine(data, "statistics"), languages, diagnostics);
                    break;
                case "site": SiteConfigLoader.Load(Write("input/site.yml"), diagnostics); break;
                case "sources": BibliographyLoader.Load(Write("input/data/sources.yml"), diagnostics); break;
                case "i18n": UiStringsLoader.Load(Write("theme/i18n/kk.yml"), "kk", diagnostics); break;
                default: throw new ArgumentException("no loader for " + schema, nameof(schema));
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        return diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToArray();
    }
}
