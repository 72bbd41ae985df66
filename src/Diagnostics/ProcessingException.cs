namespace KhaSite.Diagnostics;

/// <summary>
/// An unexpected exception with the input file (or stage) that was being processed, so the command line can end
/// with one line <c>error KHA9999: internal error while processing &lt;file&gt;: &lt;message&gt;</c>.
/// </summary>
public sealed class ProcessingException(string what, Exception inner) : Exception(inner.Message, inner)
{
    /// <summary>The file (as diagnostics print it) or, when no file is known, the stage.</summary>
    public string What { get; } = what;

    /// <summary>Runs <paramref name="work"/> and names <paramref name="what"/> in any exception it throws (cancellation passes through).</summary>
    public static T While<T>(string what, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not (ProcessingException or OperationCanceledException))
        {
            throw new ProcessingException(what, e);
        }
    }

    /// <summary>The one line printed for an unexpected exception (the message made printable like any diagnostic's).</summary>
    /// <param name="lang">the language of the diagnostics (the exception's own message stays as .NET wrote it)</param>
    public static string Line(Exception e, string lang = DiagnosticLanguage.English)
    {
        var inner = e is AggregateException aggregate
            ? aggregate.Flatten().InnerExceptions.OrderBy(x => x is ProcessingException ? 0 : 1).First()
            : e;
        var what = inner is ProcessingException p ? p.What : "the build";
        var message = inner is ProcessingException { InnerException: { } cause } ? cause.Message : inner.Message;
        var text = DiagnosticText.Of("", new { what, message });
        return Diagnostic.Printable($"error {DiagnosticCode.InternalError.Id}: {DiagnosticCatalog.Render(DiagnosticCode.InternalError, text, DiagnosticLanguage.Known(lang) ?? DiagnosticLanguage.English)}");
    }
}
