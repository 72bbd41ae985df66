using System.Diagnostics;
using System.Threading.Channels;
using KhaSite.Diagnostics;

namespace KhaSite.Preview;

/// <summary>
/// Rebuilds the preview site when its sources change. Changes are coalesced: they are handled once no change has
/// arrived for <see cref="Quiet"/>. A save of existing articles is shown at once by <see cref="QuickRender"/>; a full
/// build always follows, in the background, and changes during it lead to one more. A rebuild never throws: errors in
/// the input and failures of the generator itself become the published state, and the last good site stays.
/// </summary>
public sealed class PreviewBuilder : IAsyncDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);

    /// <summary>How long the full build waits after a quick render, so that the browsers' reloads are served first.</summary>
    public static readonly TimeSpan AfterQuickRender = TimeSpan.FromMilliseconds(250);

    private readonly BuildOptions _options;
    private readonly Action<string>? _log;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private Task _loop = Task.CompletedTask;
    private readonly Lock _pendingLock = new();
    private SortedSet<string> _pending = new(StringComparer.Ordinal);
    private bool _fullBuildRunning;
    private Task _fullBuilds = Task.CompletedTask;
    private Model.SiteModel? _model; // the last good build's, for the quick path
    private int _quickRenders;
    private CancellationTokenSource? _fullBuildCancel;
    private int _successes;
    private int _builds;
    private string? _notice;

    public PreviewBuilder(BuildOptions options, Action<string>? log)
    {
        _options = options;
        _log = log;
        State = new PreviewState(_instance);
    }

    public PreviewState State { get; }

    /// <summary>The saved articles' pages the quick path rendered, served until a full build publishes them.</summary>
    public QuickPages QuickPages { get; } = new();

    /// <summary>The pages the last full build that published kept from the build before and rendered.</summary>
    public (int Kept, int Rendered) LastPages { get; private set; }

    /// <summary>Builds once now, then rebuilds on every <see cref="Changed"/>.</summary>
    public async Task StartAsync()
    {
        await BuildAsync([]);
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    /// <summary>Tells the builder a file changed (called by the watcher, from any thread).</summary>
    public void Changed(string path) => _changes.Writer.TryWrite(path);

    /// <summary>Completes when no build is running (a request for a file can wait for the output to settle).</summary>
    public async Task WaitIdleAsync(CancellationToken cancel)
    {
        await _building.WaitAsync(cancel);
        _building.Release();
    }

    private async Task LoopAsync(CancellationToken stop)
    {
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stop))
            {
                var changed = new SortedSet<string>(StringComparer.Ordinal);
                Drain(reader, changed);
                // Coalesce a burst of saves: wait until the files have been quiet for a moment.
                while (true)
                {
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stop);
                    quiet.CancelAfter(Quiet);
                    try
                    {
                        if (!await reader.WaitToReadAsync(quiet.Token)) return;
                        Drain(reader, changed);
                    }
                    catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                    {
                        break;
                    }
                }
                // A full build still running started from older files: stop it, so that it leaves the cores to this
                // change; its changes stay pending and the next full build includes them.
                _fullBuildCancel?.Cancel();
                var quick = await QuickAsync(changed);
                lock (_pendingLock)
                {
                    _pending.UnionWith(changed);
                    if (!_fullBuildRunning)
                    {
                        _fullBuildRunning = true;
                        _fullBuilds = Task.Run(() => FullBuildsAsync(quick ? AfterQuickRender : TimeSpan.Zero));
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Full builds, one after the other, while changes are pending.</summary>
    private async Task FullBuildsAsync(TimeSpan delay)
    {
        if (delay > TimeSpan.Zero) await Task.Delay(delay);
        while (true)
        {
            SortedSet<string> changed;
            lock (_pendingLock)
            {
                if (_pending.Count == 0)
                {
                    _fullBuildRunning = false;
                    return;
                }
                changed = _pending;
                _pending = new SortedSet<string>(StringComparer.Ordinal);
            }
            if (!await BuildAsync(changed)) await Task.Delay(AfterQuickRender);
        }
    }

    /// <summary>Shows saved articles at once when the site is good and the quick path applies; never throws.</summary>
    /// <returns>whether it did</returns>
    private async Task<bool> QuickAsync(IReadOnlyCollection<string> changed)
    {
        var current = State.Current;
        if (_model is not { } model || !current.Ok || !current.HasSite) return false;
        var clock = Stopwatch.StartNew();
        try
        {
            var pages = await QuickRender.TryAsync(model, changed, QuickPages, _options.OutputDir);
            if (pages is null) return false;
            State.Publish(current with { Version = $"{_instance}-{_successes}q{++_quickRenders}", Milliseconds = clock.ElapsedMilliseconds });
            _log?.Invoke($"rendered {string.Join(", ", pages)} in {clock.ElapsedMilliseconds} ms; the full build follows");
            return true;
        }
        catch (Exception e)
        {
            // The full build that follows is the authority; a quick render that failed (e.g. while that build swapped
            // the site in) only costs the reader the wait for it.
            _log?.Invoke($"quick render skipped: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    private static void Drain(ChannelReader<string> reader, SortedSet<string> into)
    {
        while (reader.TryRead(out var path)) into.Add(path);
    }

    /// <summary>Runs one build and publishes its outcome; never throws.</summary>
    /// <returns>false when the build was cancelled by a newer change (its changes are pending again)</returns>
    private async Task<bool> BuildAsync(IReadOnlyCollection<string> changed)
    {
        await _building.WaitAsync();
        var cancel = _fullBuildCancel = new CancellationTokenSource(); // not disposed: the loop may still cancel it
        var clock = Stopwatch.StartNew();
        var previous = State.Current;
        var quickPagesBefore = QuickPages.Generation;
        try
        {
            _builds++;
            // Sticky: a changed component stays unseen until the preview restarts.
            var notice = _notice = CompiledThemeNotice(changed) ?? _notice;
            if (changed.Count > 0)
                _log?.Invoke($"changed: {string.Join(", ", changed.Take(5).Select(Load.DisplayPath.For))}{(changed.Count > 5 ? $" and {changed.Count - 5} more" : "")}");
            BuildResult result;
            try
            {
                result = await SiteBuilder.BuildAsync(_options, write: true, cancel: cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                _builds--;
                lock (_pendingLock) _pending.UnionWith(changed);
                _log?.Invoke($"build stopped after {clock.ElapsedMilliseconds} ms: newer changes came in");
                return false;
            }
            catch (Exception e)
            {
                // A bug in the generator, or a file that vanished mid-build: say so, keep serving the last good site.
                clock.Stop();
                _log?.Invoke($"khasite: the build failed unexpectedly: {e}");
                State.Publish(previous with
                {
                    Ok = false,
                    Diagnostics = [],
                    // The overlay is a page any script of the previewed site can read: the exception stays on the console.
                    Failure = UnexpectedFailure,
                    Notice = notice,
                    Milliseconds = clock.ElapsedMilliseconds,
                    Builds = _builds,
                });
                return true;
            }
            clock.Stop();
            var diagnostics = result.Diagnostics.Select(PreviewDiagnostic.From).ToArray();
            foreach (var d in diagnostics) _log?.Invoke(d.ToString());
            if (result.Succeeded)
            {
                _successes++;
                // A build that found nothing changed since the last one (a file saved as it was) makes no model.
                _model = result.Model ?? _model;
                LastPages = result.Pages;
                QuickPages.PublishedUpTo(quickPagesBefore);
                State.Publish(new PreviewSnapshot($"{_instance}-{_successes}", true, true, diagnostics, null, notice, clock.ElapsedMilliseconds, _builds,
                    BasePath()));
                _log?.Invoke($"built in {clock.ElapsedMilliseconds} ms ({Stages(result)}): {result.FilesWritten} files ({result.Pages.Rendered} pages rendered, {result.Pages.Kept} kept), {result.Warnings} warning(s)");
            }
            else
            {
                State.Publish(previous with
                {
                    Ok = false,
                    Diagnostics = diagnostics,
                    Failure = null,
                    Notice = notice,
                    Milliseconds = clock.ElapsedMilliseconds,
                    Builds = _builds,
                });
                _log?.Invoke($"build failed in {clock.ElapsedMilliseconds} ms: {result.Errors} error(s), {result.Warnings} warning(s); " +
                    (previous.HasSite ? "still serving the last good build" : "nothing to serve until the errors are fixed"));
            }
        }
        catch (Exception e)
        {
            _log?.Invoke($"khasite: preview error: {e}");
        }
        finally
        {
            _fullBuildCancel = null;
            _building.Release();
        }
        return true;
    }

    /// <summary>What the overlay says when a build threw: no exception text, which is for the console.</summary>
    public const string UnexpectedFailure = "The build stopped with an unexpected error; the preview's console has the details. Still showing the last good build.";

    private static string Stages(BuildResult result) =>
        string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)}"));

    /// <summary>The path the site lives under (from site.yml's base_url), so the preview serves it where it will be published.</summary>
    private string BasePath() =>
        Load.SiteConfigLoader.Load(Path.Combine(_options.InputDir, "site.yml"), new DiagnosticBag())?.BasePath ?? "/";

    /// <summary>Razor components and C# are compiled into KhaSite: a rebuild cannot pick them up, a restart can.</summary>
    private static string? CompiledThemeNotice(IReadOnlyCollection<string> changed)
    {
        var compiled = changed.Where(p => p.EndsWith(".razor", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)).ToArray();
        return compiled.Length == 0 ? null
            : $"{string.Join(", ", compiled.Select(Load.DisplayPath.For))} changed: Razor components are compiled into KhaSite, so stop the preview and run 'dotnet run -- preview' again to see the change.";
    }

    public async ValueTask DisposeAsync()
    {
        _changes.Writer.TryComplete();
        await _stop.CancelAsync();
        try { await _loop; } catch (OperationCanceledException) { }
        await _fullBuilds;
        _stop.Dispose();
    }
}
