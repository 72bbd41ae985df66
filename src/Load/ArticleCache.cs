using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Safety;

namespace KhaSite.Load;

/// <summary>
/// What Load made of each article file, kept from one build to the next and keyed by the file's path and SHA-256: its
/// front matter with every value's place, the line its body begins on, the body's hash, the file's length and SHA-256
/// (which <see cref="ArticleBody"/> checks when a later stage reads the body) and the diagnostics Load reported for it.
/// With it, a build after a one-article edit reads and parses that article alone: the other files' SHA-256 come from
/// <see cref="FileHashes"/>, which knows an unchanged file by its size and time without reading it.
/// </summary>
/// <remarks>
/// The file (<c>loaded-articles.bin</c> beside the build stamp) is untrusted input like any other: it is a
/// <see cref="SealedFile"/> whose first line names the format and the generator's module id (a new generator parses
/// everything again), and a file that fails either, or fails to read, is ignored whole. It holds an entry per article of the last build
/// that saved it, no more.
/// </remarks>
public sealed class ArticleCache
{
    private const string Magic = "khasite-loaded-articles-1";

    /// <summary>What Load made of one file's bytes; <see cref="FrontMatter"/> is null when they gave no article (the
    /// diagnostics say why).</summary>
    public sealed record Entry(string DisplayPath, byte[] Sha256, int Length, FrontMatter? FrontMatter, int BodyFirstLine, string BodyHash,
        IReadOnlyList<Diagnostic> Diagnostics);

    private enum SourceKind : byte { None, Value, Written }

    private readonly Dictionary<string, Entry> _known;
    private readonly ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private readonly FileHashes _hashes;
    private int _parsed;

    private ArticleCache(Dictionary<string, Entry> known, FileHashes hashes)
    {
        _known = known;
        _hashes = hashes;
    }

    /// <summary>Articles read and parsed (not found in the cache) since it was loaded.</summary>
    public int Parsed => _parsed;

    /// <param name="hashes">the input files' SHA-256 as this build found them (its fingerprint)</param>
    public static ArticleCache Empty(FileHashes hashes) => new(new Dictionary<string, Entry>(StringComparer.Ordinal), hashes);

