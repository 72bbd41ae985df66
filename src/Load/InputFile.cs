using System.Text;
using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>
/// The one way the loaders read files of <c>input/</c> and <c>theme/</c>, which come from pull requests: no symbolic
/// links (a link could publish a file from outside the repository, or <c>/dev/zero</c>), a size cap, and strict UTF-8.
/// Git stores only regular files and links, so refusing links also keeps devices and pipes out of a checkout.
/// </summary>
public static class InputFile
{
    /// <summary>The largest Markdown or YAML file read (the largest real article is about 40 KB).</summary>
    public const long MaxTextBytes = 4 * 1024 * 1024;

    /// <summary>The largest theme asset published (fonts and images).</summary>
    public const long MaxAssetBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Files under <paramref name="dir"/>, in ordinal order, never through a link (links are reported by <see cref="ReportLinks"/>).</summary>
    public static IEnumerable<string> Enumerate(string dir, string pattern, bool recursive) =>
        !Directory.Exists(dir) || IsLink(dir)
            ? []
            : Directory.EnumerateFiles(dir, pattern, new EnumerationOptions
            {
                RecurseSubdirectories = recursive,
                AttributesToSkip = FileAttributes.ReparsePoint,
                IgnoreInaccessible = false,
                MatchType = MatchType.Win32,
            }).Order(StringComparer.Ordinal);

    /// <summary>Reports every symbolic link under <paramref name="root"/> (the root itself may be one: the caller chose it).</summary>
    public static void ReportLinks(string root, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root)) return;
        var links = Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = 0,
            IgnoreInaccessible = true,
        }).Where(IsLink);
        foreach (var link in links.Order(StringComparer.Ordinal)) ReportLink(link, diagnostics);
    }

    /// <summary>Reports the files under <paramref name="dir"/> larger than <paramref name="maxBytes"/> (theme assets: Render reads them).</summary>
    public static void ReportOversized(string dir, long maxBytes, DiagnosticBag diagnostics)
    {
        foreach (var file in Enumerate(dir, "*", recursive: true).Where(f => new FileInfo(f).Length > maxBytes))
            ReportTooLarge(DisplayPath.For(file), maxBytes, diagnostics);
    }

    /// <summary>A text file's contents with <c>\r\n</c> as <c>\n</c>, or null after a diagnostic.</summary>
    /// <param name="root">the input or theme folder: no folder between it and the file may be a link</param>
    public static string? ReadText(string path, string root, DiagnosticBag diagnostics)
    {
        var bytes = ReadBytes(path, root, MaxTextBytes, diagnostics);
        return bytes is null ? null : Decode(bytes, DisplayPath.For(path), diagnostics)?.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>A file's bytes, or null after a diagnostic (a link, not a file, larger than <paramref name="maxBytes"/>).</summary>
    public static byte[]? ReadBytes(string path, string root, long maxBytes, DiagnosticBag diagnostics)
    {
        if (LinkOnTheWay(path, root) is { } link)
        {
            ReportLink(link, diagnostics);
            return null;
        }
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            var display = DisplayPath.For(path);
            diagnostics.Report(DiagnosticCode.NotARegularFile, SourceLocation.StartOf(display), new { file = display });
            return null;
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        // The file's length says how much to read: one array of that size is read into and returned (a chunk buffer,
        // a growing memory stream and a final copy cost 160 KB per article). Reading goes on past that length, to one
        // byte past the cap, rather than trusting it: a file may grow while it is read.
        var bytes = new byte[Math.Min(info.Length, maxBytes + 1)];
        var length = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (length == bytes.Length)
            {
                if (length > maxBytes)
                {
                    ReportTooLarge(DisplayPath.For(path), maxBytes, diagnostics);
                    return null;
                }
                if (stream.Read(probe) == 0) return bytes;
                Array.Resize(ref bytes, (int)Math.Min(Math.Max(16L, 2L * length), maxBytes + 1));
                bytes[length++] = probe[0];
            }
            var read = stream.Read(bytes, length, bytes.Length - length);
            if (read == 0) break;
            length += read;
        }
        return length == bytes.Length ? bytes : bytes[..length];
    }

    /// <summary>Strict UTF-8 (an optional byte order mark is dropped); an invalid byte is reported at its line and column.</summary>
    public static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidByte(bytes, start);
            var before = StrictUtf8.GetString(bytes, start, bad - start);
            var line = 1 + before.Count(c => c == '\n');
            var column = TextColumn.Of(before.AsSpan(before.LastIndexOf('\n') + 1));
            diagnostics.Report(DiagnosticCode.InvalidUtf8, new SourceLocation(display, line, column),
                new { value = $"0x{bytes[bad]:X2}" });
            return null;
        }
    }

    private static int FirstInvalidByte(byte[] bytes, int start)
    {
        var rest = bytes.AsSpan(start);
        System.Text.Unicode.Utf8.ToUtf16(rest, new char[rest.Length], out var consumed, out _, replaceInvalidSequences: false);
        return start + consumed;
    }

    /// <summary>True for a symbolic link, also one whose target does not exist.</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static string? LinkOnTheWay(string path, string root)
    {
        var full = Path.GetFullPath(path);
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var current = full; current is not null && current.Length > top.Length; current = Path.GetDirectoryName(current))
            if (IsLink(current)) return current;
        return null;
    }

    private static void ReportTooLarge(string display, long maxBytes, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCode.FileTooLarge, SourceLocation.StartOf(display),
            new { file = display, mib = maxBytes / (1024 * 1024) });

    private static void ReportLink(string link, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.For(link);
        diagnostics.Report(DiagnosticCode.SymbolicLink, SourceLocation.StartOf(display),
            new { file = display });
    }
}
