using System.IO.Enumeration;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KhaSite.Load;

/// <summary>
/// A hash of everything a build's output depends on: the generator itself (its module id changes with any change to
/// the code or the embedded default theme), the build's options, <c>SOURCE_DATE_EPOCH</c>, the git commit the input
/// is at (pages carry dates from git), and every entry under the input and theme folders — its path, size,
/// modification time (dates outside git) and contents. Links are hashed as links, never followed. Two builds with
/// the same fingerprint write the same bytes, so the second may keep the first's output (<c>Write/BuildStamp</c>).
/// </summary>
public static class InputFingerprint
{
    public static string Of(string options, params string[] folders) => Of(options, FileHashes.None(), folders);

    /// <param name="hashes">the files' hashes known from earlier builds: a file whose size and time did not change is not read</param>
    public static string Of(string options, FileHashes hashes, params string[] folders) => Of(options, hashes, out _, folders);

    /// <param name="shared">the same hash of everything but the articles' Markdown files: what every page depends on
    /// (the incremental build keys each article's pages by its own files, <c>Render/OutputKeys</c>)</param>
    public static string Of(string options, FileHashes hashes, out string shared, params string[] folders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var sharedHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var article = false;
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(bytes);
            hash.AppendData([0]);
            if (article) return;
            sharedHash.AppendData(bytes);
            sharedHash.AppendData([0]);
        }
        Add("khasite-build-2");
        Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(options);
        Add(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") ?? "");
        foreach (var folder in folders)
        {
            var root = Path.GetFullPath(folder);
            Add(root);
            Add(GitCommit(root));
            if (!Directory.Exists(root)) continue;
            var entries = Entries(root).ToArray();
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var entry in entries)
            {
                var relative = Path.GetRelativePath(root, entry.Path);
                article = !entry.Directory && IsArticle(relative);
                Add(relative);
                if (entry.Link && new FileInfo(entry.Path).LinkTarget is { } target) Add("link " + target);
                else if (entry.Directory) Add("folder");
                else
                {
                    Add(entry.Length.ToString(CultureInfo.InvariantCulture) + " " + entry.Modified.ToString(CultureInfo.InvariantCulture));
                    var contents = hashes.Of(entry.Path, entry.Length, entry.Modified);
                    hash.AppendData(contents);
                    if (!article) sharedHash.AppendData(contents);
                }
            }
            article = false;
        }
        shared = Convert.ToHexStringLower(sharedHash.GetHashAndReset());
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsArticle(string relative) =>
        relative.StartsWith("articles" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && relative.EndsWith(".md", StringComparison.Ordinal);

    // A class, not a struct: the framework's generic code (the walk, the sort) is precompiled for reference types only.
    private sealed record Entry(string Path, bool Directory, bool Link, long Length, long Modified);

    /// <summary>Every file, folder and link under the root, from one walk; links are listed, never entered.</summary>
    private static FileSystemEnumerable<Entry> Entries(string root) =>
        new(root, (ref FileSystemEntry e) => new Entry(e.ToFullPath(), e.IsDirectory, e.Attributes.HasFlag(FileAttributes.ReparsePoint),
                e.IsDirectory ? 0 : e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.Attributes.HasFlag(FileAttributes.ReparsePoint),
        };

    /// <summary>The commit the folder's repository is at, or "" outside git.</summary>
    private static string GitCommit(string folder)
    {
        if (GitHead.Read(folder) is { } head) return head;
        var commit = Git.Run(folder, TimeSpan.FromSeconds(10), out var timedOut, "rev-parse", "HEAD");
        // Without an answer the dates may differ next time: a fingerprint that matches nothing.
        return timedOut ? Guid.NewGuid().ToString() : commit?.Trim() ?? "";
    }
}
