using System.Globalization;
using KhaSite.Cli;
using KhaSite.Diagnostics;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Contributors;

/// <summary><c>check --format github</c>: one GitHub Actions annotation per diagnostic, at its file, line and column.</summary>
public sealed class CheckFormatTests : IDisposable
{
    private readonly FixtureSite _site = Contributor.Site();

    public void Dispose() => _site.Dispose();

    private Task<(int Exit, string Printed)> CheckAsync(params string[] extra) =>
        Contributor.CliAsync(["check", "--input", _site.Input, "--theme", RepoPaths.Theme, .. extra]);

    public static TheoryData<string, string, string> Broken => new()
    {
        // file under input/, its text, the annotation expected (file is prefixed with the fixture's path)
        { "articles/history/bad.kk.md", "---\ntitle: A\nsummary: B\ntags: [a, b\n---\nText [@abdraimov2023].\n", "::error file={0},line=5,col=1,title=KHA0001::" },
        { "articles/history/bad.kk.md", "---\ntitle: A\nsumary: B\n---\nText [@abdraimov2023].\n", "::error file={0},line=3,col=1,title=KHA0003::unknown field 'sumary' in front matter; did you mean 'summary'?" },
        { "articles/history/bad.kk.md", "---\ntitle: A\n---\nSee [x](../law/missing.kk.md) [@abdraimov2023].\n", "::error file={0},line=4,col=5,title=KHA0101::" },
        { "articles/history/bad.kk.md", "---\ntitle: A\n---\nText [@abdraimov2032].\n", "::error file={0},line=4,col=7,title=KHA0103::unknown citation key 'abdraimov2032'; did you mean 'abdraimov2023'?" },
        { "articles/history/bad.kk.md", "---\ntitle: A\n---\nText without a citation.\n", "::warning file={0},line=4,col=1,title=KHA0601::" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Broken_fixtures_print_annotations_at_the_right_place(string file, string text, string expected)
    {
        _site.Write(file, text);
        var (exit, printed) = await CheckAsync("--format", "github");

        var path = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_site.Input, file));
        var shown = (path.StartsWith("..", StringComparison.Ordinal) ? Path.Combine(_site.Input, file) : path).Replace('\\', '/');
        var annotation = string.Format(CultureInfo.InvariantCulture, expected, GitHubAnnotation.Property(shown));
        Assert.Equal(expected.StartsWith("::error", StringComparison.Ordinal) ? 1 : 0, exit);
        var lines = printed.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Contains(lines, l => l.StartsWith(annotation, StringComparison.Ordinal));
        // Every diagnostic line is an annotation; nothing in the compiler format is mixed in.
        Assert.DoesNotContain(lines, l => l.Contains("): error KHA", StringComparison.Ordinal) || l.Contains("): warning KHA", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task The_default_format_is_the_compiler_convention()
    {
        _site.Write("articles/history/bad.kk.md", "---\ntitle: A\n---\nText [@abdraimov2032].\n");
        var (exit, printed) = await CheckAsync();
        Assert.Equal(1, exit);
        Assert.Contains("articles/history/bad.kk.md(4,7): error KHA0103: unknown citation key 'abdraimov2032'", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("::error", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotations_are_in_the_sites_original_language_with_a_link_to_the_code()
    {
        _site.Write("articles/history/bad.kk.md", "---\ntitle: A\n---\nText [@abdraimov2032].\n");
        var (exit, printed) = await CheckAsync("--format", "github", "--lang", "site");
        Assert.Equal(1, exit);
        var line = Assert.Single(printed.Split('\n'), l => l.Contains("title=KHA0103::", StringComparison.Ordinal));
        Assert.EndsWith("title=KHA0103::белгісіз 'abdraimov2032' сілтеме кілті; 'abdraimov2023' деп жазғыңыз келді ме? · " +
            "https://github.com/example/khasite/blob/main/docs/diagnostics.md#kha0103--unknown-citation-key--белгісіз-сілтеме-кілті", line.TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_of_an_annotation_is_the_anchor_github_gives_the_codes_heading()
    {
        var doc = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        foreach (var code in DiagnosticCode.All)
        {
            var heading = Assert.Single(doc, l => l.StartsWith($"### {code.Id} ", StringComparison.Ordinal));
            Assert.EndsWith("#" + GitHubAnnotation.Anchor(heading[4..]), GitHubAnnotation.DocsLink("https://github.com/o/r", "main", code), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_clean_site_prints_no_annotation_and_exits_0()
    {
        var (exit, printed) = await CheckAsync("--format", "github");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("::", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_usage()
    {
        var (exit, _) = await CheckAsync("--format", "gitlab");
        Assert.Equal(2, exit);
    }

    [Fact]
    public void Annotation_values_are_escaped_like_the_actions_toolkit_does()
    {
        var d = new Diagnostic(DiagnosticCode.PartsDoNotAddUp, new SourceLocation("input/data/a,b:c.yml", 3, 7), "parts add up to 99.9%\nnot 100%");
        // A line break in a message is escaped by Diagnostic itself (it cannot forge a second line), then '%' by the annotation.
        Assert.Equal("::warning file=input/data/a%2Cb%3Ac.yml,line=3,col=7,title=KHA0502::parts add up to 99.9%25\\nnot 100%25", GitHubAnnotation.Format(d));
    }
}
