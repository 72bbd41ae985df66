using System.Text.RegularExpressions;

namespace KhaSite.Render.Citations;

/// <summary>Writes a Pandoc locator (<c>p. 11</c>, <c>pp. 323–329</c>) the way each language writes page references.</summary>
public static partial class LocatorText
{
    public static string Format(string locator, string lang)
    {
        var match = Pages().Match(locator.Trim());
        if (!match.Success) return locator;
        var pages = match.Groups["pages"].Value.Replace('-', '–');
        var plural = match.Groups["label"].Value.StartsWith("pp", StringComparison.Ordinal) || match.Groups["label"].Value == "pages" || pages.Contains('–', StringComparison.Ordinal);
        return lang == "kk" ? $"{pages}-{(plural ? "бб" : "б")}." : $"{(plural ? "pp." : "p.")} {pages}";
    }

    [GeneratedRegex(@"^(?<label>pp?\.|pages?|б\.|бб\.|бет)\s*(?<pages>[0-9]+(\s*[-–]\s*[0-9]+)?)$")]
    private static partial Regex Pages();
}
