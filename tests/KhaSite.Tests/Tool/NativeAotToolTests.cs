using System.Diagnostics;
using System.Text.Json;
using KhaSite.Tests.Machine;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Tool;

/// <summary>
/// The Native AOT program <c>./khasite</c> compiles into <c>obj/khasite-tool/</c> (docs/performance.md, "Native AOT")
/// builds the same bytes as the generator run in-process: the JSON of the source generator, the Razor pages, the
/// diagnostics' placeholders and the search index all work without reflection. The suite never publishes it (minutes
/// of CPU): the test runs when <c>./khasite</c> has compiled the current source as Native AOT, and is skipped otherwise.
/// </summary>
public sealed class NativeAotToolTests(MachineSite fixture) : IClassFixture<MachineSite>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "khasite-aot-" + Guid.NewGuid().ToString("N"));

    [NativeAotFact]
    public async Task The_native_program_builds_the_same_bytes_as_the_generator_in_process()
    {
        var output = Path.Combine(_root, "out");
        var printed = await Run(NativeAotProgram.Required, ["build", "--no-search", "--input", fixture.Site.Input, "--theme", RepoPaths.Theme, "--output", output]);
        Assert.Contains(" 0 error(s)", printed, StringComparison.Ordinal);
        Assert.Contains("jit: 0 methods", printed, StringComparison.Ordinal);   // nothing compiled at run time
        var expected = Files(fixture.Site.Output);
        Assert.Equal(expected.Keys, Files(output).Keys);
        Assert.All(expected, file => Assert.True(
            File.ReadAllBytes(file.Value).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file.Key))), file.Key + " differs"));
    }

    [NativeAotFact]
    public async Task The_native_program_writes_the_search_index_and_reports_a_mistake_with_its_placeholders()
    {
        var output = Path.Combine(_root, "search");
        await Run(NativeAotProgram.Required, ["build", "--input", fixture.Site.Input, "--theme", RepoPaths.Theme, "--output", output]);
        using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "search", "kk", "meta.json")));
        Assert.StartsWith("{v:n,rules:{", JsonShapeTests.Shape(meta.RootElement), StringComparison.Ordinal);
        var search = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "kk", "search", "index.html")));
        var strings = search.QuerySelector("#search")!.GetAttribute("data-strings")!;
        Assert.StartsWith("{zero_results:s,many_results:s,", JsonShapeTests.ShapeOf(strings), StringComparison.Ordinal);

        var site = new FixtureSite().Article("history", "founding", "kk", "Құрылуы", "Мәтін [@nosuch].\n");
        try
        {
            var printed = await Run(NativeAotProgram.Required, ["check", "--input", site.Input, "--theme", RepoPaths.Theme], expectedExit: 1);
            Assert.Contains("KHA0103", printed, StringComparison.Ordinal);
            Assert.Contains("'nosuch'", printed, StringComparison.Ordinal);   // the placeholder read from an anonymous object
        }
        finally
        {
            site.Dispose();
        }
    }

    private static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => f, StringComparer.Ordinal), StringComparer.Ordinal);

    private static Task<string> Run(string program, string[] args, int expectedExit = 0) =>
        ProgramRun.Async(Path.GetTempPath(), program, args, TimeSpan.FromMinutes(1), expectedExit);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The Native AOT program of the current source, when <c>./khasite</c> has compiled it (<c>KHASITE_WHICH=1</c>).</summary>
internal static class NativeAotProgram
{
    public static string? Path { get; } = Find();

    /// <summary>The program, or a failure saying how to make it (under CI the tests run without it and fail).</summary>
    public static string Required => Path ?? throw new Xunit.Sdk.XunitException(
        "no Native AOT program of this source in obj/khasite-tool/: run ./khasite once with clang installed (.ci/run builds the site with it first)");

    private static string? Find()
    {
        if (OperatingSystem.IsWindows()) return null;
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(System.IO.Path.Combine(RepoPaths.Root, "khasite"));
        start.Environment["KHASITE_WHICH"] = "1";
        using var process = Process.Start(start)!;
        var path = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        // A ReadyToRun publish (KhaSite.dll) is not the native program.
        return process.ExitCode == 0 && !path.EndsWith(".dll", StringComparison.Ordinal) && File.Exists(path) ? path : null;
    }
}

/// <summary>A fact that needs the Native AOT program of the current source; skipped when it is not compiled, except
/// under CI (<see cref="Tools.RequireAll"/>), where <c>.ci/run</c> compiles it through the README's build command.</summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (NativeAotProgram.Path is null && !Tools.RequireAll)
            Skip = "no Native AOT program of this source in obj/khasite-tool/ (run ./khasite once with clang installed)";
    }
}
