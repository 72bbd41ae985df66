namespace KhaSite.Tests.Support;

/// <summary>
/// Files the verification tests leave for a person to look at: <c>artifacts/</c> at the repository root
/// (ignored by git; CI can upload it). Screenshots go to <c>artifacts/screenshots/&lt;site&gt;/</c>.
/// </summary>
public static class Artifacts
{
    public static string Root { get; } = Path.Combine(RepoPaths.Root, "artifacts");

    public static string Screenshots(string site)
    {
        var dir = Path.Combine(Root, "screenshots", site);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A file name for a page: <c>/khasite/kk/history/founding/</c> at 390 px → <c>kk_history_founding.390.png</c>.</summary>
    public static string ScreenshotName(Uri url, string basePath, string? variant)
    {
        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (path.StartsWith(basePath, StringComparison.Ordinal)) path = path[basePath.Length..];
        var name = path.Trim('/').Replace('/', '_');
        if (name.EndsWith(".html", StringComparison.Ordinal)) name = name[..^5];
        if (name.Length == 0) name = "root";
        foreach (var bad in Path.GetInvalidFileNameChars()) name = name.Replace(bad, '_');
        return variant is null ? name + ".png" : $"{name}.{variant}.png";
    }
}
