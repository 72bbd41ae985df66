using System.Diagnostics.CodeAnalysis;
namespace KhaSite.Diagnostics;

/// <summary>Collects diagnostics from every stage; safe to report into from parallel work. The same diagnostic reported twice is kept once.</summary>
public sealed class DiagnosticBag
{
    private readonly HashSet<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>Reports the message <paramref name="variant"/> of the code's messages (Messages/en.yml) with its placeholders' values: <c>new { key, file }</c>.</summary>
    public void Report<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(DiagnosticCode code, SourceLocation location, string variant, T arguments) =>
        Report(code, location, DiagnosticText.Of(variant, arguments));

    /// <summary>Reports the code's one message (Messages/en.yml) with its placeholders' values: <c>new { key }</c>.</summary>
    public void Report<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(DiagnosticCode code, SourceLocation location, T arguments) =>
        Report(code, location, DiagnosticText.Of("", arguments));

    public void Report(DiagnosticCode code, SourceLocation location, DiagnosticText text)
    {
        var diagnostic = new Diagnostic(code, location, DiagnosticCatalog.Render(code, text, DiagnosticLanguage.English)) { Text = text };
        lock (_lock) _items.Add(diagnostic);
    }

    /// <summary>
    /// Reports the message <paramref name="variantOrMessage"/> names when the catalog has it (one without placeholders);
    /// otherwise the text is an English message from before the catalog, printed as is in every language — convert it:
    /// docs/diagnostics.md, "Adding a diagnostic" (a test fails on such a message).
    /// </summary>
    public void Report(DiagnosticCode code, SourceLocation location, string variantOrMessage)
    {
        if (DiagnosticCatalog.Has(code, variantOrMessage)) Report(code, location, DiagnosticText.Of(variantOrMessage));
        else lock (_lock) _items.Add(new Diagnostic(code, location, variantOrMessage));
    }

    /// <summary>Reports a diagnostic made before (one kept by a cache of an earlier build).</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    /// <summary>Adds diagnostics reported before, as they are (a cache's: those Load reported for an unchanged file).</summary>
    public void Add(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock) _items.UnionWith(diagnostics);
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
