using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace KhaSite.Load;

/// <summary>
/// An article's Markdown body. Held as strings from Load to the end of Render, the bodies were 1.3 GB at 100,000
/// pages, so a body Load read from a file is read again from it at each <see cref="Read"/> (Model, Check and Render
/// each read it once) and compared with what Load read: a file edited during the build stops it
/// (<see cref="ArticleChangedException"/>, reported as KHA0930) rather than mixing two versions into the output.
/// </summary>
public abstract class ArticleBody
{
    /// <summary>The body's text; a body in a file is read again each time, so the caller keeps it as long as it needs it.</summary>
    /// <exception cref="ArticleChangedException">the file is no longer what Load read</exception>
    public abstract string Read();

    /// <summary>About how large the body is, without reading it: its file's bytes (front matter included), or its characters.</summary>
    public abstract long Size { get; }

    /// <summary>The SHA-256 of the file Load read the body from (which fixes the body); for a script edition's body,
    /// of that hash and what the conversion depends on (<see cref="Converted"/>); null for a body held in memory: what
    /// the caches of its facts and its checks are keyed by.</summary>
    public virtual byte[]? FileSha256 => null;

    /// <summary>A body held in memory (one made rather than read, a test's).</summary>
    public static ArticleBody Of(string text) => new Held(text);

    /// <summary>
    /// The body of the article file at <paramref name="path"/>, whose bytes Load read (or knew from <see cref="ArticleCache"/>)
    /// as <paramref name="length"/> bytes with the SHA-256 <paramref name="sha256"/>: the body begins after the first
    /// <paramref name="bodyFirstLine"/> − 1 line ends (after the front matter).
    /// </summary>
    public static ArticleBody InFile(string path, string display, int length, byte[] sha256, int bodyFirstLine) =>
        new InFileBody(path, display, length, sha256, bodyFirstLine);

    /// <summary>This body with <paramref name="convert"/> applied at each read (a script edition's body).</summary>
    /// <param name="conversion">a hash of everything <paramref name="convert"/>'s output depends on besides the body
    /// and the generator's code (the exceptions it was made with)</param>
    public ArticleBody Converted(Func<string, string> convert, byte[] conversion) => new ConvertedBody(this, convert, conversion);

    private sealed class Held(string text) : ArticleBody
    {
        public override long Size => text.Length;

        public override string Read() => text;
    }

    private sealed class ConvertedBody(ArticleBody source, Func<string, string> convert, byte[] conversion) : ArticleBody
    {
        public override long Size => source.Size;

        public override byte[]? FileSha256 => _sha256 ??= source.FileSha256 is { } file ? SHA256.HashData([.. file, .. conversion]) : null;

        private byte[]? _sha256;

        public override string Read() => convert(source.Read());
    }

    private sealed class InFileBody(string path, string display, int length, byte[] sha256, int bodyFirstLine) : ArticleBody
    {
        public override long Size => length;

        public override byte[]? FileSha256 => sha256;

        public override string Read()
        {
            // Read into a pooled array: a body is read three times a build, and its bytes are needed only here.
            var rented = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                var bytes = rented.AsSpan(0, length);
                ReadAsLoaded(bytes);
                Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
                SHA256.HashData(bytes, hash);
                if (!hash.SequenceEqual(sha256)) throw new ArticleChangedException(display);
                // The same text Load made of these bytes (InputFile.ReadText, FrontMatterReader.SplitText), front matter
                // left out: a byte order mark dropped, the lines before the body skipped ('\n' is never part of a longer
                // UTF-8 character), "\r\n" read as "\n".
                var body = bytes[(bytes.StartsWith(Encoding.UTF8.Preamble) ? 3 : 0)..];
                for (var line = 1; line < bodyFirstLine; line++)
                    body = body.IndexOf((byte)'\n') is var end and >= 0 ? body[(end + 1)..] : [];
                return Encoding.UTF8.GetString(body).Replace("\r\n", "\n", StringComparison.Ordinal);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        /// <summary>Reads the file into <paramref name="bytes"/>, if it still has the length Load read (a file grown into a huge one is not read).</summary>
        private void ReadAsLoaded(Span<byte> bytes)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
                if (stream.Length != length) throw new ArticleChangedException(display);
                stream.ReadExactly(bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ArticleChangedException(display, e);
            }
        }
    }
}

/// <summary>An article file changed (or went) after Load read it; the build reports it as KHA0930 and stops.</summary>
public sealed class ArticleChangedException(string file, Exception? inner = null)
    : Exception($"{file} changed during the build", inner)
{
    /// <summary>The file as diagnostics print it.</summary>
    public string File { get; } = file;

    /// <summary>The exception of a changed article inside <paramref name="e"/> (a parallel loop's or a stage's wrapper), or null.</summary>
    public static ArticleChangedException? In(Exception e) => e switch
    {
        ArticleChangedException changed => changed,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(In).FirstOrDefault(x => x is not null),
        { InnerException: { } inner } => In(inner),
        _ => null,
    };
}
