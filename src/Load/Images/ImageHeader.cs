using System.Buffers.Binary;

namespace KhaSite.Load.Images;

/// <summary>The image formats an article may show; the file name's extension on the site comes from the format, not the input's name.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    Gif,
    Webp,
    Svg,
}

/// <summary>
/// An image's format and size in pixels, read from its first bytes only (the PNG IHDR, JPEG SOF, GIF screen and WebP
/// VP8/VP8L/VP8X headers): nothing is decoded, so a small file that claims a huge canvas (a decompression bomb) costs
/// nothing here and is refused by its claimed size.
/// </summary>
public sealed record ImageHeader(ImageFormat Format, int Width, int Height)
{
    /// <summary>How many bytes of a raster image are read to find its size (JPEG may put EXIF and ICC data first).</summary>
    public const int MaxHeaderBytes = 256 * 1024;

    public string Extension => Format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.Jpeg => ".jpg",
        ImageFormat.Gif => ".gif",
        ImageFormat.Webp => ".webp",
        ImageFormat.Svg => ".svg",
    };

    /// <summary>The header of a PNG, JPEG, GIF or WebP file, or null when the bytes are none of those (or are cut short).</summary>
    public static ImageHeader? ReadRaster(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png(head);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg(head);
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return Gif(head);
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return Webp(head);
        return null;
    }

    private static ImageHeader? Png(ReadOnlySpan<byte> b)
    {
        // Signature (8), then the first chunk must be IHDR: length (4), type (4), width (4), height (4).
        if (b.Length < 24 || !b[12..16].SequenceEqual("IHDR"u8)) return null;
        return Sized(ImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(b[16..]), BinaryPrimitives.ReadUInt32BigEndian(b[20..]));
    }

    private static ImageHeader? Jpeg(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF) return null;
            var marker = b[i + 1];
            if (marker == 0xFF) { i++; continue; }
            // Markers without a length: TEM, RSTn; SOS ends the headers without a frame.
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) { i += 2; continue; }
            if (marker is 0xD9 or 0xDA) return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (length < 2) return null;
            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision (1), height (2), width (2).
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
                return i + 9 <= b.Length
                    ? Sized(ImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]))
                    : null;
            i += 2 + length;
        }
        return null;
    }

    private static ImageHeader? Gif(ReadOnlySpan<byte> b) =>
        b.Length < 10 ? null : Sized(ImageFormat.Gif, BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]));

    private static ImageHeader? Webp(ReadOnlySpan<byte> b)
    {
        if (b.Length < 30) return null;
        var chunk = b[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
            return Sized(ImageFormat.Webp, 1 + Read24(b[24..]), 1 + Read24(b[27..]));
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (b[20] != 0x2F) return null;
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return Sized(ImageFormat.Webp, 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF));
        }
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Frame tag (3), start code 9D 01 2A, then 14-bit width and height.
            if (b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A) return null;
            return Sized(ImageFormat.Webp, BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFFu);
        }
        return null;
    }

    private static uint Read24(ReadOnlySpan<byte> b) => (uint)(b[0] | b[1] << 8 | b[2] << 16);

    private static ImageHeader? Sized(ImageFormat format, uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : new ImageHeader(format, (int)width, (int)height);
}
