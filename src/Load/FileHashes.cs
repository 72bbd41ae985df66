using System.Security.Cryptography;
using System.Text;
using KhaSite.Safety;

namespace KhaSite.Load;

/// <summary>
/// The SHA-256 of each input file, remembered with the file's size and modification time, so that a build with
/// nothing changed reads no file to know it (as git's index does). A file changed within two seconds of being hashed
/// is hashed again next time: its time alone cannot show a second change in the same instant. Kept in a
/// <see cref="SealedFile"/>: a hash this user's builds did not find is never trusted for a file.
/// </summary>
public sealed class FileHashes
{
    private const string Magic = "khasite-file-hashes-2";
    private static readonly long Racy = TimeSpan.FromSeconds(2).Ticks;

    // A class, not a struct: Dictionary<string, T> is precompiled in the framework for reference types only.
    private sealed record Entry(long Length, long Modified, long HashedAt, byte[] Hash);

    private readonly Dictionary<string, Entry> _known;
    private readonly Dictionary<string, Entry> _used = new(StringComparer.Ordinal);
    private readonly byte[] _buffer = new byte[1 << 16];

    private FileHashes(Dictionary<string, Entry> known) => _known = known;

    /// <summary>Files hashed (read) since this was loaded.</summary>
    public int Read { get; private set; }

    public static FileHashes None() => new(new Dictionary<string, Entry>(StringComparer.Ordinal));

    /// <summary>The hashes kept in <paramref name="path"/>; none when it is missing, unreadable or not sealed by this user.</summary>
    public static FileHashes Load(string path)
    {
        var known = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (SealedFile.Read(path) is not { } content) return None();
            using var reader = new BinaryReader(new MemoryStream(content.Array!, content.Offset, content.Count, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic) return None();
            for (var n = reader.ReadInt32(); n > 0; n--)
                known[reader.ReadString()] = new Entry(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadBytes(32));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            return None();
        }
        return new FileHashes(known);
    }

    /// <summary>Keeps the hashes of the files asked for since loading (a file gone since is forgotten); written whole and then
    /// renamed, and only when they differ from what was loaded.</summary>
    public void Save(string path)
    {
        if (Read == 0 && _used.Count == _known.Count) return;
        try
        {
            using var content = new MemoryStream();
            using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(_used.Count);
                foreach (var (file, entry) in _used)
                {
                    writer.Write(file);
                    writer.Write(entry.Length);
                    writer.Write(entry.Modified);
                    writer.Write(entry.HashedAt);
                    writer.Write(entry.Hash);
                }
            }
            SealedFile.Write(path, content.GetBuffer().AsSpan(0, (int)content.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build hashes the files again.
        }
    }

    /// <summary>The SHA-256 this build found for the file at the full path <paramref name="path"/> (by <see cref="Of"/>), or null
    /// when it was not asked for. Safe to call from several threads once the hashing is done.</summary>
    public byte[]? Found(string path) => _used.TryGetValue(path, out var entry) ? entry.Hash : null;

    /// <summary>The modification time (UTC ticks) the walk gave for the file at the full path <paramref name="path"/> when
    /// it was hashed by <see cref="Of"/>, or null. Safe to call from several threads once the hashing is done.</summary>
    public long? ModifiedTicks(string path) => _used.TryGetValue(path, out var entry) ? entry.Modified : null;

    /// <summary>The SHA-256 of the file at <paramref name="path"/>, whose size and modification time (UTC ticks) are given.</summary>
    public byte[] Of(string path, long length, long modified)
    {
        if (_known.TryGetValue(path, out var entry) && entry.Length == length && entry.Modified == modified && modified < entry.HashedAt - Racy)
        {
            _used[path] = entry;
            return entry.Hash;
        }
        var hashedAt = DateTime.UtcNow.Ticks;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            for (int read; (read = stream.Read(_buffer)) > 0;) hash.AppendData(_buffer, 0, read);
        Read++;
        var bytes = hash.GetHashAndReset();
        _used[path] = new Entry(length, modified, hashedAt, bytes);
        return bytes;
    }
}
