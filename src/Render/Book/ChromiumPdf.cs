using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KhaSite.Render.Book;

/// <summary>
/// A book page printed to PDF by headless Chromium (<c>--print-to-pdf</c>), as a reader's "Save as PDF" would. Chromium
/// writes the time of printing as the PDF's creation and modification dates; they are replaced by the book's date
/// (same length, so the file's offsets hold), which makes the PDF the same bytes for the same site.
/// </summary>
public static partial class ChromiumPdf
{
    /// <summary>Debian's Chromium, or <c>KHASITE_CHROMIUM</c>; null when there is none.</summary>
    public static string? Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("KHASITE_CHROMIUM") is { Length: > 0 } set ? set : "/usr/bin/chromium";
            return File.Exists(path) ? path : null;
        }
    }

    /// <param name="folder">a folder holding the page and what it links (its stylesheet)</param>
    /// <param name="page">the page's path inside <paramref name="folder"/></param>
    public static async Task<byte[]> PrintAsync(string chromium, string folder, string page, DateTimeOffset date, CancellationToken cancel = default)
    {
        var pdf = System.IO.Path.Combine(folder, "print.pdf");
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, Environment = { ["TZ"] = "UTC" } };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", "--user-data-dir=" + System.IO.Path.Combine(folder, "profile"),
                     "--print-to-pdf=" + pdf, new Uri(System.IO.Path.Combine(folder, page)).AbsoluteUri,
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        if (process.ExitCode != 0 || !File.Exists(pdf))
            throw new InvalidOperationException($"Chromium could not print {page} (exit code {process.ExitCode}): {await errors}{await output}");
        return Stamped(await File.ReadAllBytesAsync(pdf, cancel), date);
    }

    /// <summary>The PDF with every <c>(D:…)</c> date of its information dictionary set to <paramref name="date"/>.</summary>
    public static byte[] Stamped(byte[] pdf, DateTimeOffset date)
    {
        var stamp = date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        // Latin-1 maps every byte to one char and back, so the binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        return Encoding.Latin1.GetBytes(PdfDate().Replace(text, m => m.Groups[1].Value + stamp + (m.Groups[2].Length == 7 ? "+00'00'" : m.Groups[2].Value) + ")"));
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate) ?\(D:)\d{14}((?:[+-]\d\d'\d\d'|Z)?)\)")]
    private static partial Regex PdfDate();
}
