using System.Security.Cryptography;
using KhaSite.Diagnostics;

namespace KhaSite.Load.Images;

/// <summary>An image file of <c>input/</c> that an article shows: where it is, its header, and a hash of its bytes for its published name.</summary>
public sealed record ImageFile(string FullPath, ImageHeader Header, string Hash);

/// <summary>Why an image file cannot be published: a code and a message of the catalog for the place that shows it (<see cref="Message"/>, its English, when it has none).</summary>
public sealed record ImageFileProblem(DiagnosticCode Code, string Message, DiagnosticText? Text = null);

/// <summary>
/// Reads an article image the way <see cref="InputFile"/> reads every input file (no links, a size cap), then only its
/// header: formats are recognised by their bytes, never by the file's name.
/// </summary>
public static class ImageFiles
{
    /// <summary>The largest image file published (a photograph for the web is well under 1 MiB).</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    /// <summary>The largest SVG read: it is parsed whole to look for scripts.</summary>
    public const long MaxSvgBytes = 1024 * 1024;

    /// <summary>The largest canvas an image may claim: more is a decompression bomb or a mistake, and no reader needs it.</summary>
    public const int MaxSide = 16_384;

    public const long MaxPixels = 40_000_000;

    public static ImageFile? Probe(string fullPath, string inputDir, out ImageFileProblem? problem)
    {
        problem = null;
        var display = DisplayPath.For(fullPath);
        var info = new FileInfo(fullPath);
        if (!info.Exists && !InputFile.IsLink(fullPath))
            return Fail(DiagnosticCode.MissingImage, DiagnosticText.Of("", new { image = display }), out problem);
        if (info.Exists && info.LinkTarget is null && info.Length > MaxBytes)
            return Fail(DiagnosticCode.ImageTooLarge, DiagnosticText.Of("file", new { image = display, size = (info.Length + 1023) / 1024, max = MaxBytes / (1024 * 1024) }), out problem);
        var read = new DiagnosticBag();
        if (InputFile.ReadBytes(fullPath, inputDir, MaxBytes, read) is not { } bytes)
        {
            var first = read.Sorted().First();
            problem = new ImageFileProblem(first.Code, first.Message, first.Text);
            return null;
        }
        var header = ImageHeader.ReadRaster(bytes.AsSpan(0, (int)Math.Min(bytes.Length, ImageHeader.MaxHeaderBytes)));
        if (header is null && LooksLikeXml(bytes))
        {
            if (bytes.Length > MaxSvgBytes)
                return Fail(DiagnosticCode.ImageTooLarge, DiagnosticText.Of("svg", new { image = display, size = bytes.Length / 1024, max = MaxSvgBytes / 1024 }), out problem);
            header = SvgImage.Read(bytes, out var svgProblem);
            if (header is null) return Fail(DiagnosticCode.UnsafeSvg, new DiagnosticText(svgProblem!.Variant, [KeyValuePair.Create<string, object>("image", display), .. svgProblem.Arguments]), out problem);
        }
        if (header is null)
            return Fail(DiagnosticCode.UnknownImageFormat, DiagnosticText.Of("", new { image = display }), out problem);
        if (header.Width > MaxSide || header.Height > MaxSide || (long)header.Width * header.Height > MaxPixels)
            return Fail(DiagnosticCode.ImageTooLarge,
                DiagnosticText.Of("pixels", new { image = display, width = header.Width, height = header.Height, side = MaxSide, megapixels = MaxPixels / 1_000_000 }), out problem);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        return new ImageFile(Path.GetFullPath(fullPath), header, hash);
    }

    private static bool LooksLikeXml(byte[] bytes)
    {
        var text = bytes.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = text[3..];
        text = text.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == (byte)'<';
    }

    private static ImageFile? Fail(DiagnosticCode code, DiagnosticText text, out ImageFileProblem problem)
    {
        problem = new ImageFileProblem(code, DiagnosticCatalog.Render(code, text, DiagnosticLanguage.English), text);
        return null;
    }
}
