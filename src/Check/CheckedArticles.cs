using System.Collections.Concurrent;
using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Safety;

namespace KhaSite.Check;

/// <summary>
/// Each article's per-article diagnostics from the last build, under the key they were found with
/// (<see cref="ArticleCheckKeys"/>): Check replays an article's diagnostics while its key is the same instead of checking
/// it again (parsing its body). Kept in <c>build-&lt;output&gt;.checks</c> beside the build stamp: a magic line and the
/// entries, in a <see cref="SealedFile"/>; a file that is damaged, forged, cut short, of another version or naming a code this generator
/// does not have is ignored whole (every article is checked). Holds one entry per article of the build that saved it.
/// </summary>
public sealed class CheckedArticles
{
    private const string Magic = "khasite-checks-1";

    private const long MaxBytes = 1L << 30;

    private sealed record Entry(string Key, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private int _replayed, _checked;

    private CheckedArticles(Dictionary<string, Entry> previous) => _previous = previous;

    /// <summary>Articles whose diagnostics were replayed, and articles checked.</summary>
    public (int Replayed, int Checked) Counts => (_replayed, _checked);

    public static string PathFor(string stampPath) => Path.ChangeExtension(stampPath, ".checks");

    /// <summary>None kept: every article is checked (a first build).</summary>
    public static CheckedArticles None() => new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>The entries of the file at <paramref name="path"/>; none when it is missing or not a whole, intact file of this version.</summary>
    public static CheckedArticles Load(string path)
    {
        try
        {
            // A file far larger than any build writes (tens of bytes an article, plus its warnings) is not read into memory.
            if (SealedFile.Read(path, maxBytes: MaxBytes) is not { } content) return None();
            using var reader = new BinaryReader(new MemoryStream(content.Array!, content.Offset, content.Count, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic) return None();
            var codes = DiagnosticBinary.Codes();
            var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var article = reader.ReadString();
                var key = reader.ReadString();
                if (DiagnosticBinary.ReadAll(reader, codes) is not { } diagnostics) return None();
                entries[article] = new Entry(key, diagnostics);
            }
            return reader.BaseStream.Position == content.Count ? new CheckedArticles(entries) : None();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            return None();
        }
    }

    /// <summary>The article's diagnostics of the last build when it was checked under <paramref name="key"/>; null otherwise.</summary>
    public IReadOnlyList<Diagnostic>? Replay(string article, string key)
    {
        if (_previous.GetValueOrDefault(article) is not { } entry || !string.Equals(entry.Key, key, StringComparison.Ordinal)) return null;
        _current[article] = entry;
        Interlocked.Increment(ref _replayed);
        return entry.Diagnostics;
    }

    /// <summary>Keeps what checking the article found, for the next build (<paramref name="key"/> null: checked, not kept).</summary>
    public void Checked(string article, string? key, IReadOnlyList<Diagnostic> diagnostics)
    {
        Interlocked.Increment(ref _checked);
        if (key is not null) _current[article] = new Entry(key, diagnostics);
    }

    /// <summary>Writes this build's entries (only those: an article gone since is forgotten), whole and then renamed.</summary>
    public void Save(string path)
    {
        try
        {
            using var content = new MemoryStream();
            using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                var entries = _current.ToArray();
                Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
                writer.Write(entries.Length);
                foreach (var (article, entry) in entries)
                {
                    writer.Write(article);
                    writer.Write(entry.Key);
                    DiagnosticBinary.WriteAll(writer, entry.Diagnostics);
                }
            }
            SealedFile.Write(path, content.GetBuffer().AsSpan(0, (int)content.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build checks every article again.
        }
    }
}
