namespace KhaSite.Preview;

/// <summary>
/// Watches folders (the input and the theme) and reports changed files. Editors' scratch files (vim's swap
/// files, emacs locks, backups ending in '~') are not changes to the site and are left out.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string> _changed;

    public SiteWatcher(IEnumerable<string> folders, Action<string> changed)
    {
        _changed = changed;
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct())
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };
            // An overflow loses events: rebuild everything to be sure.
            watcher.Error += (_, _) => _changed(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public static bool IsScratchFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0
            || name.EndsWith('~')
            || name.StartsWith(".#", StringComparison.Ordinal)
            || name is "4913" or ".DS_Store"
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".crswap", StringComparison.OrdinalIgnoreCase);
    }

    private void Report(string path)
    {
        if (!IsScratchFile(path)) _changed(path);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
        _watchers.Clear();
    }
}
