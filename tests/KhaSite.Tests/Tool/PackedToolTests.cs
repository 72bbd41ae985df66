using System.Diagnostics;
using System.Reflection;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Tool;

/// <summary>
/// The dotnet tool as a user gets it: packed from the generator the tests were built with, installed into a tool
/// folder of its own from that package, then run outside the repository (no theme/ beside the site).
/// </summary>
public sealed class PackedToolTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "khasite-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_packed_tool_inits_a_site_that_builds_and_builds_the_real_input_from_outside()
    {
        var tools = Path.Combine(_root, "tools");
        var khasite = Path.Combine(tools, OperatingSystem.IsWindows() ? "khasite.exe" : "khasite");
        var configuration = typeof(PackedToolTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        await Run(RepoPaths.Root, "dotnet", ["pack", "KhaSite.csproj", "--no-build", "-c", configuration, "-o", Path.Combine(_root, "package"), "-v", "q", "-nologo"]);
        // A package folder of the test's own: a shared one would keep the first KhaSite 0.1.0 it saw and install that
        // stale copy on every later run.
        await Run(_root, "dotnet", ["tool", "install", "KhaSite", "--tool-path", tools, "--add-source", Path.Combine(_root, "package"), "--version", "0.1.0"],
            environment: [("NUGET_PACKAGES", Path.Combine(_root, "nuget-packages"))]);

        var site = Path.Combine(_root, "new-site");
        await Run(_root, khasite, ["init", site]);
        var built = await Run(site, khasite, ["build", "--no-search"]);
        Assert.Contains("0 error(s), 0 warning(s)", built, StringComparison.Ordinal);
        Assert.Contains("Қош келдіңіз", File.ReadAllText(Path.Combine(site, "output", "kk", "overview", "welcome", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "output", "assets", "site.css")), "the default theme's assets come with the tool");

        var again = await Run(_root, khasite, ["init", site], expectedExit: 2);
        Assert.Contains("already exists", again, StringComparison.Ordinal);

        var real = await Run(_root, khasite, ["build", "--input", RepoPaths.Input, "--output", Path.Combine(_root, "real-site"), "--no-search"]);
        Assert.Contains(" 0 error(s)", real, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "real-site", "assets", "site.css")));
    }

    /// <summary>
    /// A clone's way in: the repository's local tool manifest (.config/dotnet-tools.json) names the package version the
    /// generator has, and `dotnet tool restore` then `dotnet khasite build` build the site. The release workflow
    /// publishes that version to nuget.org; here the feed is the freshly packed package.
    /// </summary>
    [Fact]
    public async Task The_tool_manifest_restores_the_packed_tool_and_dotnet_khasite_builds_the_site()
    {
        var manifest = File.ReadAllText(Path.Combine(RepoPaths.Root, ".config", "dotnet-tools.json"));
        var version = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "KhaSite.csproj")), "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.Contains($"\"version\": \"{version}\"", manifest, StringComparison.Ordinal);

        var configuration = typeof(PackedToolTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var package = Path.Combine(_root, "package");
        await Run(RepoPaths.Root, "dotnet", ["pack", "KhaSite.csproj", "--no-build", "-c", configuration, "-o", package, "-v", "q", "-nologo"]);
        var clone = Path.Combine(_root, "clone");
        Directory.CreateDirectory(Path.Combine(clone, ".config"));
        File.Copy(Path.Combine(RepoPaths.Root, ".config", "dotnet-tools.json"), Path.Combine(clone, ".config", "dotnet-tools.json"));
        TestFolders.Copy(RepoPaths.Input, Path.Combine(clone, "input"));
        // The packages and the CLI's tool-resolver cache of this test alone: a cache entry from an earlier run points at
        // a package folder that is gone, and `dotnet khasite` would trust it ("Run dotnet tool restore").
        (string, string)[] isolated = [("NUGET_PACKAGES", Path.Combine(_root, "nuget-packages")), ("DOTNET_CLI_HOME", Path.Combine(_root, "cli-home"))];
        await Run(clone, "dotnet", ["tool", "restore", "--add-source", package], environment: isolated);
        var built = await Run(clone, "dotnet", ["khasite", "build", "--no-search"], environment: isolated);
        Assert.Contains(" 0 error(s)", built, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(clone, "output", "en", "index.html")));
        Assert.True(File.Exists(Path.Combine(clone, "output", "assets", "site.css")), "the default theme comes with the tool");
    }

    private static Task<string> Run(string directory, string program, string[] args, int expectedExit = 0, (string Name, string Value)[]? environment = null) =>
        ProgramRun.Async(directory, program, args, TimeSpan.FromMinutes(3), expectedExit, environment);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
