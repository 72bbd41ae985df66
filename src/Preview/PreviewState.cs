using System.Text.Json;
using System.Text.Json.Serialization;
using KhaSite.Diagnostics;

namespace KhaSite.Preview;

/// <summary>One diagnostic as the browser overlay shows it.</summary>
public sealed record PreviewDiagnostic(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("col")] int Column,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message)
{
    public static PreviewDiagnostic From(Diagnostic d) =>
        new(d.Location.File, d.Location.Line, d.Location.Column, d.Id, d.Severity == Diagnostics.Severity.Error ? "error" : "warning", d.Message);

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Code}: {Message}";
}

/// <summary>
/// What the preview knows after its latest build. <see cref="Version"/> names the site being served: it changes
/// only when a build succeeds, so a page whose version differs reloads, and a failed build (which keeps the last
/// good site) only shows its diagnostics.
/// </summary>
public sealed record PreviewSnapshot(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("hasSite")] bool HasSite,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<PreviewDiagnostic> Diagnostics,
    [property: JsonPropertyName("failure")] string? Failure,
    [property: JsonPropertyName("notice")] string? Notice,
    [property: JsonPropertyName("milliseconds")] long Milliseconds,
    [property: JsonPropertyName("builds")] int Builds,
    [property: JsonPropertyName("basePath")] string BasePath = "/")
{
    public string ToJson() => JsonSerializer.Serialize(this, PreviewJson.Relaxed.PreviewSnapshot);
}

/// <summary>The preview's JSON, compiled by System.Text.Json's source generator (no reflection: Native AOT).</summary>
[JsonSerializable(typeof(PreviewSnapshot))]
internal sealed partial class PreviewJson : JsonSerializerContext
{
    public static PreviewJson Relaxed { get; } = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>The current <see cref="PreviewSnapshot"/>, and a way to wait for the next one.</summary>
public sealed class PreviewState
{
    private readonly Lock _lock = new();
    private PreviewSnapshot _current;
    private TaskCompletionSource<PreviewSnapshot> _next = NewSource();

    public PreviewState(string instance) =>
        _current = new PreviewSnapshot($"{instance}-0", Ok: true, HasSite: false, [], null, null, 0, 0);

    public PreviewSnapshot Current
    {
        get { lock (_lock) return _current; }
    }

    /// <summary>Completes with the next snapshot published after this call.</summary>
    public Task<PreviewSnapshot> NextAsync()
    {
        lock (_lock) return _next.Task;
    }

    public void Publish(PreviewSnapshot snapshot)
    {
        TaskCompletionSource<PreviewSnapshot> waiting;
        lock (_lock)
        {
            _current = snapshot;
            waiting = _next;
            _next = NewSource();
        }
        waiting.TrySetResult(snapshot);
    }

    private static TaskCompletionSource<PreviewSnapshot> NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
