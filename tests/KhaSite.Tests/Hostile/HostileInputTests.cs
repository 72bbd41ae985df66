using System.Text;
using AngleSharp.Html.Parser;
using KhaSite.Cli;
using KhaSite.Diagnostics;
using KhaSite.Safety;
using KhaSite.Tests.Integration;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Hostile;

/// <summary>
/// The hostile-input battery of issue 15, one row per attack, by class: files that are not what they seem (links,
/// devices, size, encoding), parsers pushed past their bounds (YAML aliases and depth, Markdown nesting), values the
/// later stages cannot format (dates, numbers, placeholders), site.yml and theme strings, forged diagnostics, and
/// markup smuggled into text. A refused input must give its code at its place from both <c>build</c> and
/// <c>check</c> (never a stack trace), exit 1, leave the previous output byte-identical and write nothing beside it.
/// An input that is allowed must be built into pages with no handler attribute, no script URL and no script but the
/// theme's own.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Source = "- id: src2023\n  type: book\n  title: A book\n  issued: {date-parts: [[2023]]}\n";

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Source)
        .Article("history", "founding", "kk", "Құрылуы", "Мәтін [@src2023].")
        .Article("history", "founding", "en", "Founding", "Text [@src2023].");

    private string Theme => Path.Combine(_site.Root, "theme");

    public HostileInputTests() => TestFolders.Copy(RepoPaths.Theme, Theme);

    public void Dispose() => _site.Dispose();

    private static string Article(string body, string front = "") => $"---\ntitle: A\nsummary: B\n{front}---\n{body}\n";

    private const string Dataset = "id: x\nkind: breakdown\ntitle: {kk: A, en: A}\nas_of: 2021\nunit: percent\ncite: \"@src2023\"\nrows:\n";

    private const string Series = "id: x\nkind: series\ntitle: {kk: A, en: A}\nunit: count\ncite: \"@src2023\"\nrows:\n";

    private static string Event(string date, string id = "e1") => $"- id: {id}\n  date: {date}\n  title: {{kk: A, en: A}}\n  cite: \"@src2023\"\n";

    private static string Bomb(string top) =>
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" + top;

    private static string Nested(string open, int depth, string inner, string close) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static string NestedList(int depth) =>
        string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- a\n")) + "\n[@src2023]";

    private static string SiteYml(string languages = "[kk, en]", string sections = "  - id: history\n    title: {kk: Тарихы, en: History}\n", string extra = "") =>
        $"title: {{kk: Т, en: T}}\ndescription: {{kk: С., en: S.}}\nbase_url: https://example.org/khasite/\nrepository: https://github.com/example/khasite\n" +
        $"languages: {languages}\ndefault_language: kk\n{extra}sections:\n{sections}";

    /// <summary>A refused input: what it does to the fixture, then where the error is reported (file under the fixture's root).</summary>
    public sealed record Refused(Action<HostileInputTests> Arrange, string Code, string File, int Line, int Column);

    private static Refused Writes(string file, string text, string code, int line, int column) =>
        new(t => t._site.Write(file, text), code, "input/" + file, line, column);

    private static Refused WritesBytes(string file, byte[] bytes, string code, int line, int column) =>
        new(t => t.WriteBytes(file, bytes), code, "input/" + file, line, column);

    private static Refused Themes(string file, string text, string code, int line, int column) =>
        new(t => File.WriteAllText(Path.Combine(t.Theme, file), text), code, "theme/" + file, line, column);

    private static Refused Links(string file, string target, string code = "KHA0014") =>
        new(t => t.Link("input/" + file, target), code, "input/" + file, 1, 1);

    private static readonly Dictionary<string, Refused> RefusedCases = new(StringComparer.Ordinal)
    {
        // Files that are not what they seem: links, devices, size, encoding.
        ["symlink article to a file outside"] = Links("articles/history/x.kk.md", "/etc/passwd"),
        ["symlink data file to /dev/zero"] = Links("data/timeline.yml", "/dev/zero"),
        ["symlink statistics file to /dev/urandom"] = Links("data/statistics/x.yml", "/dev/urandom"),
        ["symlink folder of articles"] = new(t => t.Link("input/articles/law", "/etc"), "KHA0014", "input/articles/law", 1, 1),
        ["dangling symlink"] = Links("articles/history/y.kk.md", "/nonexistent/target.md"),
        ["symlink sources.yml into the repository"] = Links("data/sources.yml", Path.Combine(RepoPaths.Root, "input", "data", "sources.yml")),
        ["symlink in the theme's UI strings"] = new(t => { File.Delete(Path.Combine(t.Theme, "i18n", "en.yml")); File.CreateSymbolicLink(Path.Combine(t.Theme, "i18n", "en.yml"), "/etc/passwd"); },
            "KHA0014", "theme/i18n/en.yml", 1, 1),
        ["symlink theme asset to a secret"] = new(t => File.CreateSymbolicLink(Path.Combine(t.Theme, "assets", "secret.txt"), "/etc/hostname"), "KHA0014", "theme/assets/secret.txt", 1, 1),
        ["article larger than 4 MiB"] = Writes("articles/history/x.kk.md", Article(new string('а', 3 * 1024 * 1024)), "KHA0016", 1, 1),
        ["timeline larger than 4 MiB"] = Writes("data/timeline.yml", "# " + new string('x', 5 * 1024 * 1024) + "\n", "KHA0016", 1, 1),
        ["invalid UTF-8 in an article"] = WritesBytes("articles/history/x.kk.md", [.. "---\ntitle: A\n---\nab"u8, 0xC3, 0x28, .. " [@src2023]\n"u8], "KHA0017", 4, 3),
        ["invalid UTF-8 in YAML"] = WritesBytes("data/timeline.yml", [.. "- id: e1\n  date: 1995\n  title: {kk: "u8, 0xFF, .. ", en: A}\n"u8], "KHA0017", 3, 15),
        ["lone surrogate bytes"] = WritesBytes("articles/history/x.kk.md", [.. "---\ntitle: A\n---\n"u8, 0xED, 0xA0, 0x80, .. "\n"u8], "KHA0017", 4, 1),
        ["overlong UTF-8 slash"] = WritesBytes("data/tags.yml", [.. "- id: a"u8, 0xC0, 0xAF, .. "\n  label: {kk: A, en: A}\n"u8], "KHA0017", 1, 8),

        // Parsers pushed past their bounds.
        ["YAML alias bomb in the timeline"] = Writes("data/timeline.yml", Bomb("e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"), "KHA0018", 2, 8),
        ["YAML alias bomb in front matter"] = Writes("articles/history/x.kk.md", "---\n" + Bomb("title: A\n") + "---\nText [@src2023].\n", "KHA0018", 3, 8),
        ["YAML alias bomb in site.yml"] = Writes("site.yml", Bomb(SiteYml()), "KHA0018", 2, 8),
        ["YAML alias bomb in UI strings"] = Themes("i18n/en.yml", Bomb("x: y\n"), "KHA0018", 2, 8),
        ["YAML alias bomb in sources"] = Writes("data/sources.yml", "- &a\n  id: src2023\n  type: book\n  title: A book\n- *a\n", "KHA0018", 5, 3),
        ["recursive YAML alias"] = Writes("data/tags.yml", "- &a\n  id: a\n  label: {kk: A, en: A}\n  child: *a\n", "KHA0018", 4, 10),
        ["YAML alias in an embed"] = Writes("articles/history/x.kk.md", Article("```timeline\ntags: &t [a]\nmore: *t\n```\n\n[@src2023]"), "KHA0018", 7, 7),
        ["YAML nested 10,000 deep"] = Writes("data/timeline.yml", Nested("[", 10_000, "x", "]") + "\n", "KHA0019", 1, 33),
        ["YAML mappings nested deep"] = Writes("data/tags.yml", Nested("{a: ", 200, "x", "}") + "\n", "KHA0019", 1, 129),
        ["YAML nested deep in front matter"] = Writes("articles/history/x.kk.md", "---\ntitle: A\ninfobox: " + Nested("[", 500, "x", "]") + "\n---\nText [@src2023].\n", "KHA0019", 3, 41),
        ["list nested 128 deep"] = Writes("articles/history/x.kk.md", Article(NestedList(128)), "KHA0020", 5, 1),
        ["quote nested 1,000 deep"] = Writes("articles/history/x.kk.md", Article(new string('>', 1000) + " a [@src2023]"), "KHA0020", 5, 1),
        ["brackets nested 20,000 deep"] = Writes("articles/history/x.kk.md", Article(Nested("[", 20_000, "a", "](x)") + " [@src2023]"), "KHA0020", 5, 1),
        ["10,000 headings of one text"] = Writes("articles/history/x.kk.md", Article(string.Concat(Enumerable.Repeat("## A\n\nText [@src2023].\n\n", 10_000))), "KHA0028", 5, 1),
        ["10,000 setext underlines"] = Writes("articles/history/x.kk.md", Article(string.Concat(Enumerable.Repeat("A [@src2023]\n===\n\n", 10_000))), "KHA0028", 5, 1),
        ["emphasis nested 5,000 deep"] = Writes("articles/history/x.kk.md", Article(Nested("*a ", 5000, "b", " a*") + " [@src2023]"), "KHA0020", 5, 137),

        // Values the later stages cannot format.
        ["event in year 0000"] = Writes("data/timeline.yml", Event("0000"), "KHA0011", 2, 9),
        ["event in year 9999"] = Writes("data/timeline.yml", Event("9999-12-31"), "KHA0011", 2, 9),
        ["event on 30 February"] = Writes("data/timeline.yml", Event("1995-02-30"), "KHA0011", 2, 9),
        ["event in month 13"] = Writes("data/timeline.yml", Event("1995-13"), "KHA0011", 2, 9),
        ["event with a word for a date"] = Writes("data/timeline.yml", Event("yesterday"), "KHA0011", 2, 9),
        ["event with a negative year"] = Writes("data/timeline.yml", Event("-500"), "KHA0011", 2, 9),
        ["event with a time of day"] = Writes("data/timeline.yml", Event("1995-03-01T10:00:00"), "KHA0011", 2, 9),
        ["infobox date in month 0"] = Writes("articles/history/x.kk.md", Article("Text [@src2023].", "infobox:\n  founded: 1995-00-01\n"), "KHA0011", 5, 12),
        ["NaN in a dataset"] = Writes("data/statistics/x.yml", Dataset + "  - {key: a, label: {kk: A, en: A}, value: .nan}\n", "KHA0026", 8, 44),
        ["1e400 in a dataset"] = Writes("data/statistics/x.yml", Dataset + "  - {key: a, label: {kk: A, en: A}, value: 1e400}\n", "KHA0026", 8, 44),
        ["infinity in a series"] = Writes("data/statistics/x.yml", Series + "  - {date: 2020, value: .inf}\n", "KHA0026", 7, 25),
        ["negative infinity in a series"] = Writes("data/statistics/x.yml", Series + "  - {date: 2020, value: -.Inf}\n", "KHA0026", 7, 25),
        ["negative percentage"] = Writes("data/statistics/x.yml", Dataset + "  - {key: a, label: {kk: A, en: A}, value: -5}\n", "KHA0027", 8, 5),
        ["a word for a value"] = Writes("data/statistics/x.yml", Dataset + "  - {key: a, label: {kk: A, en: A}, value: many}\n", "KHA0004", 8, 44),
        ["bibliography month 0"] = Writes("data/sources.yml", Source.Replace("[[2023]]", "[[2023, 0]]", StringComparison.Ordinal), "KHA0305", 4, 25),
        ["bibliography month 13"] = Writes("data/sources.yml", Source.Replace("[[2023]]", "[[2023, 13]]", StringComparison.Ordinal), "KHA0305", 4, 25),
        ["bibliography day 32"] = Writes("data/sources.yml", Source.Replace("[[2023]]", "[[2023, 1, 32]]", StringComparison.Ordinal), "KHA0305", 4, 25),
        ["bibliography year 0"] = Writes("data/sources.yml", Source.Replace("[[2023]]", "[[0]]", StringComparison.Ordinal), "KHA0305", 4, 25),
        ["bibliography year 99999"] = Writes("data/sources.yml", Source.Replace("[[2023]]", "[[99999]]", StringComparison.Ordinal), "KHA0305", 4, 25),

        // site.yml
        ["language listed twice"] = Writes("site.yml", SiteYml("[kk, en, kk]"), "KHA0021", 5, 21),
        ["section listed twice"] = Writes("site.yml", SiteYml(sections: "  - id: history\n    title: {kk: Т, en: H}\n  - id: history\n    title: {kk: Т, en: H}\n"), "KHA0022", 10, 9),
        ["language code ../.."] = Writes("site.yml", SiteYml("[kk, ../..]"), "KHA0023", 5, 17),
        ["language code with a slash"] = Writes("site.yml", SiteYml("[kk, en/x]"), "KHA0023", 5, 17),
        ["language code in capitals"] = Writes("site.yml", SiteYml("[kk, EN]"), "KHA0023", 5, 17),
        ["section id with a path"] = Writes("site.yml", SiteYml(sections: "  - id: ../../x\n    title: {kk: Т, en: H}\n"), "KHA0721", 1, 1),
        ["site.yml is a list"] = Writes("site.yml", "- a\n- b\n", "KHA0004", 1, 1),
        ["site.yml is empty"] = Writes("site.yml", "", "KHA0002", 1, 1),
        ["repository is javascript:"] = Writes("site.yml", SiteYml().Replace("https://github.com/example/khasite", "javascript:alert(1)", StringComparison.Ordinal), "KHA0720", 1, 1),

        // Theme strings (a theme change is untrusted too).
        ["UI string with {1}"] = new(t => t.EditUiString("en", "{0}", "{1}"), "KHA0024", "theme/i18n/en.yml", EditedLine, 0),
        ["UI string with an unclosed brace"] = new(t => t.EditUiString("kk", "{0}", "{0"), "KHA0024", "theme/i18n/kk.yml", EditedLine, 0),
        ["UI string with a format specifier"] = new(t => t.EditUiString("en", "{0}", "{0:D99999}"), "KHA0024", "theme/i18n/en.yml", EditedLine, 0),
        ["UI string missing in one language"] = new(t => t.RemoveUiString("en"), "KHA0008", "theme/i18n/en.yml", 1, 1),

        // Forged diagnostics and broken front matter.
        ["newline in a YAML key"] = Writes("data/tags.yml", "- id: a\n  label: {kk: A, en: A}\n  \"x\\ninput/forged.md(1,1): error KHA0000: forged\": 1\n", "KHA0003", 3, 3),
        ["unclosed front matter"] = Writes("articles/history/x.kk.md", "---\ntitle: A\nsummary: B\n\nText [@src2023].\n", "KHA0025", 1, 1),
        ["front matter without title"] = Writes("articles/history/x.kk.md", "---\nsummary: B\n---\nText [@src2023].\n", "KHA0005", 1, 1),
        ["title as a list"] = Writes("articles/history/x.kk.md", "---\ntitle: [a, b]\n---\nText [@src2023].\n", "KHA0004", 2, 8),
        ["tags as a mapping"] = Writes("articles/history/x.kk.md", "---\ntitle: A\ntags: {a: b}\n---\nText [@src2023].\n", "KHA0004", 3, 7),
        ["column after a tab"] = Writes("articles/history/x.kk.md", "---\ntitle: A\n---\n\tx\n\nText\t[@nosuch].\n", "KHA0103", 6, 7),
        ["unknown front matter field"] = Writes("articles/history/x.kk.md", "---\ntitle: A\nonload: alert(1)\n---\nText [@src2023].\n", "KHA0003", 3, 1),

        // Markup and scripts through other doors.
        ["raw script in Markdown"] = Writes("articles/history/x.kk.md", Article("<script>alert(1)</script>\n\nText [@src2023]."), "KHA0105", 5, 1),
        ["raw inline event handler"] = Writes("articles/history/x.kk.md", Article("Text <img src=x onerror=alert(1)> [@src2023]."), "KHA0105", 5, 6),
        ["raw iframe"] = Writes("articles/history/x.kk.md", Article("<iframe src=\"https://evil.example\"></iframe>\n\n[@src2023]"), "KHA0105", 5, 1),
        ["HTML comment hiding a script"] = Writes("articles/history/x.kk.md", Article("<!-- --><script>alert(1)</script> [@src2023]"), "KHA0105", 5, 1),
        ["chart of a dataset path"] = Writes("articles/history/x.kk.md", Article("```chart\ndataset: ../../etc/passwd\n```\n\nText [@src2023]."), "KHA0503", 6, 10),
        ["timeline embed with a quote in a tag"] = Writes("articles/history/x.kk.md", Article("```timeline\ntags: ['a\" onload=\"x']\n```\n\nText [@src2023]."), "KHA0013", 6, 8),
        ["event linked to an article path"] = Writes("data/timeline.yml", Event("1995") + "  article: ../../../etc/passwd\n", "KHA0403", 5, 12),
        ["link to a file outside the input"] = Writes("articles/history/x.kk.md", Article("[x](../../../../etc/passwd.md) [@src2023]"), "KHA0101", 5, 1),
        ["tag ids differing in case"] = Writes("data/tags.yml", "- id: mediation\n  label: {kk: A, en: A}\n- id: Mediation\n  label: {kk: B, en: B}\n", "KHA0721", 3, 7),
        ["dataset id with a quote"] = Writes("data/statistics/x.yml", Dataset.Replace("id: x", "id: 'x\"><svg onload=alert(1)>'", StringComparison.Ordinal) + "  - {key: a, label: {kk: A, en: A}, value: 100}\n", "KHA0721", 1, 5),
        ["glossary id javascript:"] = Writes("data/glossary.yml", "- id: javascript:alert(1)\n  term: {kk: A, en: A}\n  definition: {kk: A, en: A}\n  cite: \"@src2023\"\n", "KHA0721", 1, 7),
        ["DOI smuggling a scheme"] = Writes("data/sources.yml", Source + "  DOI: \"x\\\" onmouseover=\\\"alert(1)\"\n  URL: \"vbscript:msgbox(1)\"\n", "KHA0720", 1, 3),
    };

    public static TheoryData<string> RefusedNames => [.. RefusedCases.Keys];

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public async Task Each_refused_input_is_a_diagnostic_at_its_place_and_changes_nothing(string name)
    {
        var hostile = RefusedCases[name];
        Assert.Equal(0, await RunAsync("build"));
        var before = SiteBuildTests.Snapshot(_site.Output);
        var beside = EverythingBesideTheOutput();

        hostile.Arrange(this);
        var (exit, printed) = await BadInputTests.CaptureAsync(() => RunAsync("build"));
        var (checkExit, checkPrinted) = await BadInputTests.CaptureAsync(() => RunAsync("check"));

        var expected = hostile.Line == EditedLine
            ? $"{hostile.File}({_editedLine}," // the line of the theme's text that was changed, at the value
            : $"{hostile.File}({hostile.Line},{hostile.Column}): error {hostile.Code}: ";
        foreach (var (what, code, text) in new[] { ("build", exit, printed), ("check", checkExit, checkPrinted) })
        {
            Assert.True(code == 1, $"{what} exited {code}:\n{text}");
            Assert.True(text.Split('\n').Any(l => l.Contains(expected, StringComparison.Ordinal) && l.Contains($"error {hostile.Code}: ", StringComparison.Ordinal)),
                $"{what}: expected '{expected}' with {hostile.Code} in:\n{Shorten(text)}");
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("KHA9999", text, StringComparison.Ordinal);
            // A line break inside a key or value must not start a line of its own that an editor reads as a diagnostic.
            Assert.DoesNotContain(text.Split('\n'), l => l.StartsWith("input/forged", StringComparison.Ordinal));
        }
        var after = SiteBuildTests.Snapshot(_site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before) Assert.True(bytes.SequenceEqual(after[path]), $"{path} changed after a failed build");
        Assert.Empty(EverythingBesideTheOutput().Except(beside));
    }

    /// <summary>Allowed input that carries markup or script-like text: it is built, and every byte of it is encoded.</summary>
    private static readonly Dictionary<string, Action<HostileInputTests>> AllowedCases = new(StringComparer.Ordinal)
    {
        ["script in a title"] = t => t._site.Write("articles/history/x.kk.md", "---\ntitle: \"<script>alert(1)</script>\"\nsummary: \"\\\"><img src=x onerror=alert(1)>\"\n---\nText [@src2023].\n"),
        ["script in inline code"] = t => t._site.Write("articles/history/x.kk.md", Article("`<script>alert(1)</script>` and `\" onmouseover=\"x` [@src2023].")),
        ["code block named script"] = t => t._site.Write("articles/history/x.kk.md", Article("```script\nalert(1)</code></pre><script>alert(2)</script>\n```\n\nText [@src2023].")),
        ["script in a code block"] = t => t._site.Write("articles/history/x.kk.md", Article("```\n<script>alert(1)</script>\n```\n\nText [@src2023].")),
        ["quote in a link title"] = t => t._site.Write("articles/history/x.kk.md", Article("[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\") [@src2023].")),
        ["quote in an image alt"] = t =>
        {
            Directory.CreateDirectory(Path.Combine(t._site.Input, "media"));
            File.WriteAllBytes(Path.Combine(t._site.Input, "media", "x.png"), TestImages.Png(4, 4));
            t._site.Write("articles/history/x.kk.md", Article("![a\" onerror=\"alert(1)](../../media/x.png)\n\nText [@src2023]."));
        },
        ["entities spelling a tag"] = t => t._site.Write("articles/history/x.kk.md", Article("&lt;script&gt;alert(1)&lt;/script&gt; &#60;img onerror=x&#62; [@src2023].")),
        ["escaped angle brackets"] = t => t._site.Write("articles/history/x.kk.md", Article("\\<script>alert(1)\\</script> [@src2023].")),
        ["script in a citation locator"] = t => t._site.Write("articles/history/x.kk.md", Article("Text [@src2023, p. <script>alert(1)</script>].")),
        ["script in an infobox"] = t => t._site.Write("articles/history/x.kk.md", Article("Text [@src2023].", "infobox:\n  leader: \"<img src=x onerror=alert(1)>\"\n")),
        ["script in a source title"] = t => t._site.Write("data/sources.yml", Source.Replace("A book", "\"</title><script>alert(1)</script>\"", StringComparison.Ordinal)),
        ["script in an author name"] = t => t._site.Write("data/sources.yml", Source + "  author: [{family: \"<script>x</script>\", given: \"\\\" onload=\\\"x\"}]\n"),
        ["script in a timeline title"] = t => t._site.Write("data/timeline.yml", "- id: e1\n  date: 1995\n  title: {kk: \"<script>alert(1)</script>\", en: \"\\\"><svg onload=alert(1)>\"}\n  cite: \"@src2023\"\n"),
        ["script in a dataset label"] = t => t._site.Write("data/statistics/x.yml", Dataset + "  - {key: a, label: {kk: \"</text></svg><script>alert(1)</script>\", en: \"\\\" onload=\\\"x\"}, value: 100}\n"),
        ["script in a tag label"] = t => t._site.Write("data/tags.yml", "- id: a\n  label: {kk: \"<b onmouseover=x>A</b>\", en: \"A'\\\"><script>x</script>\"}\n"),
        ["script in a glossary definition"] = t => t._site.Write("data/glossary.yml", "- id: g\n  term: {kk: \"<i>A</i>\", en: A}\n  definition: {kk: \"<script>x</script>\", en: \"javascript:alert(1)\"}\n  cite: \"@src2023\"\n"),
        ["script in the site title"] = t => t._site.Write("site.yml", SiteYml().Replace("{kk: Т, en: T}", "{kk: \"</title><script>alert(1)</script>\", en: \"\\\" onload=\\\"x\"}", StringComparison.Ordinal)),
        ["script in a UI string"] = t => t.EditUiString("en", "{0}", "<script>alert(1)</script>{0}"),
        ["JSON breakout in a title"] = t => t._site.Write("articles/history/x.kk.md", "---\ntitle: \"</script><script>alert(1)</script>\\u2028\"\nsummary: \"\\\"}]}</script>\"\n---\nText [@src2023].\n"),
        ["CSV formula in a label"] = t => t._site.Write("data/statistics/x.yml", Dataset + "  - {key: a, label: {kk: \"=HYPERLINK(\\\"http://x\\\")\", en: \"+1,\\\"2\\\"\\n3\"}, value: 100}\n"),
        ["calendar line break in a title"] = t => t._site.Write("data/timeline.yml", "- id: e1\n  date: 1995-03-01\n  title: {kk: \"A\\r\\nBEGIN:VEVENT\", en: \"B\\nEND:VCALENDAR\"}\n  cite: \"@src2023\"\n"),
        ["bidi control characters"] = t => t._site.Write("articles/history/x.kk.md", Article("Text \u202Egnp.exe\u202C and \u200B zero width [@src2023].")),
    };

    public static TheoryData<string> AllowedNames => [.. AllowedCases.Keys];

    [Theory]
    [MemberData(nameof(AllowedNames))]
    public async Task Each_allowed_input_with_markup_is_built_encoded(string name)
    {
        AllowedCases[name](this);
        var (exit, printed) = await BadInputTests.CaptureAsync(() => RunAsync("build"));
        Assert.True(exit == 0, printed);
        var themeScripts = Directory.EnumerateFiles(Path.Combine(Theme, "assets"), "*.js", SearchOption.AllDirectories)
            .Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var themeMarkup = string.Concat(Directory.EnumerateFiles(Path.Combine(Theme, "Components"), "*.razor", SearchOption.AllDirectories).Select(File.ReadAllText));
        var parser = new HtmlParser();
        foreach (var page in Directory.EnumerateFiles(_site.Output, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            foreach (var element in doc.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "poster" or "srcset")
                        Assert.True(UrlPolicy.IsAllowed(attribute.Value), $"{page}: {attribute.Name}={attribute.Value}");
                }
                if (element.LocalName == "script")
                {
                    var src = element.GetAttribute("src");
                    var type = element.GetAttribute("type");
                    var inline = element.TextContent;
                    Assert.True(src is not null && themeScripts.Contains(Path.GetFileName(src.Split('?')[0]))
                        || src is null && inline.Length > 0 && themeMarkup.Contains(inline, StringComparison.Ordinal)
                        || type is "application/ld+json" or "application/json", $"{page}: a script the theme did not ship: {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}");
                    if (type is "application/ld+json" or "application/json")
                        System.Text.Json.JsonDocument.Parse(element.TextContent).Dispose();
                }
                Assert.DoesNotContain(element.LocalName, new[] { "iframe", "object", "embed", "base" }.Where(_ => !page.EndsWith("404.html", StringComparison.Ordinal)));
            }
        }
        foreach (var csv in Directory.EnumerateFiles(_site.Output, "*.csv", SearchOption.AllDirectories))
            foreach (var cell in File.ReadAllText(csv).Split([',', '\n']).Select(c => c.Trim('"')))
                Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _), $"{csv}: a cell a spreadsheet runs as a formula: {cell}");
        foreach (var ics in Directory.EnumerateFiles(_site.Output, "*.ics", SearchOption.AllDirectories))
            Assert.Equal(1, File.ReadAllLines(ics).Count(l => l == "END:VCALENDAR"));
    }

    /// <summary>
    /// The largest inputs the loader accepts, of the kinds that cost most per byte (citations, links, tables, emphasis
    /// 40 deep, timeline events), built in a child process whose GC heap is capped at 4 GiB: the build ends, and no
    /// out-of-memory. (At the 4 MiB cap each, the same files build in about a minute with 2 GB peak memory.)
    /// </summary>
    [Fact]
    public async Task Large_inputs_build_within_a_4_GiB_heap()
    {
        const int Size = 1024 * 1024;
        static string Fill(string unit) => string.Concat(Enumerable.Repeat(unit, Size / Encoding.UTF8.GetByteCount(unit)));
        _site.Write("articles/history/cites.kk.md", Article(Fill("Сөз [@src2023, p. 1]. ")))
            .Write("articles/history/links.kk.md", Article(Fill("[x](founding.kk.md) ") + "[@src2023]"))
            .Write("articles/history/table.kk.md", Article("| a | b | c |\n|---|---|---|\n" + Fill("| a | [@src2023] | c |\n")))
            .Write("articles/history/emphasis.kk.md", Article(Fill(Nested("*a ", 40, "b", " a*") + " [@src2023]\n\n")))
            .Write("data/timeline.yml", string.Concat(Enumerable.Range(0, Size / 90).Select(i => Event("1995-03-01", $"e{i}"))));
        var result = await KhaSiteProcess.RunAsync(_site.Root, new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = "0x100000000" },
            "build", "--input", _site.Input, "--theme", Theme, "--output", _site.Output, "--no-search");
        Assert.True(result.Exit == 0, result.Printed);
        Assert.DoesNotContain("OutOfMemory", result.Printed, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(_site.Output, "kk", "history", "cites", "index.html")).Length > Size);
    }

    [Fact]
    public async Task A_flood_of_one_problem_prints_a_hundred_lines_and_a_count()
    {
        _site.Write("articles/history/x.kk.md", Article(string.Concat(Enumerable.Repeat("[x](nowhere.kk.md) ", 5000)) + "[@src2023]"));
        var (exit, printed) = await BadInputTests.CaptureAsync(() => RunAsync("check"));
        Assert.Equal(1, exit);
        var lines = printed.Split('\n');
        Assert.Equal(Cli.BuildReporter.MaxPerFileAndCode + 1, lines.Count(l => l.Contains("error KHA0101: ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.EndsWith("error KHA0101: 4900 more KHA0101 in this file are not shown", StringComparison.Ordinal));
        Assert.Contains("5000 error(s)", printed, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every refused input is said in Kazakh (<c>--lang kk</c>): each diagnostic comes from the catalog (not an English
    /// sentence from before it), its Kazakh template has every placeholder filled and every phrase translated.
    /// </summary>
    [Fact]
    public async Task Each_refused_input_is_said_in_kazakh()
    {
        var problems = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, hostile) in RefusedCases)
        {
            using var test = new HostileInputTests();
            hostile.Arrange(test);
            var result = await SiteBuilder.BuildAsync(new BuildOptions(test._site.Input, test.Theme, ""), write: false);
            foreach (var d in result.Diagnostics)
            {
                codes.Add(d.Id);
                if (d.Text is not { } text)
                {
                    problems.Add($"{name}: {d.Id} '{d.Message}' is English only");
                    continue;
                }
                var template = DiagnosticCatalog.Template(d.Code, text.Variant, DiagnosticLanguage.Kazakh);
                if (template is null) problems.Add($"{name}: {DiagnosticCatalog.Key(d.Code, text.Variant)} has no Kazakh message");
                else if (DiagnosticCatalog.Placeholders(template).FirstOrDefault(p => text.Value(p, DiagnosticLanguage.Kazakh) is null) is { } unfilled)
                    problems.Add($"{name}: {d.Id} leaves {{{unfilled}}} unfilled");
                foreach (var phrase in text.Arguments.Select(a => a.Value).OfType<Phrase>().Where(p => DiagnosticCatalog.Translation(p, DiagnosticLanguage.Kazakh) is null))
                    problems.Add($"{name}: {d.Id}: the phrase '{phrase.English}' has no Kazakh (phrases: in kk.yml)");
                if (!Unit.DiagnosticCatalogTests.IsKazakh(DiagnosticLanguage.In(d, DiagnosticLanguage.Kazakh).Message))
                    problems.Add($"{name}: {d.Id} prints no Kazakh");
            }
        }
        Assert.Empty(problems);
        Assert.True(codes.Count >= 30, $"the battery reached only {codes.Count} codes");
    }

    [Fact]
    public void The_battery_holds_at_least_a_hundred_cases_with_the_injection_table() =>
        Assert.True(RefusedCases.Count + AllowedCases.Count + InjectionTests.Hostile.Count >= 100, $"{RefusedCases.Count} + {AllowedCases.Count} + {InjectionTests.Hostile.Count}");

    private Task<int> RunAsync(string command) => command == "build"
        ? KhaSiteCommandLine.RunAsync([command, "--input", _site.Input, "--theme", Theme, "--output", _site.Output, "--no-search"])
        : KhaSiteCommandLine.RunAsync([command, "--input", _site.Input, "--theme", Theme]);

    private string[] EverythingBesideTheOutput() =>
        [.. Directory.EnumerateFileSystemEntries(_site.Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(p => !p.StartsWith(_site.Output, StringComparison.Ordinal) && !p.StartsWith(_site.Input, StringComparison.Ordinal) && !p.StartsWith(Theme, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private void WriteBytes(string file, byte[] bytes)
    {
        var path = Path.Combine(_site.Input, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private void Link(string relative, string target)
    {
        var path = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) File.Delete(path);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>In place of a line number: the line of the theme's UI strings that the case changed.</summary>
    private const int EditedLine = -1;

    private int _editedLine;

    private void EditUiString(string lang, string find, string replace)
    {
        var path = Path.Combine(Theme, "i18n", lang + ".yml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.Contains(find, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no UI string with {find} in {path}");
        lines[index] = lines[index].Replace(find, replace, StringComparison.Ordinal);
        _editedLine = index + 1;
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private void RemoveUiString(string lang)
    {
        var path = Path.Combine(Theme, "i18n", lang + ".yml");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith('#') && l.Contains(':', StringComparison.Ordinal));
        File.WriteAllText(path, string.Join('\n', lines.Where((_, i) => i != index)) + "\n");
    }

    private static string Shorten(string text) => text.Length > 3000 ? text[..3000] + "…" : text;
}
