using System.Diagnostics;
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
    public static string Of(string options, params string[] folders)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }
        Add("khasite-build-1");
        Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(options);
        Add(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") ?? "");
        var buffer = new byte[1 << 16];
        foreach (var folder in folders)
        {
            var root = Path.GetFullPath(folder);
            Add(root);
            Add(GitCommit(root));
            if (!Directory.Exists(root)) continue;
            var entries = Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.ReparsePoint, // not entered; links themselves are listed below
                IgnoreInaccessible = false,
            }).Concat(Links(root)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            foreach (var path in entries)
            {
                var info = new FileInfo(path);
                Add(Path.GetRelativePath(root, path));
                if (info.LinkTarget is { } target) Add("link " + target);
                else if (info.Attributes.HasFlag(FileAttributes.Directory)) Add("folder");
                else
                {
                    Add(info.Length.ToString(CultureInfo.InvariantCulture) + " " + info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                    for (int read; (read = stream.Read(buffer)) > 0;) hash.AppendData(buffer, 0, read);
                }
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> Links(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
            .Where(p => new FileInfo(p).LinkTarget is not null);

    /// <summary>The commit the folder's repository is at (and whether git sees it changed), or "" outside git.</summary>
    private static string GitCommit(string folder)
    {
        if (!Directory.Exists(folder)) return "";
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "rev-parse", "HEAD" }) start.ArgumentList.Add(arg);
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var git = Process.Start(start);
            if (git is null) return "";
            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            // Without an answer the dates may differ next time: a fingerprint that matches nothing.
            if (!git.WaitForExit(TimeSpan.FromSeconds(10))) { git.Kill(entireProcessTree: true); return Guid.NewGuid().ToString(); }
            return git.ExitCode == 0 ? output.Result.Trim() : "";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return "";
        }
    }
}
