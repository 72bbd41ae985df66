namespace KhaSite.Diagnostics;

/// <summary>One problem in the input, printed in the compiler convention so editors and CI can annotate it.</summary>
public sealed record Diagnostic(DiagnosticCode Code, SourceLocation Location, string Message)
{
    public Severity Severity => Code.Severity;

    public string Id => Code.Id;

    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {Message}";
}
