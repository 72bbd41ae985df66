using System.Diagnostics;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Hostile;

/// <summary>Runs the built generator (<c>dotnet KhaSite.dll</c>) in a child process with a chosen environment.</summary>
public static class KhaSiteProcess
{
    public static string Dll { get; } = typeof(SiteBuilder).Assembly.Location;

    public sealed record Result(int Exit, string StdOut, string StdErr)
    {
        public string Printed => StdOut + StdErr;
    }

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY", "LC_MESSAGES", "LC_TIME", "LC_NUMERIC" })
            start.Environment.Remove(name);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"khasite {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Every file under <paramref name="root"/> by relative path, with its bytes, and every folder (its path ending in a slash, no bytes).</summary>
    public static SortedDictionary<string, byte[]> Tree(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!Directory.Exists(root)) return files;
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(root, dir).Replace('\\', '/') + "/"] = [];
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        return files;
    }

    /// <summary>The paths that differ between two trees (missing on either side or different bytes); empty when equal.</summary>
    public static List<string> Differences(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual) =>
        expected.Keys.Union(actual.Keys, StringComparer.Ordinal)
            .Where(path => !expected.TryGetValue(path, out var a) || !actual.TryGetValue(path, out var b) || !a.AsSpan().SequenceEqual(b))
            .Order(StringComparer.Ordinal).ToList();

    public static string RepoRoot => RepoPaths.Root;
}
