using KhaSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>
/// Parses YAML into nodes that remember their position. <paramref name="firstLine"/> is the file line on which
/// the YAML text begins (front matter starts on line 2), so every position reported is a position in the file.
/// </summary>
public static class YamlText
{
    /// <summary>The root node, or null when the text is empty or not valid YAML (then a diagnostic was reported).</summary>
    public static YamlNode? Parse(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            return Load(text);
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            diagnostics.Report(DiagnosticCode.YamlSyntax, new SourceLocation(file, line, (int)e.Start.Column), Describe(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet occasionally fails without a position; find the first line that breaks the text instead.
            diagnostics.Report(DiagnosticCode.YamlSyntax, new SourceLocation(file, FirstBadLine(text) + firstLine - 1, 1),
                "this line is not valid YAML (check brackets, quotes and indentation)");
        }
        return null;
    }

    private static YamlNode? Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static int FirstBadLine(string text)
    {
        var lines = text.Split('\n');
        for (var count = 1; count <= lines.Length; count++)
        {
            try { Load(string.Join('\n', lines[..count])); }
            catch (Exception) { return count; }
        }
        return lines.Length;
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes its messages with "(Line: …, Col: …)" — the location is printed already.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.StartsWith("(Line", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return close >= 0 ? message[(close + 3)..] : message;
    }
}
