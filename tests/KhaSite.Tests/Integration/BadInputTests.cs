using KhaSite.Cli;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>One fixture per kind of user mistake: the right code at the right place, exit code 1, and the previous output left as it was.</summary>
public class BadInputTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Article("history", "founding", "kk", "Құрылуы", "Мәтін.")
        .Article("history", "founding", "en", "Founding", "Text.");

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, string, int, int> Mistakes => new()
    {
        // name, file under input/, its text, expected line, expected column
        { "KHA0001", "articles/history/bad.kk.md", "---\ntitle: A\nsummary: B\ntags: [a, b\n---\nText.\n", 5, 1 },
        { "KHA0001", "articles/history/bad.kk.md", "---\ntitle: A\nsummary: B\ntags: [a, b\ncategory: x\n---\nText.\n", 4, 1 },
        { "KHA0003", "articles/history/bad.kk.md", "---\ntitle: A\nsumary: B\n---\nText.\n", 3, 1 },
        { "KHA0005", "articles/history/bad.kk.md", "---\nsummary: B\n---\nText.\n", 1, 1 },
        { "KHA0101", "articles/history/bad.kk.md", "---\ntitle: A\n---\nFirst line.\n\nSee [x](../law/missing.kk.md).\n", 6, 5 },
        { "KHA0102", "articles/history/bad.kk.md", "---\ntitle: A\n---\nSee [x](founding.kk.md#no-such-heading).\n", 4, 5 },
        { "KHA0105", "articles/history/bad.kk.md", "---\ntitle: A\n---\nText with <b>bold</b>.\n", 4, 11 },
        { "KHA0007", "articles/law/founding.kk.md", "---\ntitle: A\n---\nText.\n", 1, 1 },
        { "KHA0009", "articles/nosuch/x.kk.md", "---\ntitle: A\n---\nText.\n", 1, 1 },
        { "KHA0006", "articles/history/Bad_Name.kk.md", "---\ntitle: A\n---\nText.\n", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_mistake_gives_its_code_and_position_exit_1_and_leaves_output_untouched(string code, string file, string text, int line, int column)
    {
        Assert.Equal(0, await RunCliAsync("build"));
        var before = SiteBuildTests.Snapshot(_site.Output);

        _site.Write(file, text);
        var (exit, printed) = await CaptureAsync(() => RunCliAsync("build"));

        Assert.Equal(1, exit);
        var expected = $"{file}({line},{column}): error {code}: ";
        Assert.Contains(printed.Split('\n'), l => l.Contains(expected, StringComparison.Ordinal));
        var after = SiteBuildTests.Snapshot(_site.Output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.True(bytes.SequenceEqual(after[path]), $"{path} changed after a failed build");
    }

    [Fact]
    public async Task Check_reports_without_writing()
    {
        _site.Write("articles/history/bad.kk.md", "---\ntitle: A\n---\n<div>raw</div>\n");
        var (exit, printed) = await CaptureAsync(() => RunCliAsync("check"));
        Assert.Equal(1, exit);
        Assert.Contains("error KHA0105", printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public async Task Bad_usage_exits_2()
    {
        var (exit, _) = await CaptureAsync(() => KhaSiteCommandLine.RunAsync(["build", "--no-such-option"]));
        Assert.Equal(2, exit);
        (exit, _) = await CaptureAsync(() => KhaSiteCommandLine.RunAsync(["frobnicate"]));
        Assert.Equal(2, exit);
    }

    private Task<int> RunCliAsync(string command) => command == "build"
        ? KhaSiteCommandLine.RunAsync([command, "--input", _site.Input, "--theme", RepoPaths.Theme, "--output", _site.Output])
        : KhaSiteCommandLine.RunAsync([command, "--input", _site.Input, "--theme", RepoPaths.Theme]);

    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    /// <summary>Runs with the console captured (one at a time: the console is shared by all tests).</summary>
    internal static async Task<(int Exit, string Printed)> CaptureAsync(Func<Task<int>> run)
    {
        await ConsoleLock.WaitAsync();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var writer = new StringWriter();
        try
        {
            Console.SetOut(writer);
            Console.SetError(writer);
            var exit = await run();
            return (exit, writer.ToString().Replace('\\', '/'));
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            ConsoleLock.Release();
        }
    }
}
