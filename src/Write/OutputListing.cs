using System.IO.Enumeration;

namespace KhaSite.Write;

/// <summary>
/// What a build left in its output folder: every folder and file under it, with its modification time and a file's
/// size. <see cref="StillHolds"/> tells whether the folder is still exactly so without walking it: a walk opens each
/// of a large site's folders (12,662 at 10,000 pages) and costs more than a stat of each path. A file added or
/// removed by hand changes its folder's time; a file changed, its own size or time. On a file system whose times are
/// whole seconds, a folder changed within two seconds of the listing could keep its time: its entries are counted.
/// </summary>
public sealed class OutputListing
{
    private const string Magic = "khasite-output-listing-1";
    private static readonly long Racy = TimeSpan.FromSeconds(2).Ticks;

    // One entry per folder ("" is the folder itself) and file, in the order of the walk; Length is -1 for a folder.
    private readonly string[] _paths;
    private readonly long[] _lengths;
    private readonly long[] _modified;
    private readonly long _takenAt;

    private OutputListing(string[] paths, long[] lengths, long[] modified, long takenAt) =>
        (_paths, _lengths, _modified, _takenAt) = (paths, lengths, modified, takenAt);

    /// <summary>Lists the folder (empty when it does not exist).</summary>
    public static OutputListing Take(string outputDir)
    {
        var takenAt = DateTime.UtcNow.Ticks;
        if (!Directory.Exists(outputDir)) return new OutputListing([], [], [], takenAt);
        var root = Root(outputDir);
        // Entries of a class, not a struct: the framework's generic walk is precompiled for reference types only.
        var entries = new FileSystemEnumerable<Entry>(root,
            (ref FileSystemEntry e) => new Entry(e.ToFullPath()[root.Length..], e.IsDirectory ? -1 : e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).ToList();
        var paths = new string[entries.Count + 1];
        var lengths = new long[paths.Length];
        var modified = new long[paths.Length];
        (paths[0], lengths[0], modified[0]) = ("", -1, Directory.GetLastWriteTimeUtc(root).Ticks);
        for (var i = 0; i < entries.Count; i++) (paths[i + 1], lengths[i + 1], modified[i + 1]) = (entries[i].Path, entries[i].Length, entries[i].Modified);
        return new OutputListing(paths, lengths, modified, takenAt);
    }

    /// <summary>The files listed, by site path (forward slashes).</summary>
    public IEnumerable<string> Files()
    {
        for (var i = 1; i < _paths.Length; i++)
            if (_lengths[i] >= 0) yield return SitePath(_paths[i]);
    }

    private static string SitePath(string path) => Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');

    private static string LocalPath(string sitePath) => Path.DirectorySeparatorChar == '/' ? sitePath : sitePath.Replace('/', Path.DirectorySeparatorChar);

    /// <summary>
    /// The listing of the folder after a publish that moved <paramref name="added"/> in (new or replaced files),
    /// removed <paramref name="removed"/> and deleted the emptied <paramref name="deletedFolders"/> (site paths), the
    /// folder having been as listed before: only those paths and the folders holding them are looked at again, not
    /// the whole site (a walk of 12,662 folders at 10,000 pages).
    /// </summary>
    public OutputListing After(string outputDir, IReadOnlyCollection<string> added, IReadOnlyCollection<string> removed, IReadOnlyCollection<string> deletedFolders)
    {
        var takenAt = DateTime.UtcNow.Ticks;
        var root = Root(outputDir);
        var gone = removed.Concat(deletedFolders).Select(LocalPath).ToHashSet(StringComparer.Ordinal);
        var restat = added.Select(LocalPath).ToHashSet(StringComparer.Ordinal);
        // Every folder on the way to a path that changed has a new time; "" is the folder itself.
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in restat.Concat(gone))
            for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
                if (!folders.Add(folder)) break;
        var paths = new List<string>(_paths.Length + restat.Count);
        var lengths = new List<long>(paths.Capacity);
        var modified = new List<long>(paths.Capacity);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        void Stat(string path, bool folder)
        {
            FileSystemInfo info = folder ? new DirectoryInfo(root + path) : new FileInfo(root + path);
            if (!info.Exists) throw new IOException($"'{path}' vanished while the output was listed");
            paths.Add(path);
            lengths.Add(folder ? -1 : ((FileInfo)info).Length);
            modified.Add(info.LastWriteTimeUtc.Ticks);
        }
        for (var i = 0; i < _paths.Length; i++)
        {
            var path = _paths[i];
            if (gone.Contains(path)) continue;
            listed.Add(path);
            var folder = _lengths[i] < 0;
            if (folder ? folders.Contains(path) : restat.Contains(path)) Stat(path, folder);
            else
            {
                paths.Add(path);
                lengths.Add(_lengths[i]);
                modified.Add(_modified[i]);
            }
        }
        foreach (var folder in folders.Where(f => !listed.Contains(f) && !gone.Contains(f)).Order(StringComparer.Ordinal)) Stat(folder, true);
        foreach (var file in restat.Where(f => !listed.Contains(f)).Order(StringComparer.Ordinal)) Stat(file, false);
        return new OutputListing([.. paths], [.. lengths], [.. modified], takenAt);
    }

    /// <summary>Whether the folder holds exactly the folders and files listed, each with its listed size and time.</summary>
    public bool StillHolds(string outputDir)
    {
        if (_paths.Length == 0) return !Directory.Exists(outputDir);
        var root = Root(outputDir);
        Dictionary<string, int>? children = null;
        for (var i = 0; i < _paths.Length; i++)
        {
            var path = root + _paths[i];
            FileSystemInfo info = _lengths[i] < 0 ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists || info.LastWriteTimeUtc.Ticks != _modified[i] || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
            if (_lengths[i] >= 0 && ((FileInfo)info).Length != _lengths[i]) return false;
            if (_lengths[i] < 0 && _modified[i] % TimeSpan.TicksPerSecond == 0 && _modified[i] > _takenAt - Racy)
            {
                children ??= CountChildren();
                if (Directory.EnumerateFileSystemEntries(path).Count() != children.GetValueOrDefault(_paths[i])) return false;
            }
        }
        return true;
    }

    private Dictionary<string, int> CountChildren()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in _paths.Skip(1))
        {
            var parent = Path.GetDirectoryName(path) ?? "";
            counts[parent] = counts.GetValueOrDefault(parent) + 1;
        }
        return counts;
    }

    private sealed record Entry(string Path, long Length, long Modified);

    private static string Root(string outputDir) => Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(_takenAt);
        writer.Write(_paths.Length);
        for (var i = 0; i < _paths.Length; i++)
        {
            writer.Write(_paths[i]);
            writer.Write(_lengths[i]);
            writer.Write(_modified[i]);
        }
    }

    public static OutputListing Read(BinaryReader reader)
    {
        if (reader.ReadString() != Magic) throw new InvalidDataException("not an output listing");
        var takenAt = reader.ReadInt64();
        var count = reader.ReadInt32();
        var paths = new string[count];
        var lengths = new long[count];
        var modified = new long[count];
        for (var i = 0; i < count; i++) (paths[i], lengths[i], modified[i]) = (reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
        return new OutputListing(paths, lengths, modified, takenAt);
    }
}
