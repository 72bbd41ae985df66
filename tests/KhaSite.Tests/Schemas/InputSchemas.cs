using System.Text.Json;
using Json.Schema;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Schemas;

/// <summary>
/// The JSON Schemas of <c>schemas/</c>, and which input file each describes (the same mapping
/// <c>.vscode/settings.json</c> gives the YAML extension).
/// </summary>
public static class InputSchemas
{
    public static string Folder => Path.Combine(RepoPaths.Root, "schemas");

    public static readonly string[] Names =
        ["common", "site", "front-matter", "sources", "timeline", "glossary", "facts", "dataset", "terms", "i18n", "organisation", "places", "map-outline", "latin-exceptions"];

    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Loaded = new(() =>
    {
        // Each schema is registered under its file's URI, so "common.schema.json#/definitions/…" resolves as in an editor.
        var options = new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return Names.ToDictionary(name => name, name =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(PathOf(name)));
            var uri = new UriBuilder { Scheme = Uri.UriSchemeFile, Host = "", Path = PathOf(name) }.Uri;
            return JsonSchema.Build(document.RootElement.Clone(), options, uri);
        }, StringComparer.Ordinal);
    });

    public static string PathOf(string name) => Path.Combine(Folder, name + ".schema.json");

    public static JsonSchema Get(string name) => Loaded.Value[name];

    /// <summary>The schema for a file of an input folder or of theme/i18n, or null for a file no schema describes.</summary>
    public static string? For(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var file = Path.GetFileName(path);
        if (path == "site.yml") return "site";
        if (path.StartsWith("articles/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal)) return "front-matter";
        if (path.StartsWith("data/statistics/", StringComparison.Ordinal) && file.EndsWith(".yml", StringComparison.Ordinal)) return "dataset";
        if (path.StartsWith("data/bibliography/", StringComparison.Ordinal) && !file.EndsWith(".json", StringComparison.Ordinal)) return "sources";
        if (path.StartsWith("i18n/", StringComparison.Ordinal) && file.EndsWith(".yml", StringComparison.Ordinal)) return "i18n";
        return path switch
        {
            "data/sources.yml" => "sources",
            "data/timeline.yml" => "timeline",
            "data/glossary.yml" => "glossary",
            "data/facts.yml" => "facts",
            "data/organisation.yml" => "organisation",
            "data/places.yml" => "places",
            "data/map-outline.yml" => "map-outline",
            "data/tags.yml" or "data/categories.yml" => "terms",
            "data/latin-exceptions.yml" => "latin-exceptions",
            _ => null,
        };
    }

    /// <summary>The schema's complaints about a YAML text (front matter for an article), one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string schema, string yaml)
    {
        var node = YamlText.Parse(yaml, "test.yml", 1, new DiagnosticBag());
        if (node is null) return [];
        var results = Get(schema).Evaluate(YamlJson.ToElement(node), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToArray();
    }

    /// <summary>Every complaint about every file of an input folder and a theme's i18n folder, as "file: complaint".</summary>
    public static IReadOnlyList<string> ValidateFolders(string inputFolder, string? themeFolder)
    {
        var files = Directory.EnumerateFiles(inputFolder, "*", SearchOption.AllDirectories).Select(f => (Root: inputFolder, File: f));
        if (themeFolder is not null)
            files = files.Concat(Directory.EnumerateFiles(Path.Combine(themeFolder, "i18n"), "*.yml").Select(f => (Root: themeFolder, File: f)));
        var problems = new List<string>();
        foreach (var (root, file) in files.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file);
            if (For(relative) is not { } schema) continue;
            var text = File.ReadAllText(file);
            if (schema == "front-matter")
            {
                if (FrontMatterReader.SplitText(text).Yaml is not { } yaml) continue;
                text = yaml;
            }
            problems.AddRange(Validate(schema, text).Select(p => $"{relative}: {p}"));
        }
        return problems;
    }
}
