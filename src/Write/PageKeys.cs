using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace KhaSite.Write;

/// <summary>A page the last build made: the key of what its bytes depend on, and its sitemap entry (which a kept page
/// must still give): language, address, alternates (hreflang, URL), and the date of its inputs (null: the newest input).</summary>
public sealed record KeptPage(string Key, string Lang, string CanonicalUrl, IReadOnlyList<(string HrefLang, string Url)> Alternates, DateTimeOffset? LastModified);

/// <summary>
/// The pages of a build by file path (<c>build-&lt;output&gt;.pages</c> beside the stamp, whose SHA-256 the stamp holds):
/// the next build keeps each page whose key did not change instead of rendering it again (<c>Render/OutputKeys</c>).
/// </summary>
public sealed class PageKeys
{
    private const string Magic = "khasite-pages-1";

    public ConcurrentDictionary<string, KeptPage> Pages { get; } = new(StringComparer.Ordinal);

    public static string PathFor(string stampPath) => Path.ChangeExtension(stampPath, ".pages");

    /// <summary>The pages file, when its bytes still hash to <paramref name="sha256"/>; null otherwise.</summary>
    public static PageKeys? Read(string path, string sha256)
    {
        try
        {
            if (sha256.Length == 0 || !File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.Ordinal)) return null;
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (reader.ReadString() != Magic) return null;
            var keys = new PageKeys();
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var path1 = reader.ReadString();
                var key = reader.ReadString();
                var lang = reader.ReadString();
                var url = reader.ReadString();
                var alternates = new (string, string)[reader.ReadInt32()];
                for (var i = 0; i < alternates.Length; i++) alternates[i] = (reader.ReadString(), reader.ReadString());
                DateTimeOffset? modified = reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), new TimeSpan(reader.ReadInt64())) : null;
                keys.Pages[path1] = new KeptPage(key, lang, url, alternates, modified);
            }
            return keys;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes the pages file; returns its SHA-256 (for the stamp).</summary>
    public string Save(string path)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            var pages = Pages.ToArray();
            Array.Sort(pages, (a, b) => string.CompareOrdinal(a.Key, b.Key));
            writer.Write(pages.Length);
            foreach (var (file, page) in pages)
            {
                writer.Write(file);
                writer.Write(page.Key);
                writer.Write(page.Lang);
                writer.Write(page.CanonicalUrl);
                writer.Write(page.Alternates.Count);
                foreach (var (hrefLang, url) in page.Alternates)
                {
                    writer.Write(hrefLang);
                    writer.Write(url);
                }
                writer.Write(page.LastModified is not null);
                if (page.LastModified is { } modified)
                {
                    writer.Write(modified.Ticks);
                    writer.Write(modified.Offset.Ticks);
                }
            }
        }
        var bytes = buffer.ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static void Remove(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
