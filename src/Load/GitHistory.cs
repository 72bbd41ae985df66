using System.Globalization;

namespace KhaSite.Load;

/// <summary>When git saw a file first (the commit that added it) and last (the newest commit that changed it).</summary>
public sealed record FileDates(DateTimeOffset Created, DateTimeOffset Changed);

/// <summary>
/// When each file of a folder was added and last changed according to git: the committer times of the oldest and
/// newest commits that touched it. One <c>git log</c> call reads the whole folder's history. The dates depend only
/// on the commits, so two builds of the same commit show the same dates; a file git does not track has no date,
/// and neither does any file when git is not installed or the folder is not in a repository.
/// </summary>
public sealed class GitHistory
{
    private readonly Dictionary<string, FileDates> _dates;

    private GitHistory(Dictionary<string, FileDates> dates, DateTimeOffset? newest) => (_dates, Newest) = (dates, newest);

    public static GitHistory Empty { get; } = new(new Dictionary<string, FileDates>(StringComparer.Ordinal), null);

    public int Count => _dates.Count;

    /// <summary>The committer time of the newest commit in the folder's history: the build's reproducible "now".</summary>
    public DateTimeOffset? Newest { get; }

    /// <summary>The date (in the committer's time zone) of the last commit that changed the file, or null when git knows nothing of it.</summary>
    public DateOnly? LastChange(string path) =>
        Dates(path) is { } dates ? DateOnly.FromDateTime(dates.Changed.DateTime) : null;

    /// <summary>When the file was added and last changed, or null when git knows nothing of it.</summary>
    public FileDates? Dates(string path) =>
        _dates.TryGetValue(Normalize(path), out var dates) ? dates : null;

    /// <summary>Reads the history of every file under <paramref name="folder"/>; <see cref="Empty"/> when git cannot tell.</summary>
    public static GitHistory Read(string folder, TimeSpan? timeout = null)
    {
        if (!Directory.Exists(folder)) return Empty;
        var root = Path.GetFullPath(folder);
        // %x01 marks the start of a commit; --relative prints the paths relative to the folder (and only those in it).
        var log = Git.Run(root, timeout ?? TimeSpan.FromSeconds(20),
            "-c", "core.quotePath=false", "log", "--format=%x01%cI", "--name-only", "--no-renames", "--relative", "--", ".");
        return log is null ? Empty : Parse(log, root);
    }

    /// <summary>
    /// Parses <c>git log --format=%x01%cI --name-only</c> (a bare <c>yyyy-MM-dd</c> is read as midnight UTC):
    /// newest commit first, so a file's first date is its last change and its last date the commit that added it.
    /// </summary>
    public static GitHistory Parse(string log, string root)
    {
        var dates = new Dictionary<string, FileDates>(StringComparer.Ordinal);
        DateTimeOffset? current = null, newest = null;
        foreach (var raw in log.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('\u0001'))
            {
                current = ParseTime(line[1..]);
                if (current is { } time && (newest is null || time > newest)) newest = time;
                continue;
            }
            if (line.Length == 0 || current is null || line.StartsWith('"')) continue;
            var file = Normalize(Path.Combine(root, line));
            dates[file] = dates.TryGetValue(file, out var known) ? known with { Created = current.Value } : new FileDates(current.Value, current.Value);
        }
        return new GitHistory(dates, newest);
    }

    private static DateTimeOffset? ParseTime(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');
}
