using System.Globalization;
using System.Text;

namespace KhaSite.Diagnostics;

/// <summary>One problem in the input, printed in the compiler convention so editors and CI can annotate it.</summary>
/// <remarks>
/// Messages quote input (keys, values, file names), so every diagnostic is one printable line: line breaks,
/// control characters and bidirectional overrides are written as escapes (<c>\n</c>, <c>\u202E</c>), and a
/// quoted value cannot forge a second diagnostic line in a log or an annotation.
/// </remarks>
public sealed record Diagnostic(DiagnosticCode Code, SourceLocation Location, string Message)
{
    public SourceLocation Location { get; init; } = Location with { File = Printable(Location.File) };

    public string Message { get; init; } = Printable(Message);

    /// <summary>The catalog message the English <see cref="Message"/> was made from, so it can be printed in another language (null for a message reported as plain English).</summary>
    public DiagnosticText? Text { get; init; }

    public Severity Severity => Code.Severity;

    public string Id => Code.Id;

    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Id}: {Message}";

    /// <summary>The text with every character that could break or disguise a line escaped.</summary>
    public static string Printable(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) result.Append(c);
            else result.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return result.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
