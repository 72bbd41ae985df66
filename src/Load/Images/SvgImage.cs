using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Xml;
using KhaSite.Diagnostics;

namespace KhaSite.Load.Images;

/// <summary>
/// An SVG file as an article image: its size from the root's <c>width</c>/<c>height</c> (unitless or px) or its
/// <c>viewBox</c>, and whether it is safe to publish. An SVG opened on its own runs its scripts with the site's origin,
/// so one with a script, an event handler, a <c>foreignObject</c> or a reference outside itself is refused; a DTD is
/// refused too (entity expansion, "billion laughs").
/// </summary>
public static class SvgImage
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    /// <summary>The size of the SVG, or null with <paramref name="problem"/> saying why it cannot be shown (a message of KHA0685 without its <c>{image}</c>).</summary>
    public static ImageHeader? Read(byte[] bytes, out DiagnosticText? problem)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = bytes.Length * 2L + 16,
            IgnoreComments = true,
        };
        ImageHeader? header = null;
        problem = null;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name != "xml")
                    return Refuse("instruction", new { name = reader.Name }, out problem);
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (root)
                {
                    if (reader.LocalName != "svg" || reader.NamespaceURI != SvgNamespace)
                        return Refuse("no-root", (object?)null, out problem);
                    header = Size(reader);
                    root = false;
                }
                if (reader.LocalName is "script" or "foreignObject" or "iframe" or "embed" or "object" or "handler" or "listener")
                    return Refuse("element", new { name = reader.LocalName }, out problem);
                if (reader.LocalName == "style" && Unsafe(reader.ReadInnerXml()))
                    return Refuse("style-sheet", (object?)null, out problem);
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                        return Refuse("event-handler", new { name = reader.Name }, out problem);
                    if (reader.LocalName == "href" && !reader.Value.TrimStart().StartsWith('#'))
                        return Refuse("reference", new { name = reader.Name, target = Shorten(reader.Value) }, out problem);
                    if (Unsafe(reader.Value))
                        return Refuse("attribute", new { name = reader.Name }, out problem);
                }
            }
        }
        catch (XmlException e)
        {
            return Refuse("xml", new { detail = e.Message }, out problem);
        }
        if (header is null) problem = DiagnosticText.Of("no-size");
        return header;
    }

    private static ImageHeader? Refuse<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(string variant, T arguments, out DiagnosticText problem)
    {
        problem = DiagnosticText.Of(variant, arguments);
        return null;
    }

    /// <summary>CSS that fetches: <c>@import</c> or a <c>url()</c> that is not a fragment of the image itself.</summary>
    private static bool Unsafe(string text)
    {
        if (text.Contains("@import", StringComparison.OrdinalIgnoreCase)) return true;
        for (var i = text.IndexOf("url(", StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("url(", i + 4, StringComparison.OrdinalIgnoreCase))
            if (!text.AsSpan(i + 4).TrimStart().TrimStart("'\"").StartsWith("#")) return true;
        return false;
    }

    private static ImageHeader? Size(XmlReader svg)
    {
        var width = Pixels(svg.GetAttribute("width"));
        var height = Pixels(svg.GetAttribute("height"));
        if (width is > 0 && height is > 0) return Rounded(width.Value, height.Value);
        var box = svg.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (box is not { Length: 4 }) return null;
        if (!double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            || !double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h) || w <= 0 || h <= 0) return null;
        // One given side scales the other by the viewBox's ratio, as a browser does.
        if (width is > 0) return Rounded(width.Value, width.Value * h / w);
        if (height is > 0) return Rounded(height.Value * w / h, height.Value);
        return Rounded(w, h);
    }

    private static double? Pixels(string? length)
    {
        if (length is null) return null;
        var number = length.Trim();
        if (number.EndsWith("px", StringComparison.Ordinal)) number = number[..^2];
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    private static ImageHeader? Rounded(double width, double height) =>
        width is >= 0.5 and < int.MaxValue && height is >= 0.5 and < int.MaxValue
            ? new ImageHeader(ImageFormat.Svg, (int)Math.Round(width), (int)Math.Round(height))
            : null;

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
