using KhaSite.Diagnostics;
using KhaSite.Load.Script;

namespace KhaSite.Load;

/// <summary>The Load stage: reads the input and theme folders into <see cref="LoadedInput"/>.</summary>
public static class InputLoader
{
    /// <param name="cancel">stops reading the articles early (a build the preview no longer needs)</param>
    /// <param name="articleCache">what earlier builds made of the article files (<see cref="ArticleCache"/>); null reads and parses every one</param>
    public static LoadedInput? Load(string inputDir, string themeDir, DiagnosticBag diagnostics, CancellationToken cancel = default, ArticleCache? articleCache = null)
    {
        InputFile.ReportLinks(inputDir, diagnostics);
        InputFile.ReportLinks(themeDir, diagnostics);
        InputFile.ReportOversized(Path.Combine(themeDir, "assets"), InputFile.MaxAssetBytes, diagnostics);
        var config = SiteConfigLoader.Load(Path.Combine(inputDir, "site.yml"), diagnostics);
        if (config is null) return null;
        // git runs as its own process (tens of milliseconds) while the files are read.
        var gitHistory = Task.Run(() => GitHistory.Read(inputDir), cancel);
        var strings = config.WrittenLanguages.ToDictionary(
            lang => lang,
            lang => UiStringsLoader.Load(Path.Combine(themeDir, "i18n", lang + ".yml"), lang, diagnostics));
        // The articles are read (in parallel) while this thread reads the data files.
        var articles = Task.Run(() => ArticleLoader.LoadAll(Path.Combine(inputDir, "articles"), config.WrittenLanguages, diagnostics, cancel, articleCache), cancel);
        var data = Path.Combine(inputDir, "data");
        var languages = config.WrittenLanguages;
        // The bibliography, the largest data file, on a worker of its own: with the articles from the cache, the data
        // files are most of Load.
        var bibliography = Task.Run(() => BibliographyLoader.LoadAll(data, diagnostics), cancel);
        var tags = DataLoader.LoadTerms(Path.Combine(data, "tags.yml"), languages, diagnostics);
        var categories = DataLoader.LoadTerms(Path.Combine(data, "categories.yml"), languages, diagnostics);
        var timeline = DataLoader.LoadTimeline(Path.Combine(data, "timeline.yml"), languages, diagnostics);
        var datasets = DataLoader.LoadStatistics(Path.Combine(data, "statistics"), languages, diagnostics);
        var glossary = DataLoader.LoadGlossary(Path.Combine(data, "glossary.yml"), languages, diagnostics);
        var facts = FactLoader.Load(Path.Combine(data, "facts.yml"), languages, diagnostics);
        var organisation = DiagramLoader.LoadOrganisation(Path.Combine(data, "organisation.yml"), languages, diagnostics);
        var places = DiagramLoader.LoadPlaces(Path.Combine(data, "places.yml"), languages, diagnostics);
        var outline = DiagramLoader.LoadOutline(Path.Combine(data, "map-outline.yml"), languages, diagnostics);
        var exceptions = config.Languages.Count == languages.Count ? null : LatinExceptionsLoader.Load(Path.Combine(data, "latin-exceptions.yml"), diagnostics);
        var sources = bibliography.GetAwaiter().GetResult();
        var history = gitHistory.GetAwaiter().GetResult();
        var input = new LoadedInput(config, articles.GetAwaiter().GetResult(), strings, sources, tags, categories, timeline, datasets, glossary, facts, history, inputDir, themeDir)
        {
            Dates = new InputDates(history, inputDir, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")),
            Organisation = organisation,
            Places = places,
            MapOutline = outline,
        };
        return exceptions is null ? input : ScriptEdition.Derive(input, exceptions, diagnostics);
    }
}
