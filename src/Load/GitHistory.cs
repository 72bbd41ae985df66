using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KhaSite.Load;

/// <summary>
/// When each file of a folder last changed according to git: the committer date of the newest commit that
/// touched it. One <c>git log</c> call reads the whole folder's history. The dates depend only on the commits,
/// so two builds of the same commit show the same dates; a file git does not track has no date, and neither
/// does any file when git is not installed or the folder is not in a repository.
/// </summary>
public sealed class GitHistory
{
    private readonly Dictionary<string, DateOnly> _dates;

    private GitHistory(Dictionary<string, DateOnly> dates) => _dates = dates;

    public static GitHistory Empty { get; } = new(new Dictionary<string, DateOnly>(StringComparer.Ordinal));

    public int Count => _dates.Count;

    /// <summary>The date of the last commit that changed the file, or null when git knows nothing of it.</summary>
    public DateOnly? LastChange(string path) =>
        _dates.TryGetValue(Normalize(path), out var date) ? date : null;

    /// <summary>Reads the history of every file under <paramref name="folder"/>; <see cref="Empty"/> when git cannot tell.</summary>
    public static GitHistory Read(string folder, TimeSpan? timeout = null)
    {
        if (!Directory.Exists(folder)) return Empty;
        var root = Path.GetFullPath(folder);
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // %x01 marks the start of a commit; --relative prints the paths relative to the folder (and only those in it).
        foreach (var arg in new[] { "-c", "core.quotePath=false", "log", "--format=%x01%cs", "--name-only", "--no-renames", "--relative", "--", "." })
            start.ArgumentList.Add(arg);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["LC_ALL"] = "C";

        try
        {
            using var git = Process.Start(start);
            if (git is null) return Empty;
            git.StandardInput.Close();
            var error = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEndAsync();
            if (!git.WaitForExit(timeout ?? TimeSpan.FromSeconds(20)))
            {
                try { git.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                return Empty;
            }
            git.WaitForExit();
            return git.ExitCode == 0 ? Parse(output.Result, root) : Empty;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return Empty; // git is not installed or could not run
        }
    }

    /// <summary>Parses <c>git log --format=%x01%cs --name-only</c>: newest commit first, so a file's first date is its last change.</summary>
    public static GitHistory Parse(string log, string root)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? current = null;
        foreach (var raw in log.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('\u0001'))
            {
                current = DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
                continue;
            }
            if (line.Length == 0 || current is null || line.StartsWith('"')) continue;
            dates.TryAdd(Normalize(Path.Combine(root, line)), current.Value);
        }
        return new GitHistory(dates);
    }

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');
}
