using System.Globalization;

namespace KhaSite.Load;

/// <summary>
/// The dates the machine-readable outputs carry (sitemap <c>lastmod</c>, feed <c>updated</c>, JSON-LD, iCalendar
/// <c>DTSTAMP</c>), decided in one place so that a rebuild of the same input gives the same bytes: a file's dates come
/// from git; without history, from the file's modification time (clamped to <c>SOURCE_DATE_EPOCH</c> when set).
/// </summary>
public sealed class InputDates
{
    private readonly GitHistory _history;
    private readonly string _inputDir;
    private readonly string? _sourceDateEpoch;
    private readonly DateTimeOffset? _epoch;
    private readonly Lazy<DateTimeOffset> _newestInput;
    // The modification times the build's input fingerprint found in its walk (null: ask the file system for each).
    private readonly FileHashes? _walked;

    // Every timeline page asks for the newest of all the events' files: each file's time is read once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _modified = new(StringComparer.Ordinal);

    // Files saved since this build read their times (the preview's quick path renders them against this build's model).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _saved = new(StringComparer.Ordinal);

    public InputDates(GitHistory history, string inputDir, string? sourceDateEpoch) : this(history, inputDir, sourceDateEpoch, null)
    {
    }

    private InputDates(GitHistory history, string inputDir, string? sourceDateEpoch, FileHashes? walked)
    {
        (_history, _inputDir, _sourceDateEpoch, _walked) = (history, inputDir, sourceDateEpoch, walked);
        _epoch = long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds() ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        _newestInput = new Lazy<DateTimeOffset>(() => Newest(InputFiles(inputDir)));
    }

    /// <summary>The same dates, with each input file's modification time taken from the walk of the build's input
    /// fingerprint (<paramref name="walked"/>) instead of a stat of the file: at 10,000 pages a build read the times
    /// of 10,000 article files several times over (pages, feeds, keys). The times are those the fingerprint hashed, so
    /// the dates are a clean build's; a path the walk did not hash (a link) is still asked of the file system.</summary>
    public InputDates Knowing(FileHashes walked) => new(_history, _inputDir, _sourceDateEpoch, walked);

    /// <summary>Files saved since the build that made these dates: their times are read from the files again.</summary>
    public void Saved(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _saved[path] = true;
            _modified.TryRemove(path, out _);
        }
    }

    /// <summary>The build's reproducible "now": <c>SOURCE_DATE_EPOCH</c>, else the newest commit, else the newest input file.</summary>
    public DateTimeOffset BuildTime => _epoch ?? _history.Newest ?? _newestInput.Value;

    /// <summary>When the newest of all input files changed: the date of a page made from the whole site.</summary>
    public DateTimeOffset NewestInput => _newestInput.Value;

    /// <summary>When the file last changed: its last commit, or (outside git) its modification time.</summary>
    public DateTimeOffset Changed(string path) => _history.Dates(path)?.Changed ?? Modified(path);

    /// <summary>When the file was first committed; its modification time outside git.</summary>
    public DateTimeOffset Created(string path) => _history.Dates(path)?.Created ?? Modified(path);

    /// <summary>The newest <see cref="Changed"/> of the files; <see cref="NewestInput"/> when none is given.</summary>
    public DateTimeOffset Newest(IEnumerable<string> paths)
    {
        DateTimeOffset? newest = null;
        foreach (var path in paths)
            if ((_history.Dates(path)?.Changed ?? _modified.GetOrAdd(path, Modified)) is var changed && (newest is null || changed > newest)) newest = changed;
        return newest ?? _newestInput.Value;
    }

    private DateTimeOffset Modified(string path)
    {
        var time = !_saved.ContainsKey(path) && _walked?.ModifiedTicks(path) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : Stat(path);
        time = time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
        return _epoch is { } epoch && time > epoch ? epoch : time;
    }

    private static DateTimeOffset Stat(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new DateTimeOffset(file.LastWriteTimeUtc) : DateTimeOffset.UnixEpoch;
    }

    private static IEnumerable<string> InputFiles(string inputDir) =>
        Directory.Exists(inputDir)
            ? Directory.EnumerateFiles(inputDir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden })
            : [];
}
