using System.Collections.Concurrent;

namespace KhaSite.Write;

/// <summary>
/// The Write stage: a staging folder beside <c>output/</c> that the renderer writes each file into as soon as it is
/// rendered (so the site is never held in memory), swapped in by <see cref="Publish"/> only when every file was
/// written; readers and the preview never see a half-written site. Disposing it unpublished deletes it.
/// Writing is thread-safe.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, DirectoryInfo> _folders = new(StringComparer.Ordinal);
    private int _files;
    private bool _published;

    public StagingFolder(string outputDir)
    {
        _target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _target + ".staging";
        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    public int FilesWritten => _files;

    /// <summary>Creates the file at <paramref name="path"/> (inside the site, forward slashes) for writing.</summary>
    public Stream Create(string path)
    {
        var full = Path.Combine(_staging, path);
        var folder = Path.GetDirectoryName(full)!;
        // GetOrAdd: a worker that finds the folder listed knows it was created (TryAdd-then-create would let a
        // second worker write before the first had created it).
        _folders.GetOrAdd(folder, Directory.CreateDirectory);
        Interlocked.Increment(ref _files);
        return new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);
    }

    public void Write(OutputFile file)
    {
        using var stream = Create(file.Path);
        stream.Write(file.Content);
    }

    /// <summary>Swaps the staging folder in as <c>output/</c>, after <paramref name="finish"/> has worked on it (the search index).</summary>
    public void Publish(Action<string>? finish = null)
    {
        finish?.Invoke(_staging);
        var previous = _target + ".previous";
        DeleteIfPresent(previous);
        if (Directory.Exists(_target)) Directory.Move(_target, previous);
        try
        {
            Directory.Move(_staging, _target);
        }
        catch
        {
            if (!Directory.Exists(_target) && Directory.Exists(previous)) Directory.Move(previous, _target);
            throw;
        }
        _published = true;
        DeleteIfPresent(previous);
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
