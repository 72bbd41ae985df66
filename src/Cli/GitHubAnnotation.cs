using KhaSite.Diagnostics;

namespace KhaSite.Cli;

/// <summary>
/// A diagnostic as a GitHub Actions workflow command (<c>::error file=…,line=…,col=…,title=…::message</c>), which
/// GitHub shows as an annotation on that line of the pull request. Values are escaped the way the Actions toolkit
/// does, so a '%', a line break, or a ',' or ':' in a path cannot cut the command short.
/// </summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic d) =>
        $"::{(d.Severity == Severity.Error ? "error" : "warning")} file={Property(d.Location.File)},line={d.Location.Line},col={d.Location.Column}," +
        $"title={Property(d.Id)}::{Data(d.Message)}";

    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
