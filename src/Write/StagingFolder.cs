using System.Collections.Concurrent;

namespace KhaSite.Write;

/// <summary>
/// The Write stage: a staging folder beside <c>output/</c> that the renderer writes each file into as soon as it is
/// rendered (so the site is never held in memory), published by <see cref="Publish"/> only when every file was
/// written; a failed or cancelled build leaves <c>output/</c> as it was. Disposing it unpublished deletes it.
/// Writing is thread-safe. Every path written must resolve inside the site (no rooted path, no <c>..</c>).
/// </summary>
/// <remarks>
/// The first build swaps the staging folder in. A rebuild into an existing <c>output/</c> stages only the files whose
/// bytes changed (<see cref="ChangedFileStream"/>), then moves them in and moves the files this build did not make
/// aside: a rebuild with nothing changed writes nothing. The replaced and removed files wait in
/// <c>output.previous</c> until every move is done; when one fails, the moves are undone and <c>output/</c> is as it
/// was. A build killed during the moves leaves <c>output.previous</c>, which the next build moves back first; a
/// killed build's <c>output.staging</c> (it carries the <see cref="OutputFolderGuard.Marker"/>) is deleted.
/// </remarks>
public sealed class StagingFolder : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _previous;
    private readonly bool _update;
    private readonly ConcurrentDictionary<string, DirectoryInfo> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _made = new(StringComparer.Ordinal);
    private bool _published;

    // What the output held when the build began, when the stamp vouches for it (null: look at the folder itself).
    private readonly OutputListing? _listing;
    private readonly HashSet<string>? _listed;

    // What the publish moved in, moved out and deleted (site paths), from which the new listing is made.
    private readonly List<string> _added = [], _removed = [], _deletedFolders = [];
    private bool _folderReplaced;

    /// <summary>Tests only: called with <c>create:&lt;path&gt;</c> and <c>move:&lt;path&gt;</c> before each step, to inject a failure.</summary>
    internal static readonly AsyncLocal<Action<string>?> FaultInjection = new();

    /// <summary>The folder of <c>output.previous</c> that holds the old site's files (beside its marker, so neither can collide).</summary>
    private const string Aside = "files";

    /// <summary>The folders a build keeps beside <paramref name="outputDir"/> while it writes (none after a build that ended).</summary>
    public static IEnumerable<string> WorkFolders(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        return [target + ".staging", target + ".previous"];
    }

    /// <param name="listing">what the output folder holds, as the previous build's stamp lists it and the build has
    /// just verified (<see cref="OutputListing.StillHolds"/>): the publish then moves aside the files the listing has
    /// and this build did not make without walking the folder, and <see cref="Listing"/> updates the listing</param>
    public StagingFolder(string outputDir, bool force = false, OutputListing? listing = null)
    {
        _target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _target + ".staging";
        _previous = _target + ".previous";
        try
        {
            if (File.Exists(_target)) throw new OutputFolderException($"the output '{outputDir}' is a file, not a folder");
            RestoreInterruptedPublish(force);
            RemoveStaleStaging(force);
            _update = Directory.Exists(_target);
            Directory.CreateDirectory(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"cannot write beside the output folder '{outputDir}' (staging in '{_staging}'): {e.Message}", e);
        }
        if (_update && listing is not null)
        {
            _listing = listing;
            _listed = listing.Files().ToHashSet(StringComparer.Ordinal);
        }
        Write(new OutputFile(OutputFolderGuard.Marker, OutputFolderGuard.MarkerContent));
    }

    /// <summary>What the published output folder holds, for the next build's stamp: the previous listing updated with
    /// what the publish changed when the build had one, else a walk of the folder.</summary>
    public OutputListing Listing()
    {
        if (_published && _listing is not null && !_folderReplaced)
            try { return _listing.After(_target, _added, _removed, _deletedFolders); }
            catch (IOException) { } // changed by hand meanwhile: walk it
        return OutputListing.Take(_target);
    }

    public int FilesWritten => _made.Count;

    /// <summary>Creates the file at <paramref name="path"/> (inside the site, forward slashes) for writing.</summary>
    public Stream Create(string path)
    {
        var staged = Confined(path);
        FaultInjection.Value?.Invoke("create:" + path);
        _made.TryAdd(path, true);
        var previous = Path.Combine(_target, path);
        return _update && File.Exists(previous) ? new ChangedFileStream(previous, () => CreateStaged(staged)) : CreateStaged(staged);
    }

    /// <summary>Keeps the previous output's file at <paramref name="path"/> as this build's (a part whose inputs did not
    /// change); false, and nothing kept, when there is no such file to keep.</summary>
    public bool Keep(string path)
    {
        if (!Has(path)) return false;
        _made.TryAdd(path, true);
        return true;
    }

    /// <summary>Whether the previous output has a file at <paramref name="path"/> that <see cref="Keep"/> could keep.</summary>
    public bool Has(string path)
    {
        // A listed path was found inside the folder by a walk: only another needs the check (12,662 pages kept at 10,000).
        if (_listed is not null && _listed.Contains(path)) return true;
        Confined(path);
        return _listed is null && _update && File.Exists(Path.Combine(_target, path));
    }

    private string Confined(string path) => Inside(_staging, path);

    /// <summary>
    /// The full path of a site path under <paramref name="root"/>; refuses one that is empty, rooted, has an empty,
    /// <c>.</c> or <c>..</c> part, a drive or NUL, or otherwise does not resolve inside the folder. Ids are validated
    /// upstream; this is the last line.
    /// </summary>
    public static string Inside(string root, string path)
    {
        var segments = path.Split('/', '\\');
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains(':', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal)
            || segments.Any(s => s is "" or "." or ".."))
            throw new OutputFolderException($"refused to write '{path}': a path in the site must be relative, with no empty, '.' or '..' part");
        var folder = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var full = Path.GetFullPath(Path.Combine(folder, path));
        if (!OutputFolderGuard.IsSameOrInside(full, folder) || full.Length == folder.Length)
            throw new OutputFolderException($"refused to write '{path}': it does not resolve inside the output folder");
        return full;
    }

    private FileStream CreateStaged(string full)
    {
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
        try
        {
            if (_update) MoveChangedFilesIn();
            else
            {
                FaultInjection.Value?.Invoke("move:");
                Directory.Move(_staging, _target);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"cannot publish into the output folder '{_target}' (it is left as it was): {e.Message}", e);
        }
        _published = true;
        DeleteIfPresent(_staging);
        finish?.Invoke(_target);
    }

    private void MoveChangedFilesIn()
    {
        DeleteIfPresent(_previous);
        // Marked, so that a later build knows a left-over output.previous is its own to put back.
        Directory.CreateDirectory(_previous);
        File.WriteAllBytes(Path.Combine(_previous, OutputFolderGuard.Marker), OutputFolderGuard.MarkerContent);
        var undo = new Stack<Action>();
        try
        {
            foreach (var staged in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories).ToList())
            {
                var relative = Path.GetRelativePath(_staging, staged);
                FaultInjection.Value?.Invoke("move:" + relative.Replace('\\', '/'));
                var target = Path.Combine(_target, relative);
                if (Directory.Exists(target))
                {
                    _folderReplaced = true;
                    MoveAside(target, relative, undo);
                }
                else if (File.Exists(target)) MoveAside(target, relative, undo);
                CreateFolderFor(target, undo);
                File.Move(staged, target);
                undo.Push(() => File.Move(target, staged));
                _added.Add(relative.Replace('\\', '/'));
            }
            // The files of the old site this build did not make: from the listing the build trusted, else a walk.
            var walk = _listed is null || _folderReplaced;
            var old = walk ? Directory.GetFiles(_target, "*", SearchOption.AllDirectories) : _listed!.Select(f => Path.Combine(_target, f));
            foreach (var file in old.ToList())
            {
                var relative = Path.GetRelativePath(_target, file);
                if (_made.ContainsKey(relative.Replace('\\', '/')) || (!walk && !File.Exists(file))) continue;
                FaultInjection.Value?.Invoke("move:" + relative.Replace('\\', '/'));
                MoveAside(file, relative, undo);
                _removed.Add(relative.Replace('\\', '/'));
            }
        }
        catch
        {
            while (undo.TryPop(out var step)) step();
            DeleteIfPresent(_previous);
            throw;
        }
        if (_listed is null || _folderReplaced) DeleteEmptyFolders(_target);
        else DeleteEmptiedFolders();
        DeleteIfPresent(_previous);
    }

    /// <summary>Moves a file (or a folder in the way of a file) of the old site into <c>output.previous</c>, undoably.</summary>
    private void MoveAside(string path, string relative, Stack<Action> undo)
    {
        var aside = Path.Combine(_previous, Aside, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
        if (Directory.Exists(path))
        {
            Directory.Move(path, aside);
            undo.Push(() => Directory.Move(aside, path));
        }
        else
        {
            File.Move(path, aside);
            undo.Push(() => File.Move(aside, path));
        }
    }

    /// <summary>Creates the folders a new file needs; undoing removes the outermost one created.</summary>
    private static void CreateFolderFor(string file, Stack<Action> undo)
    {
        var folder = Path.GetDirectoryName(file)!;
        string? outermost = null;
        for (var dir = folder; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)) outermost = dir;
        if (outermost is null) return;
        Directory.CreateDirectory(folder);
        undo.Push(() => Directory.Delete(outermost, recursive: true));
    }

    /// <summary>A build killed while publishing left the replaced files in <c>output.previous</c> (marked): put them back.</summary>
    private void RestoreInterruptedPublish(bool force)
    {
        if (File.Exists(_previous) && !force)
            throw new OutputFolderException($"'{_previous}' is in the way of the build's folder for replaced files and is a file; remove it or pass --force");
        if (File.Exists(_previous)) File.Delete(_previous);
        if (!Directory.Exists(_previous)) return;
        var marker = Path.Combine(_previous, OutputFolderGuard.Marker);
        if (!File.Exists(marker))
        {
            if (!force && Directory.EnumerateFileSystemEntries(_previous).Any())
                throw new OutputFolderException($"'{_previous}' is in the way of the build's folder for replaced files and holds files KhaSite did not write; remove it or pass --force");
            DeleteIfPresent(_previous);
            return;
        }
        File.Delete(marker);
        if (Directory.Exists(_target))
        {
            var aside = Path.Combine(_previous, Aside);
            var files = Directory.Exists(aside) ? Directory.EnumerateFiles(aside, "*", SearchOption.AllDirectories).ToList() : [];
            foreach (var file in files)
            {
                var target = Path.Combine(_target, Path.GetRelativePath(aside, file));
                if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
            }
        }
        DeleteIfPresent(_previous);
    }

    /// <summary>A killed build's staging folder carries the marker and is deleted; anything else there is not KhaSite's.</summary>
    private void RemoveStaleStaging(bool force)
    {
        if (File.Exists(_staging))
        {
            if (!force) throw new OutputFolderException($"'{_staging}' is in the way of the build's staging folder and is a file; remove it or pass --force");
            File.Delete(_staging);
            return;
        }
        if (!Directory.Exists(_staging)) return;
        if (!force && !File.Exists(Path.Combine(_staging, OutputFolderGuard.Marker)) && Directory.EnumerateFileSystemEntries(_staging).Any())
            throw new OutputFolderException($"'{_staging}' is in the way of the build's staging folder and holds files KhaSite did not write; remove it or pass --force");
        DeleteIfPresent(_staging);
    }

    /// <summary>The folders that held a removed file, and their parents, deleted when empty (deepest first).</summary>
    private void DeleteEmptiedFolders()
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in _removed)
            for (var folder = Path.GetDirectoryName(file); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
                if (!folders.Add(folder)) break;
        foreach (var folder in folders.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
        {
            var full = Path.Combine(_target, folder);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any())
            {
                Directory.Delete(full);
                _deletedFolders.Add(folder.Replace('\\', '/'));
            }
        }
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
