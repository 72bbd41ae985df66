using KhaSite.Diagnostics;

namespace KhaSite.Model.Citations;

/// <summary>
/// The one citation grammar of the site, Pandoc's: items separated by ';', each an optional prefix, '@key' (or
/// '-@key' to suppress the author, '@{key}' for a key with any characters), an optional locator (<c>, p. 5</c>,
/// <c>p. 5</c>, <c>chap. 2</c>, <c>{iv, vi–xi}</c>) and an optional suffix. Articles write it in brackets
/// (<c>[see @a, p. 5; also @b]</c>); timeline events and datasets write the inside in their <c>cite:</c> field.
/// </summary>
public static class CitationParser
{
    private const string InternalPunctuation = ":.#$%&-+?<>~/";

    /// <param name="text">the text between the brackets (or a whole <c>cite:</c> value)</param>
    /// <param name="start">where <paramref name="text"/> begins in its file (the text is on one line)</param>
    public static ParsedCitation Parse(string text, SourceLocation start) => Parse(text, o => start with { Column = start.Column + o });

    /// <param name="text">the text between the brackets</param>
    /// <param name="at">where each character of <paramref name="text"/> is in its file</param>
    public static ParsedCitation Parse(string text, Func<int, SourceLocation> at)
    {
        var items = new List<CitationItem>();
        var problems = new List<CitationProblem>();
        foreach (var (offset, length) in SplitItems(text))
            ParseItem(text.Substring(offset, length), o => at(offset + o), items, problems);
        return new ParsedCitation(items, problems);
    }

    /// <summary>Reads the text after an in-text key's bracket (<c>@a [p. 33]</c>): a locator and a suffix.</summary>
    public static (string? Locator, string? Suffix, CitationProblem? Problem) ReadAfterKey(string rest, Func<int, SourceLocation> at)
    {
        var problems = new List<CitationProblem>();
        var (locator, suffix) = LocatorAndSuffix(rest, at, "@", problems);
        return (locator, suffix, problems.FirstOrDefault());
    }

