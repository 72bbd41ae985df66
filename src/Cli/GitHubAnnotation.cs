using KhaSite.Diagnostics;

namespace KhaSite.Cli;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=…::message</c>), which
/// GitHub shows as an annotation on that line of the pull request. Values are escaped the way the Actions toolkit
/// does, so a '%', a line break, or a ',' or ':' in a path cannot cut the command short.
/// </summary>
public static class GitHubAnnotation
{
    /// <param name="docs">the address of the code's section in docs/diagnostics.md, put after the message</param>
    public static string Format(Diagnostic d, string? docs = null) =>
        $"::{(d.Severity == Severity.Error ? "error" : "warning")} file={Property(d.Location.File)},line={d.Location.Line},col={d.Location.Column}," +
        $"title={Property(d.Id)}::{Data(d.Message)}{(docs is null ? "" : Data(" · " + docs))}";

    /// <summary>The code's section of docs/diagnostics.md on the repository's host, by the anchor GitHub gives its heading.</summary>
    public static string DocsLink(string repository, string branch, DiagnosticCode code) =>
        $"{repository.TrimEnd('/')}/blob/{branch}/docs/diagnostics.md#{Anchor($"{code.Id} · {code.Title} · {DiagnosticLanguage.Title(code, DiagnosticLanguage.Kazakh)}")}";

    /// <summary>GitHub's anchor of a heading: lower case, letters, digits, '-' and '_' kept, each space a '-', the rest dropped.</summary>
    public static string Anchor(string heading) =>
        string.Concat(heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ').Select(c => c == ' ' ? '-' : c));

    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
