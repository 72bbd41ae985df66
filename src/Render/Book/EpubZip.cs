using System.IO.Compression;

namespace KhaSite.Render.Book;

/// <summary>
/// The EPUB container (OCF): a zip whose first entry is <c>mimetype</c>, stored uncompressed, then the given files in
/// the given order, every one with the same timestamp, so the same book is the same bytes on every build.
/// </summary>
public static class EpubZip
{
    public static byte[] Write(DateTimeOffset stamp, IEnumerable<(string Path, byte[] Content)> files)
    {
        // Zip stores a local date-time with no zone: the stamp's UTC clock time, whatever the machine's zone.
        var time = new DateTimeOffset(DateTime.SpecifyKind(stamp.UtcDateTime, DateTimeKind.Unspecified), TimeSpan.Zero);
        if (time.Year < 1980) time = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", "application/epub+zip"u8.ToArray(), CompressionLevel.NoCompression, time);
            foreach (var (path, content) in files) Add(zip, path, content, CompressionLevel.Optimal, time);
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string path, byte[] content, CompressionLevel level, DateTimeOffset time)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = time;
        using var to = entry.Open();
        to.Write(content);
    }
}
