using KhaSite.Diagnostics;

namespace KhaSite.Model.Citations;

/// <summary>
/// The one citation grammar of the site (Pandoc's): items separated by ';', each '@key' optionally followed by
/// ', locator'. Articles write it in brackets (<c>[@a, p. 5; @b]</c>); timeline events and datasets write the
/// inside in their <c>cite:</c> field (<c>"@a, p. 5; @b"</c>).
/// </summary>
public static class CitationParser
{
    /// <param name="text">the text between the brackets (or a whole <c>cite:</c> value)</param>
    /// <param name="start">where <paramref name="text"/> begins in its file</param>
    public static ParsedCitation Parse(string text, SourceLocation start)
    {
        var items = new List<CitationItem>();
        var problems = new List<CitationProblem>();
        var offset = 0;
        foreach (var part in text.Split(';'))
        {
            ParseItem(part, offset, start, items, problems);
            offset += part.Length + 1;
        }
        return new ParsedCitation(items, problems);
    }

    private static void ParseItem(string part, int offset, SourceLocation start, List<CitationItem> items, List<CitationProblem> problems)
    {
        var i = 0;
        while (i < part.Length && char.IsWhiteSpace(part[i])) i++;
        SourceLocation At(int index) => start with { Column = start.Column + offset + index };
        if (i == part.Length)
        {
            problems.Add(new CitationProblem(At(Math.Max(0, i - 1)), "empty citation item (two ';' in a row, or a ';' at the end)"));
            return;
        }
        if (part[i] != '@')
        {
            problems.Add(new CitationProblem(At(i), $"'{part.Trim()}' is not a citation item: each item starts with '@' and a source id"));
            return;
        }
        var keyStart = ++i;
        while (i < part.Length && IsKeyChar(part[i])) i++;
        var key = part[keyStart..i];
        if (key.Length == 0 || !char.IsLetterOrDigit(key[0]) && key[0] != '_')
        {
            problems.Add(new CitationProblem(At(keyStart - 1), "'@' must be followed by a source id"));
            return;
        }
        var rest = part[i..].Trim();
        string? locator = null;
        if (rest.Length > 0)
        {
            if (rest[0] != ',')
            {
                problems.Add(new CitationProblem(At(i), $"after '@{key}' write ', ' and a locator (e.g. '@{key}, p. 11'), not '{rest}'"));
                return;
            }
            locator = rest[1..].Trim();
            if (locator.Length == 0)
            {
                problems.Add(new CitationProblem(At(i), $"'@{key},' has an empty locator"));
                return;
            }
        }
        items.Add(new CitationItem(key, locator, At(keyStart - 1)));
    }

    private static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '#' or '$' or '%' or '&' or '+' or '?' or '<' or '>' or '~' or '/';
}
