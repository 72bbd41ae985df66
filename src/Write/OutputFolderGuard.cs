namespace KhaSite.Write;

/// <summary>
/// Decides, before a build touches anything, whether a folder may become the output: a build deletes whatever in the
/// output it did not make, so the output must not be (or contain) the input, the theme, the repository, the current
/// folder, the home folder or <c>/</c>, must not lie inside the input or the theme, and when it already exists with
/// files in it, it must carry the marker every build writes (<see cref="Marker"/>) unless forced.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The file every build writes at the top of the output: the folder is KhaSite's to replace.</summary>
    public const string Marker = ".khasite-output";

    public static readonly byte[] MarkerContent = "This folder is written by KhaSite (build). Each build replaces everything in it.\n"u8.ToArray();

    /// <summary>
    /// <c>~</c> and <c>~/…</c> as the home folder, as a shell would have expanded them: a <c>~</c> that reaches the
    /// program unexpanded (<c>--output=~</c>) means the home folder too, and is then refused, not made as a folder.
    /// </summary>
    public static string ExpandHome(string path)
    {
        if (path != "~" && !path.StartsWith("~/", StringComparison.Ordinal)) return path;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? path : Path.Join(home, path[1..]);
    }

    /// <summary>Throws <see cref="OutputFolderException"/> naming why <paramref name="outputDir"/> is refused.</summary>
    public static void EnsureSafe(string outputDir, string inputDir, string themeDir, bool force = false)
    {
        if (string.IsNullOrWhiteSpace(outputDir)) throw new OutputFolderException("the output folder is empty");
        var output = RealPath(outputDir);
        var shown = outputDir;

        if (string.Equals(output, Path.GetPathRoot(output), StringComparison.Ordinal))
            throw Refused(shown, "it is the root of the file system");
        foreach (var (what, dir) in Protected(inputDir, themeDir))
        {
            if (IsSameOrInside(dir, output))
                throw Refused(shown, dir == output ? $"it is {what} ({dir})" : $"it contains {what} ({dir})");
        }
        foreach (var (what, dir) in new[] { ("the input folder", RealPath(inputDir)), ("the theme folder", RealPath(themeDir)) })
        {
            if (IsSameOrInside(output, dir)) throw Refused(shown, $"it lies inside {what} ({dir})");
        }

        if (File.Exists(output)) throw new OutputFolderException($"the output '{shown}' is a file, not a folder");
        for (var above = Path.GetDirectoryName(output); above is not null && !Directory.Exists(above); above = Path.GetDirectoryName(above))
        {
            if (File.Exists(above)) throw new OutputFolderException($"the output '{shown}' cannot be made: '{above}' is a file, not a folder");
        }
        if (Directory.Exists(output) && !force && !File.Exists(Path.Combine(output, Marker)) && Directory.EnumerateFileSystemEntries(output).Any())
            throw new OutputFolderException(
                $"the output folder '{shown}' holds files KhaSite did not write (it has no {Marker} marker); a build would delete them. " +
                "Choose an empty or new folder, delete it, or pass --force");
    }

    /// <summary>The folders an output must never be or contain, named for the message.</summary>
    private static IEnumerable<(string What, string Dir)> Protected(string inputDir, string themeDir)
    {
        yield return ("the input folder", RealPath(inputDir));
        yield return ("the theme folder", RealPath(themeDir));
        var current = RealPath(Directory.GetCurrentDirectory());
        yield return ("the current folder", current);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0) yield return ("the home folder", RealPath(home));
        foreach (var start in new[] { RealPath(inputDir), current })
        {
            if (RepositoryAbove(start, ".git") is { } git) yield return ("the repository (it has .git)", git);
            if (RepositoryAbove(start, "KhaSite.csproj") is { } project) yield return ("the KhaSite project folder", project);
        }
    }

    private static string? RepositoryAbove(string start, string marker)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, marker);
            if (Directory.Exists(path) || File.Exists(path)) return dir.FullName.TrimEnd(Path.DirectorySeparatorChar) is { Length: > 0 } d ? d : dir.FullName;
        }
        return null;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real, full paths).</summary>
    internal static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(path, folder, comparison)) return true;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    /// <summary>The full path with every existing symbolic link along it resolved, without a trailing separator.</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            resolved = Path.Combine(resolved, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
                if (!info.Exists || info.LinkTarget is not { } target) break;
                resolved = Path.GetFullPath(target, Path.GetDirectoryName(resolved) ?? root);
            }
        }
        return resolved.Length > root.Length ? resolved.TrimEnd(Path.DirectorySeparatorChar) : resolved;
    }

    private static OutputFolderException Refused(string output, string why) =>
        new($"refusing to build into '{output}': {why}; a build replaces everything in its output folder");
}
