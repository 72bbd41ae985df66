using AngleSharp.Html.Parser;
using KhaSite.Cli;
using KhaSite.Safety;
using KhaSite.Tests.Integration;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Hostile;

/// <summary>
/// Script and path injection through content and data (issue 15, classes 1 and 2): each hostile input is refused with
/// its code at its place, exit 1, the previous output byte-identical and nothing written beside it.
/// </summary>
public class InjectionTests : IDisposable
{
    private const string Source = "- id: src2023\n  type: book\n  title: A book\n  issued: {date-parts: [[2023]]}\n";

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Source)
        .Article("history", "founding", "kk", "Құрылуы", "Мәтін [@src2023].")
        .Article("history", "founding", "en", "Founding", "Text [@src2023].");

    public void Dispose() => _site.Dispose();

    private static string Article(string body) => $"---\ntitle: A\nsummary: B\n---\n{body}\n";

    public static TheoryData<string, string, string, int, int> Hostile => new()
    {
        // code, file under input/, its text, line, column
        { "KHA0720", "articles/history/x.kk.md", Article("[x](javascript:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](JavaScript:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](JAVASCRIPT:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](jav&#x61;script:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](&#106;avascript:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](java&Tab;script:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](<java\tscript:alert(1)>) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](&#x20;javascript:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](vbscript:msgbox(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](data:text/html;base64,PHNjcmlwdD4=) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x](file:///etc/passwd) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("![pic](javascript:alert(1)) [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("<javascript:alert(1)> [@src2023]"), 5, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x][r] [@src2023]\n\n[r]: javascript:alert(1)"), 7, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("[x] [@src2023]\n\n[x]: JaVaScRiPt:alert(1)"), 7, 1 },
        { "KHA0720", "articles/history/x.kk.md", Article("- [x](javascript:alert(1)) [@src2023]"), 5, 3 },
        { "KHA0720", "articles/history/x.kk.md", Article("> [x](javascript:alert(1)) [@src2023]"), 5, 3 },
        { "KHA0720", "articles/history/x.kk.md", Article("| a |\n|---|\n| [x](javascript:alert(1)) [@src2023] |"), 7, 3 },
        { "KHA0720", "data/sources.yml", Source + "  URL: javascript:alert(1)\n", 1, 3 },
        { "KHA0720", "data/sources.yml", Source + "  URL: \" JAVASCRIPT:alert(1)\"\n", 1, 3 },
        { "KHA0720", "data/sources.yml", Source + "  URL: data:text/html,<script>alert(1)</script>\n", 1, 3 },
        { "KHA0721", "data/tags.yml", "- id: 'a\" onload=\"alert(1)'\n  label: {kk: A, en: A}\n", 1, 7 },
        { "KHA0721", "data/tags.yml", "- id: ../../escape\n  label: {kk: A, en: A}\n", 1, 7 },
        { "KHA0721", "data/tags.yml", "- id: javascript:alert(1)\n  label: {kk: A, en: A}\n", 1, 7 },
        { "KHA0721", "data/tags.yml", "- id: Upper\n  label: {kk: A, en: A}\n", 1, 7 },
        { "KHA0721", "data/categories.yml", "- id: a/b\n  label: {kk: A, en: A}\n", 1, 7 },
        { "KHA0721", "data/categories.yml", "- id: '%2e%2e'\n  label: {kk: A, en: A}\n", 1, 7 },
        { "KHA0721", "data/timeline.yml", "- id: 'e\" onclick=\"x'\n  date: 1995\n  title: {kk: A, en: A}\n  cite: \"@src2023\"\n", 1, 7 },
        { "KHA0721", "data/timeline.yml", "- id: ..\\\\..\\\\x\n  date: 1995\n  title: {kk: A, en: A}\n  cite: \"@src2023\"\n", 1, 7 },
        { "KHA0721", "data/timeline.yml", "- id: '<script>'\n  date: 1995\n  title: {kk: A, en: A}\n  cite: \"@src2023\"\n", 1, 7 },
        { "KHA0721", "data/statistics/x.yml", "id: '../x'\nkind: breakdown\ntitle: {kk: A, en: A}\nas_of: 2021\nunit: percent\ncite: \"@src2023\"\nrows:\n  - {key: a, label: {kk: A, en: A}, value: 100}\n", 1, 5 },
        { "KHA0721", "data/statistics/x.yml", "id: 'x\" onload=\"alert(1)'\nkind: breakdown\ntitle: {kk: A, en: A}\nas_of: 2021\nunit: percent\ncite: \"@src2023\"\nrows:\n  - {key: a, label: {kk: A, en: A}, value: 100}\n", 1, 5 },
        { "KHA0721", "data/statistics/x.yml", "id: x\nkind: breakdown\ntitle: {kk: A, en: A}\nas_of: 2021\nunit: percent\ncite: \"@src2023\"\nrows:\n  - {key: 'a\"b', label: {kk: A, en: A}, value: 100}\n", 8, 5 },
        { "KHA0721", "data/glossary.yml", "- id: 'g<x>'\n  term: {kk: A, en: A}\n  definition: {kk: A, en: A}\n  cite: \"@src2023\"\n", 1, 7 },
        { "KHA0721", "data/glossary.yml", "- id: CON\n  term: {kk: A, en: A}\n  definition: {kk: A, en: A}\n  cite: \"@src2023\"\n", 1, 7 },
        { "KHA0721", "articles/history/x.kk.md", "---\ntitle: A\nsummary: B\ntags: ['../x']\n---\nText [@src2023].\n", 4, 8 },
        { "KHA0722", "data/sources.yml", Source + "- id: Src2023\n  type: book\n  title: B\n  issued: {date-parts: [[2023]]}\n", 5, 7 },
        { "KHA0722", "data/sources.yml", Source + "- id: src:2023\n  type: book\n  title: B\n  issued: {date-parts: [[2023]]}\n- id: src/2023\n  type: book\n  title: C\n  issued: {date-parts: [[2023]]}\n", 9, 7 },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Each_hostile_input_is_refused_at_its_place_and_changes_nothing(string code, string file, string text, int line, int column)
    {
        Assert.Equal(0, await RunCliAsync("build"));
        var before = SiteBuildTests.Snapshot(_site.Output);
        var beside = Directory.EnumerateFileSystemEntries(_site.Root, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(_site.Output, StringComparison.Ordinal) && !p.StartsWith(_site.Input, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        _site.Write(file, text);
        var (exit, printed) = await BadInputTests.CaptureAsync(() => RunCliAsync("build"));
        var (checkExit, checkPrinted) = await BadInputTests.CaptureAsync(() => RunCliAsync("check"));

        Assert.Equal(1, exit);
        Assert.Equal(1, checkExit);
        var expected = $"{file}({line},{column}): error {code}: ";
        Assert.True(printed.Split('\n').Any(l => l.Contains(expected, StringComparison.Ordinal)), $"expected '{expected}' in:\n{printed}");
        Assert.Contains(checkPrinted.Split('\n'), l => l.Contains(expected, StringComparison.Ordinal));
        var after = SiteBuildTests.Snapshot(_site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before) Assert.True(bytes.SequenceEqual(after[path]), $"{path} changed after a failed build");
        var besideAfter = Directory.EnumerateFileSystemEntries(_site.Root, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(_site.Output, StringComparison.Ordinal) && !p.StartsWith(_site.Input, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        Assert.Empty(besideAfter.Except(beside));
    }

    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("http://example.org")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("#heading")]
    [InlineData("../law/x.kk.md")]
    [InlineData("page/")]
    [InlineData("//example.org/x")]
    [InlineData("a:b/c")]
    public void Allowed_urls_pass_the_policy(string url)
    {
        // "a:b/c" is a scheme "a:" and refused; everything else here is allowed.
        Assert.Equal(url != "a:b/c", UrlPolicy.IsAllowed(url));
    }

    [Theory]
    [InlineData("census-2021-ethnic", true)]
    [InlineData("a", true)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("A", false)]
    [InlineData("қазақ", false)]
    [InlineData("", false)]
    public void The_id_grammar(string id, bool valid) => Assert.Equal(valid, IdGrammar.IsValid(id));

    [Fact]
    public void Source_slugs_are_safe_ids() =>
        Assert.All(new[] { "Smith:2020/x", "http://zotero.org/items/ABC", "<>", "a\"b" }, id => Assert.True(IdGrammar.IsValid(IdGrammar.Slug(id))));

    [Fact]
    public async Task A_page_built_from_allowed_content_has_no_script_urls_or_handlers()
    {
        _site.Article("history", "links", "kk", "Сілтемелер", "[a](https://example.org) [b](#x) [c](founding.kk.md) [@src2023].");
        Assert.Equal(0, await RunCliAsync("build"));
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in doc.All)
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: {attribute.Name}");
                    if (attribute.Name is "href" or "src" or "action")
                        Assert.True(UrlPolicy.IsAllowed(attribute.Value), $"{page}: {attribute.Name}={attribute.Value}");
                }
        }
    }

    private Task<int> RunCliAsync(string command) => command == "build"
        ? KhaSiteCommandLine.RunAsync([command, "--input", _site.Input, "--theme", RepoPaths.Theme, "--output", _site.Output])
        : KhaSiteCommandLine.RunAsync([command, "--input", _site.Input, "--theme", RepoPaths.Theme]);
}
