using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Write;

namespace KhaSite.Render;

/// <summary>The theme's static files (<c>theme/assets/</c>), published under <c>assets/</c>.</summary>
public static class ThemeAssets
{
    /// <summary>Read through <see cref="InputFile"/>: the theme comes from pull requests too (links are refused by the Load stage's scan).</summary>
    public static IEnumerable<OutputFile> Read(string themeDir)
    {
        var assets = Path.Combine(themeDir, "assets");
        var problems = new DiagnosticBag();
        foreach (var file in InputFile.Enumerate(assets, "*", recursive: true))
            if (InputFile.ReadBytes(file, themeDir, InputFile.MaxAssetBytes, problems) is { } bytes)
                yield return new OutputFile(SitePaths.Asset(Path.GetRelativePath(assets, file).Replace('\\', '/')), bytes);
    }
}
