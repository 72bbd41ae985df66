using System.Security.Cryptography;

namespace KhaSite.Safety;

/// <summary>
/// A build cache's file: its content followed by an HMAC-SHA256 of the content under the user's <see cref="SealKey"/>.
/// The seal catches damage as a plain SHA-256 would, and also forgery: a file in the repository that this user's builds
/// did not write (a pull request can add one) does not verify and is ignored whole, as a damaged one is. Written whole
/// under another name and then renamed, so a build killed meanwhile leaves the old file or the new one.
/// </summary>
public static class SealedFile
{
    public const int SealSize = HMACSHA256.HashSizeInBytes;

    /// <summary>The content of the sealed file at <paramref name="path"/>, when it is there, can be read, is no larger
    /// than <paramref name="maxBytes"/> and its seal verifies under <paramref name="key"/> (the user's by default);
    /// null otherwise.</summary>
    public static ArraySegment<byte>? Read(string path, SealKey? key = null, long maxBytes = 1L << 30)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length > maxBytes) return null;
            return Open(File.ReadAllBytes(path), key ?? SealKey.User);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The content of <paramref name="sealedBytes"/> when their seal verifies under <paramref name="key"/>; null otherwise.</summary>
    public static ArraySegment<byte>? Open(byte[] sealedBytes, SealKey key)
    {
        if (sealedBytes.Length < SealSize) return null;
        var length = sealedBytes.Length - SealSize;
        Span<byte> seal = stackalloc byte[SealSize];
        HMACSHA256.HashData(key.Bytes, sealedBytes.AsSpan(0, length), seal);
        if (!CryptographicOperations.FixedTimeEquals(seal, sealedBytes.AsSpan(length))) return null;
        return new ArraySegment<byte>(sealedBytes, 0, length);
    }

    /// <summary>Writes <paramref name="content"/> and its seal under <paramref name="key"/> (the user's by default) to
    /// <paramref name="path"/>, making its folder; whole and then renamed over the old file.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content, SealKey? key = null)
    {
        Span<byte> seal = stackalloc byte[SealSize];
        HMACSHA256.HashData((key ?? SealKey.User).Bytes, content, seal);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1))
            {
                file.Write(content);
                file.Write(seal);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }
}
