using System.CommandLine;
using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Load;

namespace KhaSite.Cli;

/// <summary>
/// <c>translated [&lt;file.en.md&gt; | &lt;section&gt;/&lt;slug&gt; …]</c>: records in each translation's front matter
/// (<c>translation_of: &lt;hash&gt;</c>) which version of its original it now follows. Run it after updating a
/// translation; without arguments it marks every translation of the site.
/// </summary>
public static class TranslatedCommand
{
    public const string Field = "translation_of";

    public static Command Create(Option<string> input)
    {
        var targets = new Argument<string[]>("articles")
        {
            Description = "Translations to mark: their files (input/articles/history/founding.en.md) or <section>/<slug> (all translations of that article). None: every translation",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("translated", "Record that translations follow the current text of their original (clears the 'outdated translation' warning)") { input, targets };
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(targets) ?? []));
        return command;
    }

    public static int Run(string inputDir, IReadOnlyList<string> targets)
    {
        if (!Directory.Exists(inputDir))
        {
            Console.Error.WriteLine($"khasite: the input folder '{inputDir}' does not exist");
            return KhaSiteCommandLine.BadUsage;
        }
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(inputDir, "site.yml"), diagnostics);
        if (config is null)
        {
            foreach (var d in diagnostics.Sorted()) Console.Error.WriteLine(d);
            return KhaSiteCommandLine.InputErrors;
        }
        var articles = Path.GetFullPath(Path.Combine(inputDir, "articles"));
        var original = config.DefaultLanguage;

        // Resolve every target first: nothing is written when one of them is wrong.
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        if (targets.Count == 0)
        {
            if (Directory.Exists(articles))
                foreach (var path in Directory.EnumerateFiles(articles, "*.md", SearchOption.AllDirectories))
                    if (Parse(articles, path, config.Languages) is { } a && a.Lang != original && File.Exists(a.FileIn(original)))
                        files.Add(path);
        }
        foreach (var target in targets)
        {
            if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var path = Path.GetFullPath(target);
                var parsed = Parse(articles, path, config.Languages);
                if (!File.Exists(path)) problems.Add($"'{target}' does not exist");
                else if (parsed is null) problems.Add($"'{target}' is not an article of {DisplayPath.For(articles)} (articles/<section>/<slug>.<lang>.md)");
                else if (parsed.Lang == original) problems.Add($"'{target}' is the {original} original; name its translation instead (e.g. {DisplayPath.For(parsed.FileIn(config.Languages.First(l => l != original)))})");
                else if (!File.Exists(parsed.FileIn(original))) problems.Add($"'{target}' has no original to follow: {DisplayPath.For(parsed.FileIn(original))} does not exist");
                else files.Add(path);
                continue;
            }
            var parts = target.Trim('/').Split('/');
            if (parts.Length != 2)
            {
                problems.Add($"'{target}' is neither an article file (….en.md) nor <section>/<slug>");
                continue;
            }
            var key = new ArticleKey(articles, parts[0], parts[1], original);
            if (!File.Exists(key.FileIn(original)))
            {
                problems.Add($"'{target}' has no original: {DisplayPath.For(key.FileIn(original))} does not exist");
                continue;
            }
            var found = config.Languages.Where(l => l != original).Select(key.FileIn).Where(File.Exists).ToArray();
            if (found.Length == 0) problems.Add($"'{target}' has no translation yet (expected {DisplayPath.For(key.FileIn(config.Languages.First(l => l != original)))})");
            foreach (var path in found) files.Add(path);
        }
        if (problems.Count > 0)
        {
            foreach (var problem in problems) Console.Error.WriteLine($"khasite: {problem}");
            return KhaSiteCommandLine.BadUsage;
        }

        var marked = 0;
        var current = 0;
        var failed = false;
        foreach (var path in files)
        {
            var article = Parse(articles, path, config.Languages)!;
            var hash = HashOf(article.FileIn(original));
            var text = File.ReadAllText(path, Encoding.UTF8);
            if (FrontMatterEditor.GetField(text, Field) == hash)
            {
                Console.WriteLine($"up to date: {DisplayPath.For(path)} ({Field}: {hash})");
                current++;
                continue;
            }
            var updated = FrontMatterEditor.SetField(text, Field, hash);
            if (updated is null)
            {
                Console.Error.WriteLine($"khasite: {DisplayPath.For(path)} has no front matter (--- … ---) to record the translation in");
                failed = true;
                continue;
            }
            File.WriteAllText(path, updated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Console.WriteLine($"marked: {DisplayPath.For(path)} translates {DisplayPath.For(article.FileIn(original))} ({Field}: {hash})");
            marked++;
        }
        Console.WriteLine($"khasite: {marked} translation(s) marked, {current} already up to date");
        return failed ? KhaSiteCommandLine.InputErrors : KhaSiteCommandLine.Success;
    }

    /// <summary>The hash the build compares with: <see cref="ArticleFile.BodyHash"/> of the original, computed the same way.</summary>
    public static string HashOf(string originalPath)
    {
        var text = File.ReadAllText(originalPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        return ArticleLoader.Hash(FrontMatterReader.SplitText(text).Body);
    }

    private static ArticleKey? Parse(string articles, string path, IReadOnlyList<string> languages)
    {
        var relative = Path.GetRelativePath(articles, Path.GetFullPath(path)).Replace('\\', '/');
        var parts = relative.Split('/');
        if (parts.Length != 2 || relative.StartsWith("..", StringComparison.Ordinal)) return null;
        var name = parts[1].Split('.');
        if (name.Length != 3 || name[2] != "md" || !languages.Contains(name[1])) return null;
        return new ArticleKey(articles, parts[0], name[0], name[1]);
    }

    private sealed record ArticleKey(string Articles, string Section, string Slug, string Lang)
    {
        public string FileIn(string lang) => Path.Combine(Articles, Section, $"{Slug}.{lang}.md");
    }
}
