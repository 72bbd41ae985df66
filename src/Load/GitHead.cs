namespace KhaSite.Load;

/// <summary>
/// The commit a folder's repository is at, read from <c>.git</c> the way git resolves <c>HEAD</c> (a detached commit, a
/// loose ref, or <c>packed-refs</c>; a linked worktree's <c>.git</c> file and <c>commondir</c>), without starting git:
/// a no-change build asks before anything else, and a process costs it tens of milliseconds. Null whenever the answer
/// is not plain (a reftable repository, a symbolic ref that points at a symbolic ref, <c>GIT_DIR</c> set): the caller
/// asks git then.
/// </summary>
public static class GitHead
{
    public static string? Read(string folder)
    {
        if (new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES" }.Any(v => Environment.GetEnvironmentVariable(v) is not null)) return null;
        try
        {
            var gitDir = GitDirAbove(Path.GetFullPath(folder));
            if (gitDir is null) return null;
            var commonDir = File.Exists(Path.Combine(gitDir, "commondir"))
                ? Path.GetFullPath(File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim(), gitDir)
                : gitDir;
            if (Directory.Exists(Path.Combine(commonDir, "reftable"))) return null;
            var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
            if (!head.StartsWith("ref: ", StringComparison.Ordinal)) return IsObjectId(head) ? head : null;
            var name = head[5..].Trim();
            if (!name.StartsWith("refs/", StringComparison.Ordinal) || name.Split('/').Any(p => p is "" or "." or "..")) return null;
            // Per-worktree refs live in the worktree's own folder; branches in the common one.
            foreach (var dir in gitDir == commonDir ? [gitDir] : new[] { gitDir, commonDir })
            {
                var loose = Path.Combine(dir, name);
                if (File.Exists(loose)) return File.ReadAllText(loose).Trim() is var id && IsObjectId(id) ? id : null;
            }
            var packed = Path.Combine(commonDir, "packed-refs");
            if (!File.Exists(packed)) return null;
            foreach (var line in File.ReadLines(packed))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && line.AsSpan(space + 1).SequenceEqual(name) && IsObjectId(line[..space])) return line[..space];
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The repository's git folder for <paramref name="start"/>: <c>.git</c> above it, or where a <c>.git</c> file points.</summary>
    private static string? GitDirAbove(string start)
    {
        for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var git = Path.Combine(dir, ".git");
            if (Directory.Exists(git)) return git;
            if (!File.Exists(git)) continue;
            var text = File.ReadAllText(git).Trim();
            return text.StartsWith("gitdir: ", StringComparison.Ordinal) ? Path.GetFullPath(text[8..].Trim(), dir) : null;
        }
        return null;
    }

    private static bool IsObjectId(string text) =>
        text.Length is 40 or 64 && text.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