    /// <summary>The cache kept in <paramref name="path"/>; an empty one when the file is missing, damaged or of another generator.</summary>
    /// <param name="hashes">the input files' SHA-256 as this build found them (its fingerprint)</param>
    public static ArticleCache Load(string path, FileHashes hashes)
    {
        try
        {
            return SealedFile.Read(path) is { } content && Read(content) is { } known ? new ArticleCache(known, hashes) : Empty(hashes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException
            or ArgumentException or FormatException)
        {
            return Empty(hashes);
        }
    }

    /// <summary>The file name of the cache in the stamp's folder.</summary>
    public static string PathIn(string folder) => Path.Combine(folder, "loaded-articles.bin");

    /// <summary>The entry for the article file at <paramref name="path"/>, when this build found the file's bytes to be
    /// those the entry was made from and prints the file as <paramref name="display"/>; null otherwise.</summary>
    public Entry? Find(string path, string display)
    {
        var full = Path.GetFullPath(path);
        if (_hashes.Found(full) is not { } sha256 || !_known.TryGetValue(full, out var entry)
            || !string.Equals(entry.DisplayPath, display, StringComparison.Ordinal) || !entry.Sha256.AsSpan().SequenceEqual(sha256))
            return null;
        _current[full] = entry;
        return entry;
    }

    /// <summary>Remembers what Load made of the file at <paramref name="path"/>, just read and parsed.</summary>
    public void Add(string path, Entry entry)
    {
        _current[Path.GetFullPath(path)] = entry;
        Interlocked.Increment(ref _parsed);
    }

    /// <summary>Keeps the entries of the articles found or added since loading (a file gone since is forgotten); written
    /// whole and then renamed, and only when they differ from what was loaded.</summary>
    public void Save(string path)
    {
        if (_parsed == 0 && _current.Count == _known.Count) return;
        try
        {
            using var content = new MemoryStream();
            Write(content);
            SealedFile.Write(path, content.GetBuffer().AsSpan(0, (int)content.Length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build reads the articles again.
        }
    }

    private static string Version => Magic + " " + typeof(ArticleCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private void Write(Stream content)
    {
        using (var writer = new BinaryWriter(content, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            var entries = _current.ToArray();
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
            writer.Write(entries.Length);
            foreach (var (path, entry) in entries)
            {
                writer.Write(path);
                Write(writer, entry);
            }
        }
    }

    /// <summary>The entries in <paramref name="content"/>, or null when they are not this generator's cache.</summary>
    private static Dictionary<string, Entry>? Read(ArraySegment<byte> content)
    {
        using var reader = new BinaryReader(new MemoryStream(content.Array!, content.Offset, content.Count, writable: false), Encoding.UTF8);
        if (reader.ReadString() != Version) return null;
        var codes = DiagnosticBinary.Codes();
        var known = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var n = DiagnosticBinary.Count(reader); n > 0; n--)
        {
            var file = reader.ReadString();
            if (ReadEntry(reader, codes) is not { } entry) return null;
            known[file] = entry;
        }
        return reader.BaseStream.Position == content.Count ? known : null;
    }

    private static void Write(BinaryWriter writer, Entry entry)
    {
        writer.Write(entry.DisplayPath);
        writer.Write(entry.Sha256);
        writer.Write(entry.Length);
        writer.Write(entry.Diagnostics.Count);
        foreach (var diagnostic in entry.Diagnostics) DiagnosticBinary.Write(writer, diagnostic);
        writer.Write(entry.FrontMatter is not null);
        if (entry.FrontMatter is not { } front) return;
        writer.Write(entry.BodyFirstLine);
        writer.Write(entry.BodyHash);
        var file = entry.DisplayPath;
        writer.Write(front.Readable);
        WriteOptional(writer, front.Title, file);
        WriteOptional(writer, front.Summary, file);
        WriteOptional(writer, front.Category, file);
        WriteList(writer, front.Tags, file);
        writer.Write(front.Infobox.Count);
        foreach (var item in front.Infobox)
        {
            Write(writer, item.Key, file);
            Write(writer, item.Value, file);
        }
        WriteList(writer, front.SeeAlso, file);
        WriteOptional(writer, front.TranslationOf, file);
        WriteList(writer, front.Aliases, file);
        writer.Write(front.Weight is not null);
        if (front.Weight is { } weight) writer.Write(weight);
        writer.Write(front.GlossaryLinks);
    }

    private static Entry? ReadEntry(BinaryReader reader, IReadOnlyDictionary<int, DiagnosticCode> codes)
    {
        var file = reader.ReadString();
        var sha256 = reader.ReadBytes(SHA256.HashSizeInBytes);
        var length = reader.ReadInt32();
        if (sha256.Length != SHA256.HashSizeInBytes || length < 0) throw new InvalidDataException("not an entry");
        var diagnostics = new Diagnostic[DiagnosticBinary.Count(reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (DiagnosticBinary.Read(reader, codes) is not { } diagnostic) return null;
            diagnostics[i] = diagnostic;
        }
        if (!reader.ReadBoolean()) return new Entry(file, sha256, length, null, 0, "", diagnostics);
        var bodyFirstLine = reader.ReadInt32();
        var bodyHash = reader.ReadString();
        var readable = reader.ReadBoolean();
        var title = ReadOptional(reader, file);
        var summary = ReadOptional(reader, file);
        var category = ReadOptional(reader, file);
        var tags = ReadList(reader, file);
        var infobox = new InfoboxEntry[DiagnosticBinary.Count(reader)];
        for (var i = 0; i < infobox.Length; i++) infobox[i] = new InfoboxEntry(ReadLocated(reader, file), ReadLocated(reader, file));
        var seeAlso = ReadList(reader, file);
        var translationOf = ReadOptional(reader, file);
        var front = new FrontMatter(title, summary, category, tags, infobox, seeAlso, translationOf, readable)
        {
            Aliases = ReadList(reader, file),
            Weight = reader.ReadBoolean() ? reader.ReadDouble() : null,
            GlossaryLinks = reader.ReadBoolean(),
        };
        return new Entry(file, sha256, length, front, bodyFirstLine, bodyHash, diagnostics);
    }

    private static void WriteOptional(BinaryWriter writer, Located<string>? value, string file)
    {
        writer.Write(value is not null);
        if (value is { } located) Write(writer, located, file);
    }

    private static Located<string>? ReadOptional(BinaryReader reader, string file) => reader.ReadBoolean() ? ReadLocated(reader, file) : null;

    private static void WriteList(BinaryWriter writer, IReadOnlyList<Located<string>> values, string file)
    {
        writer.Write(values.Count);
        foreach (var value in values) Write(writer, value, file);
    }

    private static Located<string>[] ReadList(BinaryReader reader, string file)
    {
        var values = new Located<string>[DiagnosticBinary.Count(reader)];
        for (var i = 0; i < values.Length; i++) values[i] = ReadLocated(reader, file);
        return values;
    }

    private static void Write(BinaryWriter writer, Located<string> value, string file)
    {
        writer.Write(value.Value);
        Write(writer, value.Location, file);
        // A plain scalar's source is its value where it stands: said in a byte rather than written twice.
        var source = value.Source is null ? SourceKind.None
            : value.Source.Start == value.Location && string.Equals(value.Source.Raw, value.Value, StringComparison.Ordinal) ? SourceKind.Value
            : SourceKind.Written;
        writer.Write((byte)source);
        if (source != SourceKind.Written) return;
        Write(writer, value.Source!.Start, file);
        writer.Write(value.Source.Raw);
    }

    private static Located<string> ReadLocated(BinaryReader reader, string file)
    {
        var value = reader.ReadString();
        var location = ReadLocation(reader, file);
        return (SourceKind)reader.ReadByte() switch
        {
            SourceKind.None => new Located<string>(value, location),
            SourceKind.Value => new Located<string>(value, location) { Source = new TextSource(location, value) },
            SourceKind.Written => new Located<string>(value, location) { Source = new TextSource(ReadLocation(reader, file), reader.ReadString()) },
            _ => throw new InvalidDataException("unknown source kind"),
        };
    }

    // Every place in an article's front matter is in the article's file: its name is written once, in the entry.
    private static void Write(BinaryWriter writer, SourceLocation location, string file)
    {
        var same = string.Equals(location.File, file, StringComparison.Ordinal);
        writer.Write(same);
        if (!same) writer.Write(location.File);
        writer.Write(location.Line);
        writer.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader reader, string file) =>
        new(reader.ReadBoolean() ? file : reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
}
