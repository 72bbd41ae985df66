using System.Net;
using KhaSite.Diagnostics;

namespace KhaSite.Safety;

/// <summary>
/// The one rule for every URL that comes from content or data (Markdown links, images, autolinks and reference
/// definitions; a source's URL and DOI; site.yml's repository): relative URLs, #fragments, http, https and mailto
/// are allowed, every other scheme (javascript:, vbscript:, data:, file: …) is refused. The URL is first read the
/// way a browser reads an href: HTML entities decoded, ASCII tabs and line breaks removed anywhere, leading and
/// trailing C0 controls and spaces trimmed, the scheme compared without case (WHATWG URL Standard, "basic URL parser").
/// Check reports a refused URL; Render never writes one (defence in depth).
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>What is written into an href in place of a refused URL (only reached when Check was bypassed).</summary>
    public const string Refused = "#";

    public static bool IsAllowed(string url) => Problem(url) is null;

    /// <summary>Null when the URL is allowed, else why not (for the diagnostic).</summary>
    public static DiagnosticText? Problem(string url)
    {
        var normalized = Normalize(url);
        var scheme = SchemeOf(normalized);
        if (scheme is null || AllowedSchemes.Contains(scheme, StringComparer.Ordinal)) return null;
        return DiagnosticText.Of("", new { url = Shorten(url), scheme });
    }

    /// <summary><paramref name="url"/> when allowed, else <see cref="Refused"/>.</summary>
    public static string Safe(string url) => IsAllowed(url) ? url : Refused;

    /// <summary>The URL as a browser sees it before parsing.</summary>
    public static string Normalize(string url)
    {
        // Entities twice: "&amp;#106;" in YAML reaches HTML as "&amp;#106;" (harmless), but Markdig already decoded
        // one level in Markdown; decoding until stable covers both without under-reading.
        var text = url;
        for (var i = 0; i < 3; i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text) break;
            text = decoded;
        }
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (c is not ('\t' or '\n' or '\r')) kept.Append(c);
        return kept.ToString().Trim(TrimmedByBrowsers);
    }

    private static readonly char[] TrimmedByBrowsers = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    /// <summary>The lower-case scheme per the URL Standard (an ASCII letter, then letters, digits, '+', '-', '.' up to ':'), or null for a relative URL.</summary>
    public static string? SchemeOf(string normalized)
    {
        if (normalized.Length == 0 || !char.IsAsciiLetter(normalized[0])) return null;
        for (var i = 1; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == ':') return normalized[..i].ToLowerInvariant();
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return null;
        }
        return null;
    }

    private static string Shorten(string url)
    {
        var oneLine = new string([.. url.Select(c => char.IsControl(c) ? ' ' : c)]);
        return oneLine.Length > 60 ? oneLine[..60] + "…" : oneLine;
    }
}
