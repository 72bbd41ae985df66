namespace KhaSite.Tests.Support;

/// <summary>An output folder as the cache tests compare it with a clean build's: every file's path and the SHA-256 of its bytes, in ordinal order.</summary>
public static class OutputSnapshot
{
    public static List<string> Of(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(dir, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .ToList();
}
