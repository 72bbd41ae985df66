using System.Runtime.ExceptionServices;
using KhaSite.Diagnostics;
using KhaSite.Load.Script;

namespace KhaSite.Load;

/// <summary>The Load stage: reads the input and theme folders into <see cref="LoadedInput"/>.</summary>
public static class InputLoader
{
    /// <param name="cancel">stops reading the articles early (a build the preview no longer needs)</param>
    /// <param name="articleCache">reads what earlier builds made of the article files (<see cref="ArticleCache"/>), on the
    /// articles' worker while this thread reads the other files; null reads and parses every one</param>
    public static LoadedInput? Load(string inputDir, string themeDir, DiagnosticBag diagnostics, CancellationToken cancel = default, Func<ArticleCache>? articleCache = null)
    {
        InputFile.ReportLinks(inputDir, diagnostics);
        InputFile.ReportLinks(themeDir, diagnostics);
        InputFile.ReportOversized(Path.Combine(themeDir, "assets"), InputFile.MaxAssetBytes, diagnostics);
        var config = SiteConfigLoader.Load(Path.Combine(inputDir, "site.yml"), diagnostics);
        if (config is null) return null;
        // git runs as its own process (tens of milliseconds) while the files are read.
        var gitHistory = Task.Run(() => GitHistory.Read(inputDir), cancel);
        var languages = config.WrittenLanguages;
        // The articles are read (in parallel) while the other files are read.
        var articles = Task.Run(() => ArticleLoader.LoadAll(Path.Combine(inputDir, "articles"), languages, diagnostics, cancel, articleCache?.Invoke()), cancel);
        var data = Path.Combine(inputDir, "data");
        // The bibliography, the largest data file, on a worker of its own: with the articles from the cache, the data
        // files are most of Load.
        var bibliography = Task.Run(() => BibliographyLoader.LoadAll(data, diagnostics), cancel);
        // The other files, none of which reads another, side by side: one after the other they left the second core
        // idle for most of a small site's Load.
        Dictionary<string, UiStrings> strings = [];
        IReadOnlyList<TermRecord> tags = [], categories = [];
        IReadOnlyList<TimelineRecord> timeline = [];
        IReadOnlyList<DatasetRecord> datasets = [];
        IReadOnlyList<GlossaryRecord> glossary = [];
        IReadOnlyList<FactRecord> facts = [];
        IReadOnlyList<BodyRecord> organisation = [];
        IReadOnlyList<PlaceRecord> places = [];
        MapOutlineRecord? outline = null;
        IReadOnlyList<LatinException>? exceptions = null;
        Together(cancel,
            () => strings = languages.ToDictionary(lang => lang, lang => UiStringsLoader.Load(Path.Combine(themeDir, "i18n", lang + ".yml"), lang, diagnostics)),
            () => tags = DataLoader.LoadTerms(Path.Combine(data, "tags.yml"), languages, diagnostics),
            () => categories = DataLoader.LoadTerms(Path.Combine(data, "categories.yml"), languages, diagnostics),
            () => timeline = DataLoader.LoadTimeline(Path.Combine(data, "timeline.yml"), languages, diagnostics),
            () => datasets = DataLoader.LoadStatistics(Path.Combine(data, "statistics"), languages, diagnostics),
            () => glossary = DataLoader.LoadGlossary(Path.Combine(data, "glossary.yml"), languages, diagnostics),
            () => facts = FactLoader.Load(Path.Combine(data, "facts.yml"), languages, diagnostics),
            () => organisation = DiagramLoader.LoadOrganisation(Path.Combine(data, "organisation.yml"), languages, diagnostics),
            () => places = DiagramLoader.LoadPlaces(Path.Combine(data, "places.yml"), languages, diagnostics),
            () => outline = DiagramLoader.LoadOutline(Path.Combine(data, "map-outline.yml"), languages, diagnostics),
            () => exceptions = config.Languages.Count == languages.Count ? null : LatinExceptionsLoader.Load(Path.Combine(data, "latin-exceptions.yml"), diagnostics));
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

    /// <summary>Runs the loads side by side. A load's exception is thrown as it was thrown, the first in the order given
    /// when several fail: as when they ran one after the other, and the same whichever finished first.</summary>
    private static void Together(CancellationToken cancel, params Action[] loads)
    {
        var failures = new Exception?[loads.Length];
        Parallel.For(0, loads.Length, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            try
            {
                loads[i]();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } first) ExceptionDispatchInfo.Throw(first);
    }
}
