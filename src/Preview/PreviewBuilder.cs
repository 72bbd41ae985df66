using System.Diagnostics;
using System.Threading.Channels;
using KhaSite.Diagnostics;

namespace KhaSite.Preview;

/// <summary>
/// Rebuilds the preview site when its sources change. Changes are coalesced: a rebuild starts once no change has
/// arrived for <see cref="Quiet"/>, and changes during a rebuild lead to one more. A rebuild never throws: errors in
/// the input and failures of the generator itself become the published state, and the last good site stays.
/// </summary>
public sealed class PreviewBuilder : IAsyncDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly BuildOptions _options;
    private readonly Action<string>? _log;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private Task _loop = Task.CompletedTask;
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
                await BuildAsync(changed);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static void Drain(ChannelReader<string> reader, SortedSet<string> into)
    {
        while (reader.TryRead(out var path)) into.Add(path);
    }

    /// <summary>Runs one build and publishes its outcome; never throws.</summary>
    private async Task BuildAsync(IReadOnlyCollection<string> changed)
    {
        await _building.WaitAsync();
        var clock = Stopwatch.StartNew();
        var previous = State.Current;
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
                result = await SiteBuilder.BuildAsync(_options, write: true);
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
                    Failure = $"{e.GetType().Name}: {e.Message}",
                    Notice = notice,
                    Milliseconds = clock.ElapsedMilliseconds,
                    Builds = _builds,
                });
                return;
            }
            clock.Stop();
            var diagnostics = result.Diagnostics.Select(PreviewDiagnostic.From).ToArray();
            foreach (var d in diagnostics) _log?.Invoke(d.ToString());
            if (result.Succeeded)
            {
                _successes++;
                State.Publish(new PreviewSnapshot($"{_instance}-{_successes}", true, true, diagnostics, null, notice, clock.ElapsedMilliseconds, _builds,
                    BasePath()));
                _log?.Invoke($"built in {clock.ElapsedMilliseconds} ms ({Stages(result)}): {result.FilesWritten} files, {result.Warnings} warning(s)");
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
            _building.Release();
        }
    }

    private static string Stages(BuildResult result) =>
        string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.Time.TotalMilliseconds:0}"));

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
        _stop.Dispose();
    }
}
