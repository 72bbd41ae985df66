using System.Diagnostics;
using KhaSite.Cli;
using KhaSite.Tests.Integration;
using KhaSite.Tests.Support;
using Microsoft.Playwright;

namespace KhaSite.Tests.Contributors;

/// <summary>
/// A browser test: needs Debian's Chromium (<c>/usr/bin/chromium</c>, or <c>KHASITE_CHROMIUM</c>). Skipped with the
/// reason where it is missing, unless <c>CI</c> or <c>KHASITE_REQUIRE_ALL</c> is set: then it runs and fails.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.Path) && !Chromium.RequireAll)
            Skip = $"Skipped: Chromium is not installed at {Chromium.Path} (apt-get install chromium). Set KHASITE_REQUIRE_ALL=1 or CI=true to make this a failure.";
    }
}

public static class Chromium
{
    public static string Path { get; } = Environment.GetEnvironmentVariable("KHASITE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static bool RequireAll => IsSet("KHASITE_REQUIRE_ALL") || IsSet("CI");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Path))
            throw new InvalidOperationException($"Chromium is not installed at {Path}, and CI or KHASITE_REQUIRE_ALL is set: this is a failure, not a skip.");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true, Args = Args });
        return (playwright, browser);
    }

    private static bool IsSet(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The fixture content the contributor tests share, and helpers to run the CLI and git.</summary>
public static class Contributor
{
    public const string Sources = """
        - id: abdraimov2023
          type: article-journal
          title: Қазақстан халқы Ассамблеясы
          author: [{family: Абдраимов, given: Б.}]
          container-title: Хабаршы
          issued: {date-parts: [[2023]]}
        """;

    public const string Categories = """
        - id: event
          label: {kk: Оқиға, en: Event}
        - id: topic
          label: {kk: Тақырып, en: Topic}
        """;

    /// <summary>A fixture site with one article pair in history and a bibliography, building without warnings.</summary>
    public static FixtureSite Site() => new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Write("data/categories.yml", Categories)
        .Article("history", "founding", "kk", "Құрылуы", "Ассамблея 1995 жылы құрылды [@abdraimov2023].", "category: event\n")
        .Article("history", "founding", "en", "Founding", "The Assembly was founded in 1995 [@abdraimov2023].", "category: event\n");

    /// <summary>Runs the command line in-process with the console captured (one at a time).</summary>
    public static Task<(int Exit, string Printed)> CliAsync(params string[] args) =>
        BadInputTests.CaptureAsync(() => KhaSiteCommandLine.RunAsync(args));

    /// <summary>Runs git in <paramref name="dir"/> with a fixed author and dates; throws when it fails.</summary>
    public static string Git(string dir, string date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main" }.Concat(args))
            start.ArgumentList.Add(arg);
        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
