using System.Diagnostics;
using KhaSite.Check;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render;
using KhaSite.Write;

namespace KhaSite;

/// <summary>Where a build reads and writes.</summary>
/// <param name="Search">write the search index (<c>search/&lt;lang&gt;/</c>; off for tests and benchmarks unless asked)</param>
/// <param name="Force">build into an existing output folder even when it lacks KhaSite's marker (its files are deleted)</param>
/// <param name="KeepWhenUnchanged">keep the output as it is when nothing it is made from changed since the last clean
/// build into it (<see cref="BuildStamp"/>); the command line's default, off for tests and benchmarks</param>
/// <param name="Pdf">also print each book to PDF with Chromium (<c>kk/book/book-kk.pdf</c>); skipped with a note without Chromium</param>
/// <param name="Book">write the book of each language (<c>kk/book/</c>: the all-in-one page and the EPUB; off for tests unless asked)</param>
/// <param name="TreeBudget">keep every article's parsed Markdown for the whole build when the article files total at most
/// this many bytes (<see cref="ModelBuilder.TreeBudget"/>); 0 reads and parses a body again wherever it is read, as a large site does</param>
public sealed record BuildOptions(string InputDir, string ThemeDir, string OutputDir, bool Search = false, bool Force = false, bool Book = false, bool Pdf = false, bool KeepWhenUnchanged = false,
    long TreeBudget = ModelBuilder.TreeBudget);

/// <summary>What a build did: its diagnostics, the pages per language, and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    IReadOnlyList<(string Stage, TimeSpan Time)> Stages,
    bool Wrote,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>The parts of the output kept from the previous build because their inputs did not change (<c>search kk</c>: the Kazakh search index).</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];

    /// <summary>Pages kept from the previous output because their keys did not change, and pages rendered (both 0
    /// when the build keeps no pages: no cache, or a book).</summary>
    public (int Kept, int Rendered) Pages { get; init; }

    /// <summary>Articles whose per-article diagnostics were replayed from the last build, and articles checked (both 0
    /// when the build keeps no diagnostics: no cache, or a book).</summary>
    public (int Replayed, int Checked) Articles { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Article bodies whose facts came from the last build's <see cref="BodyFactsCache"/>, not parsed (0 without the cache).</summary>
    public int BodiesFromCache { get; init; }

    /// <summary>The site model the build made (null when Load failed); the preview's quick path reuses it.</summary>
    public SiteModel? Model { get; init; }

    /// <summary>What printing the diagnostics needs of the site: from the model, or from the stamp of a kept build.</summary>
    public ReportedSite? Site
    {
        get => _site ?? (Model?.Config is { } config ? new ReportedSite(config.DefaultLanguage, config.Repository, config.Branch) : null);
        init => _site = value;
    }

    private readonly ReportedSite? _site;
}

/// <summary>
/// The whole pipeline, one stage after the other: Load → Model → Check → Render → Write.
/// A build with any error diagnostic stops after Check and leaves the previous output untouched.
/// </summary>
public static class SiteBuilder
{
    /// <param name="cancel">stops the build between stages and between pages (the preview's outdated builds); a
    /// cancelled build throws <see cref="OperationCanceledException"/> and leaves the output untouched</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, bool write, Action<string>? onStage = null, CancellationToken cancel = default)
    {
        try
        {
            return await BuildStagesAsync(Absolute(options), write, onStage, cancel);
        }
        catch (Exception e) when (ArticleChangedException.In(e) is { } changed)
        {
            // Articles' bodies are read again after Load (ArticleBody): an edit in between fails the build, output untouched.
            var diagnostics = new DiagnosticBag();
            diagnostics.Report(DiagnosticCode.ArticleChangedDuringBuild, SourceLocation.StartOf(changed.File), "");
            return Result(diagnostics, null, 0, [], false);
        }
    }

    /// <summary>The options with absolute folders: every path made from a relative one asked the system for the
    /// working directory again (10,841 getcwd calls in a build of the real site from <c>input</c>).</summary>
    private static BuildOptions Absolute(BuildOptions options) => options with
    {
        InputDir = Path.GetFullPath(options.InputDir),
        ThemeDir = Path.GetFullPath(options.ThemeDir),
        OutputDir = options.OutputDir.Length == 0 ? "" : Path.GetFullPath(options.OutputDir),
    };

