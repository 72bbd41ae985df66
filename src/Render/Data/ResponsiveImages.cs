using KhaSite.Load.Images;
using SkiaSharp;

namespace KhaSite.Render.Data;

/// <summary>
/// Smaller copies of a large raster image for <c>srcset</c>, so a phone does not download a 2,000-pixel photograph
/// for a 375-pixel column. The copies are resized and encoded by SkiaSharp (MIT, Google's Skia); the same input bytes
/// give the same copies. A decompression bomb never gets here: Load refuses an image whose header claims more than
/// <see cref="ImageFiles.MaxPixels"/> before anything is decoded.
/// </summary>
public static class ResponsiveImages
{
    /// <summary>A raster image wider than this gets copies.</summary>
    public const int LargeFrom = 1200;

    /// <summary>The widths of the copies (those narrower than the image).</summary>
    private static readonly int[] Widths = [480, 960, 1440];

    /// <summary>How wide the image is drawn: the article column (site.css --measure, 42rem), the whole viewport on a phone.</summary>
    public const string Sizes = "(max-width: 46rem) 100vw, 42rem";

    private const int JpegQuality = 85;

    public static IReadOnlyList<int> CopyWidths(ImageHeader header) =>
        header.Format is ImageFormat.Png or ImageFormat.Jpeg && header.Width > LargeFrom ? Widths.Where(w => w < header.Width).ToArray() : [];

    /// <summary>A copy's site path: <c>media/map-1a2b3c.png</c> → <c>media/map-1a2b3c-480w.png</c>.</summary>
    public static string CopyPath(string sitePath, int width)
    {
        var dot = sitePath.LastIndexOf('.');
        var slash = sitePath.LastIndexOf('/');
        var suffix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"-{width}w");
        return dot > slash ? sitePath[..dot] + suffix + sitePath[dot..] : sitePath + suffix;
    }

    /// <summary>The image's bytes resized to <paramref name="width"/> pixels, in its own format; null when they do not decode.</summary>
    public static byte[]? Resize(byte[] bytes, ImageHeader header, int width)
    {
        using var source = SKBitmap.Decode(bytes);
        if (source is null || source.Width != header.Width || source.Height != header.Height) return null;
        var height = Math.Max(1, (int)Math.Round((double)source.Height * width / source.Width, MidpointRounding.AwayFromZero));
        using var resized = source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null) return null;
        using var data = resized.Encode(header.Format == ImageFormat.Jpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, JpegQuality);
        return data?.ToArray();
    }
}
