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
            // Written whole under another name, then linked to the key's name (File.Move without overwrite links on
            // Unix): of two processes making the key at once, one links and the other finds the name taken and reads
            // the winner's key; neither ever reads a key cut short.
            var temporary = Path.Combine(folder, $"{FileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using (var file = new FileStream(temporary, options))
                {
                    file.Write(RandomNumberGenerator.GetBytes(Size));
                    file.Flush(flushToDisk: true);
                }
                try { System.IO.File.Move(temporary, path, overwrite: false); }
                catch (IOException) when (System.IO.File.Exists(path)) { }
            }
            finally
            {
                System.IO.File.Delete(temporary);
            }
            return Read(path) is { } made ? new SealKey(made, path) : Random();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Random();
        }
    }

    /// <summary>The key in the file, or null when there is no file; a file of another length is no key.</summary>
    private static byte[]? Read(string path)
    {
        if (!System.IO.File.Exists(path)) return null;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        if (file.Length != Size) throw new IOException($"'{path}' is not a key of {Size} bytes");
        var key = new byte[Size];
        file.ReadExactly(key);
        return key;
    }
}
