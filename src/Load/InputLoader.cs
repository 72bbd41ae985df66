using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>The Load stage: reads the input and theme folders into <see cref="LoadedInput"/>.</summary>
public static class InputLoader
{
    public static LoadedInput? Load(string inputDir, string themeDir, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(Path.Combine(inputDir, "site.yml"), diagnostics);
        if (config is null) return null;
        var strings = config.Languages.ToDictionary(
            lang => lang,
            lang => UiStringsLoader.Load(Path.Combine(themeDir, "i18n", lang + ".yml"), lang, diagnostics));
        var articles = ArticleLoader.LoadAll(Path.Combine(inputDir, "articles"), config.Languages, diagnostics);
        var sources = BibliographyLoader.Load(Path.Combine(inputDir, "data", "sources.yml"), diagnostics);
        return new LoadedInput(config, articles, strings, sources, inputDir, themeDir);
    }
}
