using System.CommandLine;
using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Load;
using YamlDotNet.RepresentationModel;
using System.Globalization;

namespace KhaSite.Cli;

/// <summary>
/// <c>new &lt;section&gt;/&lt;slug&gt;</c>: writes the Kazakh original and its English translation with their front
/// matter filled in and a citation to show the syntax. The pair builds without errors as written.
/// </summary>
public static class NewArticleCommand
{
    /// <summary>The source the example citation names, when the bibliography has it.</summary>
    public const string PreferredSource = "abdraimov2023";

    public static Command Create(Option<string> input, Option<string> theme)
    {
        var name = new Argument<string>("section/slug") { Description = "Where the article goes: a section of site.yml and a new slug, e.g. history/forum-1992" };
        var command = new Command("new", "Create a new article pair (Kazakh original and English translation) with front matter and a citation example") { input, theme, name };
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(name)!, result.GetValue(theme)!));
        return command;
    }

    /// <param name="themeDir">the theme whose <c>i18n/&lt;lang&gt;.yml</c> gives the placeholder texts (<c>new_article.*</c>)</param>
    public static int Run(string inputDir, string name, string themeDir = "theme")
    {
        if (!Directory.Exists(inputDir))
        {
            Console.Error.WriteLine($"khasite: the input folder '{inputDir}' does not exist");
            return KhaSiteCommandLine.BadUsage;
        }
        var parts = name.Trim().Trim('/').Split('/');
        if (parts.Length != 2 || !ArticleLoader.IsSlug(parts[0]) || !ArticleLoader.IsSlug(parts[1]))
        {
            Console.Error.WriteLine($"khasite: '{name}' is not <section>/<slug>; both are lower-case latin letters, digits and '-', e.g. history/forum-1992");
            return KhaSiteCommandLine.BadUsage;
        }
        var (section, slug) = (parts[0], parts[1]);

        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(inputDir, "site.yml"), diagnostics);
        if (config is null)
        {
            foreach (var d in diagnostics.Sorted()) Console.Error.WriteLine(d);
            return KhaSiteCommandLine.InputErrors;
        }
        if (config.Sections.All(s => s.Id != section))
        {
            Console.Error.WriteLine($"khasite: '{section}' is not a section of {DisplayPath.For(Path.Combine(inputDir, "site.yml"))}; " +
                $"the sections are: {string.Join(", ", config.Sections.Select(s => s.Id))}");
            return KhaSiteCommandLine.BadUsage;
        }

        var articles = Path.Combine(inputDir, "articles");
        var files = config.WrittenLanguages.ToDictionary(l => l, l => Path.Combine(articles, section, $"{slug}.{l}.md"));
        var existing = files.Values.Where(File.Exists).ToArray();
        if (existing.Length > 0)
        {
            Console.Error.WriteLine($"khasite: {string.Join(" and ", existing.Select(DisplayPath.For))} already exist(s); nothing was written");
            return KhaSiteCommandLine.BadUsage;
        }
        var elsewhere = Directory.Exists(articles)
            ? Directory.EnumerateFiles(articles, $"{slug}.*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (elsewhere is not null)
        {
            Console.Error.WriteLine($"khasite: the slug '{slug}' is already used by {DisplayPath.For(elsewhere)}; slugs are unique across sections");
            return KhaSiteCommandLine.BadUsage;
        }

        var sources = BibliographyLoader.LoadAll(Path.Combine(inputDir, "data"), new DiagnosticBag()).Select(s => s.Id.Value).ToArray();
        if (section == "sources" && !sources.Contains(slug))
        {
            Console.Error.WriteLine($"khasite: articles in sources/ describe a source of input/data/sources.yml and are named after its id; '{slug}' is none ({string.Join(", ", sources)})");
            return KhaSiteCommandLine.BadUsage;
        }
        var cite = sources.Contains(PreferredSource) ? PreferredSource : sources.FirstOrDefault();
        var category = section == "sources" && Categories(inputDir).Contains("source") ? "source" : CategoryFor(inputDir, articles, section, config);

        var original = config.DefaultLanguage;
        var words = config.WrittenLanguages.ToDictionary(l => l, l => Words(themeDir, l));
        var texts = config.WrittenLanguages.ToDictionary(l => l, l => Template(words[l], category, cite, translationOf: null));
        var hash = ArticleLoader.Hash(FrontMatterReader.SplitText(texts[original]).Body);
        foreach (var lang in config.WrittenLanguages.Where(l => l != original))
            texts[lang] = Template(words[lang], category, cite, translationOf: hash);

        Directory.CreateDirectory(Path.Combine(articles, section));
        foreach (var (lang, path) in files)
        {
            File.WriteAllText(path, texts[lang], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Console.WriteLine($"created {DisplayPath.For(path)}");
        }
        Console.WriteLine($"khasite: write the {original} original first, then its translation{(config.WrittenLanguages.Count > 2 ? "s" : "")}, and run " +
            $"'dotnet run -- translated {section}/{slug}' once the translation follows it. 'dotnet run -- preview' shows the pages as you type.");
        return KhaSiteCommandLine.Success;
    }

    /// <summary>The theme's UI strings of a language, read quietly: without them the template has plain placeholders.</summary>
    private static UiStrings Words(string themeDir, string lang) =>
        UiStringsLoader.Load(Path.Combine(themeDir, "i18n", lang + ".yml"), lang, new DiagnosticBag());

    /// <summary>
    /// The new article's text in one language, in the words of the theme's <c>new_article.*</c> strings. Comments in the
    /// front matter say what each field holds.
    /// </summary>
    public static string Template(UiStrings words, string category, string? cite, string? translationOf)
    {
        var citation = cite is null ? "" : $" [@{cite}]";
        var title = words.Find("new_article.title") ?? "Title";
        var summary = words.Find("new_article.summary") ?? "Summary.";
        var body = UiStringFormat.Fill(words.Find("new_article.body") ?? "Text{0}.", [citation]);
        var help = "# " + (words.Find("new_article.help") ?? "A new article.");
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(help).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"title: {title}\n");
        text.Append(CultureInfo.InvariantCulture, $"summary: {summary}\n");
        text.Append(CultureInfo.InvariantCulture, $"category: {category}  # input/data/categories.yml\n");
        text.Append("tags: []  # ids from input/data/tags.yml\n");
        if (translationOf is not null) text.Append(CultureInfo.InvariantCulture, $"{TranslatedCommand.Field}: {translationOf}\n");
        text.Append("---\n");
        text.Append(body).Append('\n');
        return text.ToString();
    }

    /// <summary>The category most articles of the section have; else <c>topic</c> or the first category declared.</summary>
    private static string CategoryFor(string inputDir, string articles, string section, SiteConfig config)
    {
        var declared = Categories(inputDir);
        var folder = Path.Combine(articles, section);
        if (Directory.Exists(folder))
        {
            var common = ArticleLoader.LoadAll(articles, config.WrittenLanguages, new DiagnosticBag())
                .Where(a => a.Section == section && a.FrontMatter.Category is not null)
                .GroupBy(a => a.FrontMatter.Category!.Value.Value)
                .Where(g => declared.Count == 0 || declared.Contains(g.Key))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (common is not null) return common;
        }
        return declared.Count == 0 || declared.Contains("topic") ? "topic" : declared[0];
    }

    /// <summary>The ids of <c>input/data/categories.yml</c> (a list of <c>{id, label}</c>), in file order.</summary>
    private static IReadOnlyList<string> Categories(string inputDir)
    {
        var path = Path.Combine(inputDir, "data", "categories.yml");
        if (!File.Exists(path)) return [];
        var root = YamlText.Parse(File.ReadAllText(path), path, 1, new DiagnosticBag());
        if (root is not YamlSequenceNode list) return [];
        return list.Children.OfType<YamlMappingNode>()
            .Select(m => m.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value)
            .OfType<YamlScalarNode>()
            .Select(v => v.Value)
            .OfType<string>()
            .ToArray();
    }
}
