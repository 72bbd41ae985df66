using System.Security.Cryptography;

namespace KhaSite.Safety;

/// <summary>
/// The secret that seals the build caches (<see cref="SealedFile"/>): 32 random bytes in a file of the user's own cache
/// folder, outside any repository, so that a pull request, which may add any file to the repository (<c>git add -f</c>
/// of an ignored <c>.khasite/</c>), cannot write a cache this user's builds accept. Made on first use; where there is
/// no cache folder, or the key cannot be read or written, a key of this process alone: caches then never match and
/// every build does all the work.
/// </summary>
public sealed class SealKey
{
    public const int Size = 32;

    private const string FileName = "build-key";

    private static readonly Lazy<SealKey> ForUser = new(() => In(UserCacheFolder()));

    private SealKey(byte[] bytes, string? file) => (Bytes, File) = (bytes, file);

    /// <summary>This user's key, made on first use.</summary>
    public static SealKey User => ForUser.Value;

    internal byte[] Bytes { get; }

    /// <summary>The file the key is kept in; null when the key is this process's alone.</summary>
    public string? File { get; }

    /// <summary>A key of this process alone.</summary>
    public static SealKey Random() => new(RandomNumberGenerator.GetBytes(Size), null);

    /// <summary>
    /// The user's folder for caches, as Go's <c>os.UserCacheDir</c> (which Hugo's cacheDir uses) finds it, with
    /// <c>khasite</c> appended: <c>$KHASITE_CACHE_HOME</c> when set, else <c>$XDG_CACHE_HOME/khasite</c>, else
    /// <c>~/.cache/khasite</c> (<c>~/Library/Caches/khasite</c> on macOS, <c>%LocalAppData%\khasite</c> on Windows).
    /// .NET names no cache folder on Linux (<c>LocalApplicationData</c> is <c>~/.local/share</c>, for data to keep).
    /// Null when none is known; a relative path is not used (it would depend on the current folder).
    /// </summary>
    public static string? UserCacheFolder()
    {
        static string? Absolute(string? path) => string.IsNullOrEmpty(path) || !Path.IsPathRooted(path) ? null : path;
        if (Absolute(Environment.GetEnvironmentVariable("KHASITE_CACHE_HOME")) is { } own) return own;
        if (OperatingSystem.IsWindows())
            return Absolute(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)) is { } local ? Path.Combine(local, "khasite") : null;
        if (!OperatingSystem.IsMacOS() && Absolute(Environment.GetEnvironmentVariable("XDG_CACHE_HOME")) is { } xdg) return Path.Combine(xdg, "khasite");
        if (Absolute(Environment.GetEnvironmentVariable("HOME")) is not { } home) return null;
        return OperatingSystem.IsMacOS() ? Path.Combine(home, "Library", "Caches", "khasite") : Path.Combine(home, ".cache", "khasite");
    }

    /// <summary>The key kept in <paramref name="folder"/>, made there when there is none (mode 0600 in a folder of mode
    /// 0700); a key of this process alone when <paramref name="folder"/> is null or the key cannot be read or made.</summary>
    public static SealKey In(string? folder)
    {
        if (folder is null) return Random();
        var path = Path.Combine(folder, FileName);
        try
        {
            if (Read(path) is { } kept) return new SealKey(kept, path);
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            // Made where it is kept, by a create that fails when the file exists (O_EXCL): of two processes making the
            // key at once, one makes it and the other reads it (Read waits out the instant between the making and the
            // writing). A key written under another name and then moved into place could be replaced by a second
            // move after the first process had read it: two processes would then seal with different keys.
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var file = new FileStream(path, options);
                var bytes = RandomNumberGenerator.GetBytes(Size);
                file.Write(bytes);
                file.Flush(flushToDisk: true);
                return new SealKey(bytes, path);
            }
            catch (IOException) when (System.IO.File.Exists(path))
            {
            }
            return Read(path) is { } made ? new SealKey(made, path) : Random();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Random();
        }
    }

    /// <summary>How long an empty key file is taken for one being written (its 32 bytes follow its making at once).</summary>
    private static readonly TimeSpan BeingWritten = TimeSpan.FromSeconds(5);

    /// <summary>The key in the file, or null when there is none; a file of another length is no key, except an empty
    /// one just made, whose key is awaited.</summary>
    private static byte[]? Read(string path)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (!System.IO.File.Exists(path)) return null;
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            // Asked once: a key being written may have its bytes by the next time.
            var length = file.Length;
            if (length == Size)
            {
                var key = new byte[Size];
                file.ReadExactly(key);
                return key;
            }
            var justMade = length == 0 && DateTime.UtcNow - System.IO.File.GetLastWriteTimeUtc(path) < BeingWritten;
            if (!justMade || waited.Elapsed > BeingWritten) throw new IOException($"'{path}' is not a key of {Size} bytes");
            Thread.Sleep(1);
        }
    }
}