    private static async Task<BuildResult> BuildStagesAsync(BuildOptions options, bool write, Action<string>? onStage, CancellationToken cancel)
    {
        var diagnostics = new DiagnosticBag();
        var stages = new List<(string, TimeSpan)>();
        // Before anything is read or written: an output that would replace the repository is refused (OutputFolderGuard).
        if (write) OutputFolderGuard.EnsureSafe(options.OutputDir, options.InputDir, options.ThemeDir, options.Force);
        var clock = Stopwatch.StartNew();
        void Done(string stage)
        {
            stages.Add((stage, clock.Elapsed));
            clock.Restart();
        }
        // Checked before each stage, not after: once Write has published the site the build is done.
        void Begin(string stage)
        {
            cancel.ThrowIfCancellationRequested();
            onStage?.Invoke(stage);
        }

        string? fingerprint = null, shared = null;
        Task<BuildStamp?> trusted = Task.FromResult<BuildStamp?>(null);
        Task<PageKeys?> previousPages = Task.FromResult<PageKeys?>(null);
        FileHashes? hashes = null;
        var stampPath = write && options.KeepWhenUnchanged ? BuildStamp.PathFor(options.InputDir, options.OutputDir) : "";
        var hashesPath = stampPath.Length == 0 ? "" : Path.Combine(Path.GetDirectoryName(stampPath)!, "file-hashes.bin");
        if (write && options.KeepWhenUnchanged)
        {
            Begin("Up to date?");
            // The output's check (a stat of each of its files) runs beside the input's fingerprint: neither needs the other.
            var stored = Task.Run(() => BuildStamp.ReadStored(stampPath, options.OutputDir), cancel);
            trusted = Task.Run(async () => await stored is { } read && read.StillHolds(options.OutputDir) ? read : null, cancel);
            hashes = FileHashes.Load(hashesPath);
            fingerprint = InputFingerprint.Of((options with { KeepWhenUnchanged = false }).ToString(), hashes, out shared, options.InputDir, options.ThemeDir);
            // Only a build with nothing changed needs the output's check now; any other goes on, and Render waits for it
            // (at 10,000 pages, 32,000 stats beside Load instead of before it).
            var stamp = (await stored)?.Fingerprint == fingerprint ? await trusted : null;
            // The last build's warnings are said again, in the same order: a kept build reports what a new one would.
            var replayed = stamp is null ? null
                : stamp.DiagnosticsSha256.Length == 0 ? []
                : StoredDiagnostics.Read(BuildStamp.DiagnosticsPathFor(stampPath), stamp.DiagnosticsSha256);
            // The previous pages' keys (5 MB at 10,000 pages) are read beside Load too (not with a book: it renders every page).
            if ((stamp is null || replayed is null) && !options.Book)
                previousPages = Task.Run(async () => await trusted is { } read ? PageKeys.Read(PageKeys.PathFor(stampPath), read.PagesSha256) : null, cancel);
            Done("Up to date?");
            // Saved only by a build that then publishes or is kept: a refused or failed build changes nothing on disk.
            if (stamp is not null && replayed is not null)
            {
                hashes.Save(hashesPath);
                return new BuildResult(replayed, stamp.PagesPerLanguage, 0, stages, false, ["up to date: nothing changed since the last build into this folder (--no-cache builds it anew)"]) { Site = stamp.Site };
            }
        }

        Begin("Load");
        // The caches Model and Check read are read beside Load (at 10,000 pages 10 MB of bodies' facts); the book path
        // reads none, as without the cache.
        var bodyFactsRead = stampPath.Length == 0 || options.Book ? null : Task.Run(() => BodyFactsCache.Load(BodyFactsCache.PathFor(stampPath)), cancel);
        var checksPath = stampPath.Length == 0 ? "" : CheckedArticles.PathFor(stampPath);
        var checksRead = shared is null || options.Book ? null : Task.Run(() => CheckedArticles.Load(checksPath), cancel);
        // What Load made of each article file, by its SHA-256: an unchanged file is neither read nor parsed. Read (10 MB
        // at 10,000 pages) on the articles' worker, beside the data files.
        var articlesPath = stampPath.Length == 0 ? "" : ArticleCache.PathIn(Path.GetDirectoryName(stampPath)!);
        ArticleCache? articleCache = null;
        var input = InputLoader.Load(options.InputDir, options.ThemeDir, diagnostics, cancel,
            hashes is null || options.Book ? null : () => articleCache = ArticleCache.Load(articlesPath, hashes));
        Done("Load");
        if (input is null) return Result(diagnostics, null, 0, stages, false);
        // The fingerprint's walk has every input file's time: pages, feeds and keys take their dates from it, not a stat each.
        if (hashes is not null) input = input with { Dates = input.Dates.Knowing(hashes) };

        Begin("Model");
        // The bodies' facts of the last build: an unchanged body is not parsed again (BodyFactsCache); not for the book.
        var bodyFacts = bodyFactsRead is null ? null : await bodyFactsRead;
        var model = ModelBuilder.Build(input, cancel, options.TreeBudget, bodyFacts);
        ReturnStageGarbage();
        Done("Model");

        Begin("Check");
        // Kept beside the stamp, and only by a build that publishes; the book path checks everything, as without the cache.
        var checkedArticles = checksRead is null ? null : await checksRead;
        // What articles read of others: Check's keys and Render's page keys both hash it.
        var exports = checkedArticles is null ? null : SiteExports.Of(model);
        if (checkedArticles is null) SiteChecker.Check(model, diagnostics);
        else SiteChecker.Check(model, diagnostics, new ArticleCheckKeys(shared!, exports!), checkedArticles);
        // A Check that replayed (nearly) every article parsed nothing: a full collection would find little to return.
        if (checkedArticles is null || checkedArticles.Counts.Checked * 10 >= model.Articles.Count) ReturnStageGarbage();
        Done("Check");
        if (diagnostics.HasErrors || !write) return Result(diagnostics, model, 0, stages, false) with { Articles = checkedArticles?.Counts ?? default, BodiesFromCache = bodyFacts?.Found ?? 0 };

        Begin("Render");
        var previous = await trusted;
        using var output = new StagingFolder(options.OutputDir, options.Force, previous?.Output);
        var parts = fingerprint is null ? null : new PartCache(previous?.Parts);
        // The book's pages hold every article's body: with a book, every page is rendered.
        var pages = shared is null || options.Book ? null
            : new PageKeeper(model, new OutputKeys(model, shared, exports), previous is null ? null : await previousPages);
        var renderer = new SiteRenderer(model, options.Search, options.Book, options.Pdf, parts, pages);
        await renderer.RenderAsync(output, cancel);
        Done("Render");

        Begin("Write");
        output.Publish(null);
        // Four files, none of which reads another: written side by side (at 10,000 pages an edit rewrites two of 10 MB).
        await Task.WhenAll(Task.Run(() => hashes?.Save(hashesPath)), Task.Run(() => checkedArticles?.Save(checksPath)),
            Task.Run(() => articleCache?.Save(articlesPath)), Task.Run(() => bodyFacts?.Save(BodyFactsCache.PathFor(stampPath))));
        Done("Write");
        var result = Result(diagnostics, model, output.FilesWritten, stages, true) with
        {
            Notes = renderer.Notes,
            Kept = parts?.Kept.Order(StringComparer.Ordinal).ToArray() ?? [],
            Pages = (pages?.Kept ?? 0, pages?.Rendered ?? 0),
            Articles = checkedArticles?.Counts ?? default,
            BodiesFromCache = bodyFacts?.Found ?? 0,
        };
        // A build with notes (a PDF skipped without Chromium) leaves no stamp: what it skipped may work next time.
        if (fingerprint is not null && (result.Notes ?? []).Count == 0)
        {
            var diagnosticsSha256 = result.Diagnostics.Count == 0 ? "" : StoredDiagnostics.Save(BuildStamp.DiagnosticsPathFor(stampPath), result.Diagnostics);
            var pagesSha256 = pages?.Current.Save(PageKeys.PathFor(stampPath)) ?? "";
            new BuildStamp(fingerprint, output.Listing(), result.PagesPerLanguage, result.FilesWritten, diagnosticsSha256, result.Site, parts?.Current, pagesSha256).Save(stampPath);
        }
        else if (fingerprint is not null) BuildStamp.Remove(stampPath);
        return result;
    }

    /// <summary>A heap from which <see cref="ReturnStageGarbage"/> collects (a few thousand pages); a smaller one is left to the collector.</summary>
    private const long LargeHeap = 256L << 20;

    /// <summary>
    /// One compacting collection after Model and after Check, when the heap is large. The trees a stage parsed and let
    /// go lived through several gen-0 collections while it worked, were promoted, and background collections sweep them
    /// without compacting: the process kept their pages through Render. Measured at 20,000 pages: 401 MB live after
    /// Model, peak RSS 1,242 → 1,003 MB, no more CPU (docs/performance.md, "Memory and 100,000 pages").
    /// </summary>
    private static void ReturnStageGarbage()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes < LargeHeap) return;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static BuildResult Result(DiagnosticBag diagnostics, SiteModel? model, int files, List<(string, TimeSpan)> stages, bool wrote)
    {
        var pages = model?.Languages.ToDictionary(l => l, l => model.AllVersions.Count(v => v.Lang == l))
            ?? new Dictionary<string, int>();
        return new BuildResult(diagnostics.Sorted(), pages, files, stages, wrote) { Model = model };
    }
}
