using System.Collections.Concurrent;
using System.Text;
using KhaSite.Load;
using KhaSite.Safety;

namespace KhaSite.Model;

/// <summary>
/// The last build's <see cref="BodyFacts"/> of each article body, so that the Model stage parses only the bodies that
/// changed (<c>body-facts.bin</c> beside the build stamp). An entry's key is the SHA-256 of the article's file (which
/// fixes its body and where the body begins), its display path and language; the file names the generator that wrote
/// it (facts depend on the parser) and is a <see cref="SealedFile"/>. A file that is damaged, cut short, from
/// another version or whose seal does not verify is ignored whole, an entry that does not read back is parsed again:
/// the cache can cost a parse, never give a wrong fact. A body not read as it is from a file (a script edition's,
/// converted) has no key and is always parsed.
/// </summary>
public sealed class BodyFactsCache
{
    private const string Magic = "khasite-body-facts-1";

    private static readonly string Generator = typeof(BodyFactsCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly byte[] _bytes;
    private readonly Dictionary<string, (int Offset, int Length)> _known;

    /// <summary>This build's entries: a range of <see cref="_bytes"/> (found) or new facts.</summary>
    private readonly ConcurrentDictionary<string, object> _current = new(StringComparer.Ordinal);

    private int _added;

    /// <summary>A reader of <see cref="_bytes"/> for each thread: one per entry was most of what reading an entry
    /// allocated besides its facts.</summary>
    private readonly ThreadLocal<BinaryReader> _readers;

    private BodyFactsCache(byte[] bytes, Dictionary<string, (int, int)> known)
    {
        (_bytes, _known) = (bytes, known);
        _readers = new(() => new BinaryReader(new MemoryStream(_bytes, writable: false), Encoding.UTF8));
    }

    /// <summary>Bodies whose facts came from the cache in this build.</summary>
    public int Found => _current.Count - _added;

    /// <summary>Entries loaded from the file.</summary>
    public int Count => _known.Count;

    /// <summary>The cache file beside the stamp at <paramref name="stampPath"/> (<c>Write/BuildStamp</c>).</summary>
    public static string PathFor(string stampPath) => Path.Combine(Path.GetDirectoryName(stampPath)!, "body-facts.bin");

    public static BodyFactsCache Empty() => new([], new Dictionary<string, (int, int)>(StringComparer.Ordinal));

    /// <summary>The cache in <paramref name="path"/>; empty when the file is missing or is not a whole cache of this generator.</summary>
    public static BodyFactsCache Load(string path)
    {
        try
        {
            if (SealedFile.Read(path) is not { } content) return Empty();
            using var reader = new BinaryReader(new MemoryStream(content.Array!, content.Offset, content.Count, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != Generator) return Empty();
            var known = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            for (var n = BodyFactsFormat.Count(reader); n > 0; n--)
            {
                var key = reader.ReadString();
                var length = BodyFactsFormat.Count(reader);
                known[key] = ((int)reader.BaseStream.Position, length);
                reader.BaseStream.Seek(length, SeekOrigin.Current);
            }
            return reader.BaseStream.Position == content.Count ? new BodyFactsCache(content.Array!, known) : Empty();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or FormatException or ArgumentException)
        {
            return Empty();
        }
    }

    /// <summary>The facts of <paramref name="file"/>'s body from the last build, or null (then the caller parses it and <see cref="Remember"/>s them).</summary>
    public BodyFacts? Find(ArticleFile file)
    {
        if (KeyOf(file) is not { } key || !_known.TryGetValue(key, out var range)) return null;
        if (BodyFactsFormat.Read(_readers.Value!, range.Offset, range.Length, file) is not { } facts) return null;
        _current[key] = range;
        return facts;
    }

    /// <summary>Keeps the facts of a body parsed in this build.</summary>
    public void Remember(ArticleFile file, BodyFacts facts)
    {
        if (KeyOf(file) is not { } key) return;
        _current[key] = facts;
        Interlocked.Increment(ref _added);
    }

    /// <summary>Writes this build's entries (one per body of the site: an entry of a body gone or changed is dropped),
    /// whole and then renamed; nothing when they are the ones loaded.</summary>
    public void Save(string path)
    {
        if (_added == 0 && _current.Count == _known.Count) return;
        try
        {
            // About the size of the file read: most entries are copied from it (a stream grown by doubling copied them again).
            using var content = new MemoryStream(_bytes.Length + (1 << 16));
            using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(Generator);
                var entries = _current.ToArray();
                Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
                writer.Write(entries.Length);
                using var entry = new MemoryStream();
                foreach (var (key, value) in entries)
                {
                    writer.Write(key);
                    if (value is ValueTuple<int, int> range)
                    {
                        writer.Write(range.Item2);
                        writer.Write(_bytes, range.Item1, range.Item2);
                        continue;
                    }
                    entry.SetLength(0);
                    BodyFactsFormat.Write(entry, (BodyFacts)value, DisplayPathOf(key));
                    writer.Write((int)entry.Length);
                    writer.Write(entry.GetBuffer(), 0, (int)entry.Length);
                }
            }
            SealedFile.Write(path, content.GetBuffer().AsSpan(0, (int)content.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build parses the bodies again.
        }
    }

    private static string? KeyOf(ArticleFile file) => file.Body.FileSha256 is { } sha256
        ? string.Join('\n', Convert.ToHexStringLower(sha256), file.Lang, file.BodyFirstLine.ToString(System.Globalization.CultureInfo.InvariantCulture), file.DisplayPath)
        : null;

    private static string DisplayPathOf(string key) => key.Split('\n', 4)[3];
}