    /// <summary>The item spans of a citation: split at ';' outside braces and brackets.</summary>
    private static IEnumerable<(int Offset, int Length)> SplitItems(string text)
    {
        var depth = 0;
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '{' or '[': depth++; break;
                case '}' or ']': depth = Math.Max(0, depth - 1); break;
                case ';' when depth == 0:
                    yield return (from, i - from);
                    from = i + 1;
                    break;
            }
        }
        yield return (from, text.Length - from);
    }

    private static void ParseItem(string part, Func<int, SourceLocation> at, List<CitationItem> items, List<CitationProblem> problems)
    {
        if (part.Trim().Length == 0)
        {
            problems.Add(new CitationProblem(at(part.Length), DiagnosticText.Of("empty-item")));
            return;
        }
        var atSign = FindKeyStart(part);
        if (atSign < 0)
        {
            problems.Add(new CitationProblem(at(part.Length - part.TrimStart().Length), DiagnosticText.Of("not-an-item", new { text = part.Trim() })));
            return;
        }
        var suppress = atSign > 0 && part[atSign - 1] == '-' && (atSign == 1 || char.IsWhiteSpace(part[atSign - 1 - 1]));
        var prefixEnd = suppress ? atSign - 1 : atSign;
        var key = ReadKey(part, atSign + 1, out var keyEnd, out var keyProblem);
        if (key is null)
        {
            problems.Add(new CitationProblem(at(atSign), keyProblem!));
            return;
        }
        var (locator, suffix) = LocatorAndSuffix(part[keyEnd..], o => at(keyEnd + o), "@" + key, problems);
        var prefix = Collapse(part[..prefixEnd]).Trim();
        items.Add(new CitationItem(key, locator, at(atSign))
        {
            Prefix = prefix.Length == 0 ? null : prefix,
            Suffix = suffix,
            SuppressAuthor = suppress,
        });
    }

    /// <summary>The index of the '@' that starts the item's key: at the start or after a space or '-', not inside a word.</summary>
    private static int FindKeyStart(string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] == '\\') { i++; continue; }
            if (part[i] != '@') continue;
            var before = i == 0 ? ' ' : part[i - 1];
            if (char.IsWhiteSpace(before) || before == '-' || i == 0) return i;
        }
        return -1;
    }

    /// <summary>
    /// Reads a key at <paramref name="from"/> (just after '@'): <c>{…}</c> with balanced braces, or a letter, digit or
    /// '_' followed by letters, digits, '_' and single internal punctuation (<c>:.#$%&amp;-+?&lt;&gt;~/</c>). A final
    /// punctuation mark (<c>@a.</c>) and a repeated one (<c>@a--b</c>) end the key, as in Pandoc.
    /// </summary>
    public static string? ReadKey(string text, int from, out int end, out DiagnosticText? problem)
    {
        problem = null;
        end = from;
        if (from < text.Length && text[from] == '{')
        {
            var depth = 0;
            for (var i = from; i < text.Length; i++)
            {
                if (text[i] == '{') depth++;
                else if (text[i] == '}' && --depth == 0)
                {
                    end = i + 1;
                    var braced = text[(from + 1)..i].Trim();
                    if (braced.Length > 0) return braced;
                    problem = DiagnosticText.Of("empty-braces");
                    return null;
                }
            }
            problem = DiagnosticText.Of("brace-unclosed");
            return null;
        }
        if (from >= text.Length || !(char.IsLetterOrDigit(text[from]) || text[from] == '_'))
        {
            problem = DiagnosticText.Of("no-key");
            return null;
        }
        var i2 = from + 1;
        while (i2 < text.Length)
        {
            var c = text[i2];
            if (char.IsLetterOrDigit(c) || c == '_') i2++;
            else if (InternalPunctuation.Contains(c, StringComparison.Ordinal) && i2 + 1 < text.Length && (char.IsLetterOrDigit(text[i2 + 1]) || text[i2 + 1] == '_')) i2++;
            else break;
        }
        end = i2;
        return text[from..i2];
    }

    /// <summary>Splits what follows a key into a locator and a suffix.</summary>
    private static (string? Locator, string? Suffix) LocatorAndSuffix(string rest, Func<int, SourceLocation> at, string what, List<CitationProblem> problems)
    {
        if (rest.Trim().Length == 0) return (null, null);
        var i = 0;
        // "@smith{ii, A, D-Z}": a braced locator right after the key; "@smith{}" says what follows is no locator.
        if (rest[0] == '{') return Braced(rest, 0, at, what, problems);
        var comma = false;
        while (i < rest.Length && char.IsWhiteSpace(rest[i])) i++;
        if (i < rest.Length && rest[i] == ',')
        {
            comma = true;
            i++;
            while (i < rest.Length && char.IsWhiteSpace(rest[i])) i++;
            if (i == rest.Length)
            {
                problems.Add(new CitationProblem(at(i - 1), DiagnosticText.Of("empty-locator", new { what })));
                return (null, null);
            }
        }
        if (i < rest.Length && rest[i] == '{') return Braced(rest, i, at, what, problems);
        var text = Collapse(rest[i..]);
        var match = LocatorTerms.Read(text);
        if (match is null) return (null, Suffix((comma ? "," : "") + " " + text));
        if (match.Value.Length == 0)
        {
            problems.Add(new CitationProblem(at(i), DiagnosticText.Of("locator-no-number", new { locator = text.Trim(), what })));
            return (null, null);
        }
        var locator = LocatorText(match);
        return (locator, Suffix(text[match.Length..]));
    }

    private static (string? Locator, string? Suffix) Braced(string rest, int open, Func<int, SourceLocation> at, string what, List<CitationProblem> problems)
    {
        var close = rest.IndexOf('}', open);
        if (close < 0)
        {
            problems.Add(new CitationProblem(at(open), DiagnosticText.Of("locator-unclosed", new { what })));
            return (null, null);
        }
        var inside = Collapse(rest[(open + 1)..close]).Trim();
        var suffix = Suffix(Collapse(rest[(close + 1)..]));
        if (inside.Length == 0) return (null, suffix);
        // A braced locator keeps its text as written; a leading term ("pp. iv, vi-xi") is still recognised.
        var term = LocatorTerms.Read(inside);
        return (term is { Value.Length: > 0 } && term.Length == inside.Length ? LocatorText(term) : inside, suffix);
    }

    /// <summary>A recognised locator in one canonical form (the English short term: <c>pp. 33-35</c>), localised when rendered.</summary>
    private static string LocatorText(LocatorTerms.Match match) =>
        $"{(LocatorTerms.IsPlural(match.Value) ? match.Term.EnPlural : match.Term.En)} {match.Value}";

    private static string? Suffix(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        // ", with a suffix" keeps its comma; words are set off by one space.
        return char.IsWhiteSpace(text[0]) || !char.IsPunctuation(trimmed[0]) ? " " + trimmed : trimmed;
    }

    private static string Collapse(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
