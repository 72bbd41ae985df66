using System.Diagnostics;

namespace KhaSite.Write;

/// <summary>
/// Builds the offline search index with Pagefind (npm <c>pagefind</c>, pinned in package.json), one index per
/// <c>&lt;html lang&gt;</c>. It runs as the build's last step, on the published <c>output/</c>, so the index is always
/// the index of the pages beside it. Without Node.js the site is built without search and the build says so.
/// </summary>
public static class SearchIndexer
{
    public sealed record Outcome(bool Indexed, string Message);

    /// <summary>
    /// Makes sure the pinned pagefind is installed (with <c>npm install</c> when it is missing). Null when it is ready,
    /// else why the site is built without a search index. Called before rendering, so the search page knows.
    /// </summary>
    public static string? Prepare(string toolsDir)
    {
        if (File.Exists(PagefindIn(toolsDir))) return null;
        if (!OnPath("node") || !OnPath("npm"))
            return "search: Node.js is not installed, so the site was built without a search index (install Node.js and npm to get search)";
        var install = Run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], toolsDir, TimeSpan.FromMinutes(5));
        return install.ExitCode != 0 || !File.Exists(PagefindIn(toolsDir))
            ? $"search: 'npm install' could not install pagefind ({Last(install.Output)}); the site was built without a search index"
            : null;
    }

    public static Outcome Index(string siteDir, string toolsDir)
    {
        if (Prepare(toolsDir) is { } problem) return new Outcome(false, problem);
        var run = Run(PagefindIn(toolsDir), ["--site", siteDir, "--output-subdir", "pagefind", "--quiet"], toolsDir, TimeSpan.FromMinutes(5));
        return run.ExitCode == 0
            ? new Outcome(true, "search: index built with Pagefind")
            : new Outcome(false, $"search: pagefind failed ({Last(run.Output)}); the site was built without a search index");
    }

    private static string PagefindIn(string toolsDir) => Path.Combine(toolsDir, "node_modules", ".bin", "pagefind");

    /// <summary>The folder with package.json: the repository root above the input folder, or the working directory.</summary>
    public static string FindToolsDir(string inputDir)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(inputDir)); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "package.json"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static (int ExitCode, string Output) Run(string file, string[] args, string workingDir, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "timed out");
            }
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private static string Last(string output) => output.Trim().Split('\n').LastOrDefault()?.Trim() ?? "";
}
