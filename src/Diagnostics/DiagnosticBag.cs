namespace KhaSite.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to report into from parallel work. The same diagnostic reported twice is kept once.</summary>
public sealed class DiagnosticBag
{
    private readonly HashSet<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Report(DiagnosticCode code, SourceLocation location, string message)
    {
        lock (_lock) _items.Add(new Diagnostic(code, location, message));
    }

    public bool HasErrors
    {
        get { lock (_lock) return _items.Any(d => d.Severity == Severity.Error); }
    }

    public int Count(Severity severity)
    {
        lock (_lock) return _items.Count(d => d.Severity == severity);
    }

    /// <summary>In file, line, column order, so the same input always prints the same list.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code.Number)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToArray();
        }
    }
}
