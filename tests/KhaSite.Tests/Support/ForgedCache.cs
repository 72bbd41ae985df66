using System.Security.Cryptography;
using KhaSite.Safety;

namespace KhaSite.Tests.Support;

/// <summary>
/// A build cache file rewritten as a pull request could write it: the same content, which this user's builds accepted
/// (the test's control), framed as the generator frames it but without this user's key: followed by a plain SHA-256
/// (which anyone can compute; what the caches held before they were sealed), or sealed under another key.
/// </summary>
public static class ForgedCache
{
    public const string PlainSha256 = "a plain SHA-256";
    public const string OtherKey = "a seal under another key";

    public static readonly string[] Kinds = [PlainSha256, OtherKey];

    /// <summary>Rewrites the sealed file at <paramref name="path"/> with <paramref name="content"/> (its own content when
    /// null) framed as <paramref name="forgery"/> says.</summary>
    public static void Rewrite(string path, string forgery, byte[]? content = null)
    {
        content ??= SealedFile.Read(path)?.ToArray() ?? throw new InvalidOperationException($"'{path}' is not a sealed file of this user");
        switch (forgery)
        {
            case PlainSha256: File.WriteAllBytes(path, [.. content, .. SHA256.HashData(content)]); break;
            case OtherKey: SealedFile.Write(path, content, SealKey.Random()); break;
            default: throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null);
        }
    }
}
