using KhaSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>
/// Parses YAML into nodes that remember their position. <paramref name="firstLine"/> is the file line on which
/// the YAML text begins (front matter starts on line 2), so every position reported is a position in the file.
/// Input comes from pull requests, so parsing is bounded: no aliases (an alias bomb or a recursive alias would
/// expand without end in the code that walks the nodes) and at most <see cref="MaxDepth"/> nested collections.
/// </summary>
public static class YamlText
{
    /// <summary>The deepest nesting of lists and mappings read (the real data needs 5).</summary>
    public const int MaxDepth = 32;

    /// <summary>The root node, or null when the text is empty or not valid YAML (then a diagnostic was reported).</summary>
    public static YamlNode? Parse(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        try
        {
            return Load(text);
        }
        catch (YamlLimitException e)
        {
            diagnostics.Report(e.Code, new SourceLocation(file, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column), e.Text);
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            diagnostics.Report(DiagnosticCode.YamlSyntax, new SourceLocation(file, line, (int)e.Start.Column), "parser", new { detail = Describe(e) });
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet occasionally fails without a position (a duplicate key); find the first line that breaks the text instead.
            diagnostics.Report(DiagnosticCode.YamlSyntax, new SourceLocation(file, FirstBadLine(text) + firstLine - 1, 1), "line");
        }
        return null;
    }

    private static YamlNode? Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new BoundedParser(new Parser(new StringReader(text))));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>The shortest prefix of lines that fails to load, found by bisection (a linear search is quadratic on a large file).</summary>
    private static int FirstBadLine(string text)
    {
        var lines = text.Split('\n');
        int good = 0, bad = lines.Length;
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            if (Loads(string.Join('\n', lines[..middle]))) good = middle;
            else bad = middle;
        }
        return Math.Max(bad, 1);
    }

    private static bool Loads(string text)
    {
        try { Load(text); return true; }
        catch (Exception) { return false; }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes its messages with "(Line: …, Col: …)" — the location is printed already.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.StartsWith("(Line", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return close >= 0 ? message[(close + 3)..] : message;
    }

    private sealed class YamlLimitException(DiagnosticCode code, Mark start, DiagnosticText text) : YamlException(start, start, DiagnosticCatalog.Render(code, text, DiagnosticLanguage.English))
    {
        public DiagnosticCode Code { get; } = code;

        public DiagnosticText Text { get; } = text;
    }

    /// <summary>Stops the parse at the first alias or at a collection nested deeper than <see cref="MaxDepth"/>.</summary>
    private sealed class BoundedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case AnchorAlias alias:
                    throw new YamlLimitException(DiagnosticCode.YamlAlias, alias.Start, DiagnosticText.Of("", new { alias = alias.Value }));
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new YamlLimitException(DiagnosticCode.YamlTooDeep, inner.Current.Start, DiagnosticText.Of("", new { depth = MaxDepth }));
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }
}
