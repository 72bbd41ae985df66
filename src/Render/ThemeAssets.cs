using KhaSite.Write;

namespace KhaSite.Render;

/// <summary>The theme's static files (<c>theme/assets/</c>), published under <c>assets/</c>.</summary>
public static class ThemeAssets
{
    public static IEnumerable<OutputFile> Read(string themeDir)
    {
        var assets = Path.Combine(themeDir, "assets");
        if (!Directory.Exists(assets)) yield break;
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new OutputFile("assets/" + Path.GetRelativePath(assets, file).Replace('\\', '/'), File.ReadAllBytes(file));
    }
}
