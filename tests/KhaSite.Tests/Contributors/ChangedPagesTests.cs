using System.Diagnostics;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Contributors;

/// <summary>The pull-request summary (.ci/changed-pages.sh): changed, new and removed pages by their addresses.</summary>
public sealed class ChangedPagesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "khasite-changed-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_summary_lists_changed_new_and_removed_pages_by_address_and_counts_other_files()
    {
        var before = Write("base", ("index.html", "root"), ("kk/history/a/index.html", "a"), ("en/old/index.html", "old"), ("assets/site.css", "x"));
        var after = Write("head", ("index.html", "root"), ("kk/history/a/index.html", "a, edited"), ("kk/new/index.html", "new"), ("assets/site.css", "y"));

        var summary = Run(before, after, "https://example.org/khasite/");

        Assert.Contains("1 changed, 1 new, 1 removed; 1 other files", summary, StringComparison.Ordinal);
        Assert.Contains("- [/kk/history/a/](https://example.org/khasite/kk/history/a/)", summary, StringComparison.Ordinal);
        Assert.Contains("- [/kk/new/](https://example.org/khasite/kk/new/)", summary, StringComparison.Ordinal);
        Assert.Contains("- [/en/old/](https://example.org/khasite/en/old/)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("/index.html", summary, StringComparison.Ordinal);
        Assert.Contains("0 changed, 0 new, 0 removed; 0 other files", Run(after, after, ""), StringComparison.Ordinal);
    }

    private string Write(string name, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(_root, name);
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return folder;
    }

    private static string Run(string before, string after, string url)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(RepoPaths.Root, ".ci", "changed-pages.sh"), before, after, url }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        return output;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
