using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

public static class SiteConfigLoader
{
    private static readonly string[] Fields =
        ["title", "description", "base_url", "repository", "branch", "languages", "default_language", "sections", "featured", "key_figures"];

    public static SiteConfig? Load(string path, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.For(path);
        if (!File.Exists(path) && !InputFile.IsLink(path))
        {
            diagnostics.Report(DiagnosticCode.SiteConfigInvalid, SourceLocation.StartOf(display), "not-found");
            return null;
        }
        var fields = new YamlFields(display, 1, diagnostics);
        var text = InputFile.ReadText(path, Path.GetDirectoryName(Path.GetFullPath(path))!, diagnostics);
        if (text is null) return null;
        var root = YamlText.Parse(text, display, 1, diagnostics);
        if (root is null && text.Split('\n').All(l => l.TrimStart().Length == 0 || l.TrimStart()[0] == '#'))
            diagnostics.Report(DiagnosticCode.SiteConfigInvalid, SourceLocation.StartOf(display), "empty");
        var mapping = fields.Mapping(root, "site.yml");
        if (mapping is null) return null;

        var values = new Dictionary<string, (Located<string> Key, YamlNode Node)>();
        foreach (var (key, value) in fields.Entries(mapping))
        {
            if (Fields.Contains(key.Value)) values[key.Value] = (key, value);
            else fields.UnknownField(key, Fields, "site.yml");
        }

        var languageSettings = values.TryGetValue("languages", out var langs) ? LanguageLoader.Read(langs.Node, fields) : [];
        IReadOnlyList<string> languages = languageSettings.Select(l => l.Code).ToArray();
        if (languages.Count == 0)
        {
            diagnostics.Report(DiagnosticCode.SiteConfigInvalid, SourceLocation.StartOf(display), "no-languages");
            return null;
        }
        // A script edition's texts are converted from its source language's, never written in site.yml.
        IReadOnlyList<string> written = languageSettings.Where(l => l.From is null).Select(l => l.Code).ToArray();
        var defaultLanguage = values.TryGetValue("default_language", out var def) ? fields.Scalar(def.Node, "default_language")?.Value : null;
        if (defaultLanguage is null || !languages.Contains(defaultLanguage))
        {
            diagnostics.Report(DiagnosticCode.SiteConfigInvalid, def.Node is null ? SourceLocation.StartOf(display) : fields.At(def.Node),
                "default-language", new { languages = string.Join(", ", languages) });
            defaultLanguage = languages[0];
        }

        Uri? baseUrl = null;
        if (values.TryGetValue("base_url", out var url) && fields.Scalar(url.Node, "base_url") is { } urlText)
        {
            if (!Uri.TryCreate(urlText.Value, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            {
                fields.Report(DiagnosticCode.SiteConfigInvalid, url.Node, "base-url", new { url = urlText.Value });
                baseUrl = null;
            }
        }
        else diagnostics.Report(DiagnosticCode.SiteConfigInvalid, SourceLocation.StartOf(display), "no-base-url");

        var title = values.TryGetValue("title", out var t) ? fields.Localized(t.Node, "title", written) : null;
        if (title is null) diagnostics.Report(DiagnosticCode.SiteConfigInvalid, SourceLocation.StartOf(display), "no-title");
        var description = values.TryGetValue("description", out var d) ? fields.Localized(d.Node, "description", written) : null;
        var repository = values.TryGetValue("repository", out var r) ? fields.Scalar(r.Node, "repository")?.Value : null;
        var branch = values.TryGetValue("branch", out var b) ? fields.Scalar(b.Node, "branch")?.Value : null;
        var sections = values.TryGetValue("sections", out var s) ? ReadSections(s.Node, fields, written) : [];

        var featured = values.TryGetValue("featured", out var f) ? fields.Scalar(f.Node, "featured") : null;
        var keyFigures = values.TryGetValue("key_figures", out var k) ? fields.ScalarList(k.Node, "key_figures") : [];

        if (title is null || baseUrl is null) return null;
        return new SiteConfig(title, description ?? new LocalizedText(new Dictionary<string, string>()), baseUrl,
            repository?.TrimEnd('/'), branch ?? "main", languages, defaultLanguage, sections, display, featured, keyFigures, languageSettings);
    }

    /// <summary>
    /// A language code becomes a folder and a URL (<c>/kk/</c>), so it is lower-case letters and digits with single
    /// hyphens between (<c>kk</c>, <c>en</c>, <c>kk-latn</c>), at most 16 characters; each is listed once.
    /// </summary>
    public static bool IsLanguageCode(string code) =>
        code.Length is >= 2 and <= 16 && char.IsAsciiLetterLower(code[0]) && code[^1] != '-' && !code.Contains("--", StringComparison.Ordinal)
        && code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static IReadOnlyList<SectionConfig> ReadSections(YamlNode node, YamlFields fields, IReadOnlyList<string> languages)
    {
        if (node is not YamlSequenceNode list)
        {
            fields.Report(DiagnosticCode.WrongFieldType, node, "sections-not-list");
            return [];
        }
        var sections = new List<SectionConfig>();
        foreach (var item in list.Children)
        {
            var mapping = fields.Mapping(item, "a section");
            if (mapping is null) continue;
            Located<string>? id = null;
            LocalizedText? title = null, description = null;
            foreach (var (key, value) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "id": id = fields.Scalar(value, "id"); break;
                    case "title": title = fields.Localized(value, "title", languages); break;
                    case "description": description = fields.Localized(value, "description", languages); break;
                    default: fields.UnknownField(key, ["id", "title", "description"], "a section"); break;
                }
            }
            if (id is null || title is null)
                fields.Report(DiagnosticCode.MissingField, item, "section");
            else if (sections.Any(s => string.Equals(s.Id, id.Value.Value, StringComparison.OrdinalIgnoreCase)))
                fields.Diagnostics.Report(DiagnosticCode.DuplicateSection, id.Value.Location, new { section = id.Value.Value });
            else
                sections.Add(new SectionConfig(id.Value.Value, title, description ?? new LocalizedText(new Dictionary<string, string>())));
        }
        return sections;
    }
}
