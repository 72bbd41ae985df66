using System.Collections.Concurrent;

namespace KhaSite.Write;

/// <summary>
/// The Write stage: a staging folder beside <c>output/</c> that the renderer writes each file into as soon as it is
/// rendered (so the site is never held in memory), published by <see cref="Publish"/> only when every file was
/// written; a failed or cancelled build leaves <c>output/</c> as it was. Disposing it unpublished deletes it.
/// Writing is thread-safe.
/// </summary>
/// <remarks>
/// The first build swaps the staging folder in. A rebuild into an existing <c>output/</c> stages only the files whose
/// bytes changed (<see cref="ChangedFileStream"/>), then moves them in and deletes the files this build did not
/// make: a rebuild with nothing changed writes nothing. Each move is atomic; a reader of <c>output/</c> during the
/// moves may see some pages new and some old.
/// </remarks>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly bool _update;
    private readonly ConcurrentDictionary<string, DirectoryInfo> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _made = new(StringComparer.Ordinal);
    private bool _published;

    public StagingFolder(string outputDir)
    {
        _target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _target + ".staging";
        _update = Directory.Exists(_target);
        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    public int FilesWritten => _made.Count;

    /// <summary>Creates the file at <paramref name="path"/> (inside the site, forward slashes) for writing.</summary>
    public Stream Create(string path)
    {
        _made.TryAdd(path, true);
        var previous = Path.Combine(_target, path);
        return _update && File.Exists(previous) ? new ChangedFileStream(previous, () => CreateStaged(path)) : CreateStaged(path);
    }

    private FileStream CreateStaged(string path)
    {
        var full = Path.Combine(_staging, path);
        var folder = Path.GetDirectoryName(full)!;
        // GetOrAdd: a worker that finds the folder listed knows it was created (TryAdd-then-create would let a
        // second worker write before the first had created it).
        _folders.GetOrAdd(folder, Directory.CreateDirectory);
        return new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);
    }

    public void Write(OutputFile file)
    {
        using var stream = Create(file.Path);
        stream.Write(file.Content);
    }

    /// <summary>Makes the staged site <c>output/</c>; then <paramref name="finish"/> works on the whole site (the search index).</summary>
    public void Publish(Action<string>? finish = null)
    {
        if (_update) MoveChangedFilesIn();
        else Directory.Move(_staging, _target);
        _published = true;
        DeleteIfPresent(_staging);
        finish?.Invoke(_target);
    }

    private void MoveChangedFilesIn()
    {
        foreach (var staged in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_target, Path.GetRelativePath(_staging, staged));
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(staged, target, overwrite: true);
        }
        foreach (var file in Directory.GetFiles(_target, "*", SearchOption.AllDirectories))
            if (!_made.ContainsKey(Path.GetRelativePath(_target, file).Replace('\\', '/'))) File.Delete(file);
        DeleteEmptyFolders(_target);
    }

    private static void DeleteEmptyFolders(string dir)
    {
        foreach (var sub in Directory.GetDirectories(dir))
        {
            DeleteEmptyFolders(sub);
            if (!Directory.EnumerateFileSystemEntries(sub).Any()) Directory.Delete(sub);
        }
    }

    public void Dispose()
    {
        if (!_published) DeleteIfPresent(_staging);
    }

    /// <summary>Deletes a site folder, its subfolders in parallel (a site has thousands of small files).</summary>
    private static void DeleteIfPresent(string dir)
    {
        if (!Directory.Exists(dir)) return;
        Parallel.ForEach(Directory.GetDirectories(dir), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(dir, recursive: true);
    }
}
