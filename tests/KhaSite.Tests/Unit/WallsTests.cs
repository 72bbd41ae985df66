using System.Text.RegularExpressions;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>
/// Issue 25's walls, read from the source: a language is configuration (no <c>"kk"</c> or <c>"en"</c> in code but
/// the defaults), and Render takes every path and anchor from <c>SitePaths</c>. The HTML wall (markup only in the
/// encoder, <c>src/Render/Html.cs</c>) is <see cref="MarkupInThemeTests"/>.
/// </summary>
public partial class WallsTests
{
    /// <summary>Where a language code may be written: the defaults of the languages <c>site.yml</c> names, and the diagnostics' own two.</summary>
    private static readonly Dictionary<string, string> NamesLanguages = new(StringComparer.Ordinal)
    {
        ["src/Load/LanguageDefaults.cs"] = "the defaults of the languages site.yml names",
        ["src/Diagnostics/DiagnosticLanguage.cs"] = "the languages diagnostics are written in (--lang), not the site's",
    };

    /// <summary>Render's files that join text with '/' for something other than a site path.</summary>
    private static readonly Dictionary<string, string> JoinsSlashes = new(StringComparer.Ordinal)
    {
        ["src/Render/Citations/Ris.cs"] = "RIS writes dates as YYYY/MM/DD/",
    };

    [Fact]
    public void No_language_code_in_code_outside_the_language_defaults()
    {
        var offenders = Offending(SourceFiles("src"), NamesLanguages, LanguageLiteral());
        Assert.True(offenders.Length == 0, "a language compared or named in code (load it from site.yml through Language):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Render_builds_no_path_or_anchor_outside_SitePaths()
    {
        var offenders = Offending(SourceFiles("src/Render"), JoinsSlashes, PathJoin());
        Assert.True(offenders.Length == 0, "a path or anchor built in Render (add it to src/Model/SitePaths.cs):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_walls_catch_what_they_are_for()
    {
        Assert.Matches(LanguageLiteral(), "if (lang == \"kk\") return;");
        Assert.Matches(LanguageLiteral(), "Lang: \"en\",");
        Assert.DoesNotMatch(LanguageLiteral(), "var token = \"kkz\";");
        foreach (var built in new[] { "var href = \"/\" + lang + \"/timeline/\";", "var path = $\"{lang}/glossary/\";", "$\"/{lang}/\"", "var a = $\"#term-{id}\";", "\"#\" + anchor", "$\"articles/{section}/{slug}.md\"", "\"../\" + file" })
            Assert.Matches(PathJoin(), built);
        Assert.DoesNotMatch(PathJoin(), "SitePaths.Relative(path, SitePaths.Timeline(lang))");
    }

    private static string[] Offending(IEnumerable<string> files, Dictionary<string, string> allowed, Regex pattern) =>
        files.Where(file => !allowed.ContainsKey(file))
            .SelectMany(file => File.ReadLines(Path.Combine(RepoPaths.Root, file)).Select((line, i) => (file, line, number: i + 1)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(x.line))
            .Select(x => $"{x.file}({x.number}): {x.line.Trim()}")
            .ToArray();

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex("\"(kk|en)\"")]
    private static partial Regex LanguageLiteral();

    /// <summary>'/' joined to a value (<c>"/" + lang</c>, <c>$"{lang}/…"</c>, <c>$"…/{slug}"</c>), an anchor made by hand (<c>$"#…"</c>, <c>"#" + id</c>), or <c>"../"</c>.</summary>
    [GeneratedRegex("""(?x) "/"\s*\+ | \+\s*"/" | \$@?"/ | \$@?"[^"]*\{[^}]+\}/ | \$@?"[^"]*/\{ | \$@?"\# | "\#"\s*\+ | "(\.\./)+" """)]
    private static partial Regex PathJoin();
}
