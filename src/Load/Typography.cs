using System.Text;

namespace KhaSite.Load;

/// <summary>A language's quotation marks: the outer pair and the pair for a quotation inside a quotation.</summary>
public sealed record QuoteMarks(char Open, char Close, char InnerOpen, char InnerClose)
{
    /// <summary>“…” with ‘…’ inside (English).</summary>
    public static readonly QuoteMarks English = new('“', '”', '‘', '’');

    /// <summary>«…» with „…“ inside (Kazakh and Russian).</summary>
    public static readonly QuoteMarks Guillemets = new('«', '»', '„', '“');
}

/// <summary>
/// Typesets text as it is read, the way Pandoc's <c>smart</c> reader extension does: straight quotes become the
/// language's quotation marks, an apostrophe between letters becomes ’, a hyphen between two numbers (1995-2000,
/// pp. 10-12) an en dash, and a space before a unit or after an initial (E. A. Abdraimov) a non-breaking one.
/// Only prose goes through it: Markdown code, URLs and citation keys are never literal text.
/// </summary>
public sealed class Typography(QuoteMarks quotes)
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Units written after a number; the space before one does not break.</summary>
    private static readonly string[] Units = ["%", "‰", "km²", "km", "kg", "ha", "°C", "км²", "км", "кг", "га", "млн", "млрд", "мың"];

    public QuoteMarks Quotes { get; } = quotes;

    /// <summary>The typography of a language KhaSite knows (see <see cref="Language.Quotes"/>), English marks otherwise.</summary>
    public static Typography For(string lang) => new(LanguageDefaults.Find(lang)?.Quotes ?? QuoteMarks.English);

    /// <summary>Typesets one self-contained text (a title, a summary, a value from YAML).</summary>
    public string Apply(string text)
    {
        var state = new State();
        return Apply(text, ref state);
    }

    /// <summary>
    /// What a run of text has seen so far: the character before the next one and how deep in quotations it is. A
    /// paragraph split into several runs (around emphasis or a link) carries one state through all of them.
    /// </summary>
    public struct State
    {
        internal char Previous;
        internal int Depth;

        /// <summary>Tells the state that text it did not typeset (code, a citation) came between two runs.</summary>
        public void Saw(char last) => Previous = last;
    }

    public string Apply(string text, ref State state) => Typeset(text, ref state) ?? text;

    /// <summary>The typeset text, or null when typesetting changes no character (no new string is made then).</summary>
    public string? Typeset(ReadOnlySpan<char> text, ref State state)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var written = c switch
            {
                '"' => DoubleQuote(ref state, next),
                '\'' => SingleQuote(state.Previous, next),
                '-' when char.IsAsciiDigit(state.Previous) && char.IsAsciiDigit(next) && IsRange(text, i) => '–',
                ' ' when char.IsAsciiDigit(state.Previous) && StartsUnit(text, i + 1) => NoBreakSpace,
                ' ' when AfterInitial(text, i) && char.IsUpper(next) => NoBreakSpace,
                _ => c,
            };
            if (c == Quotes.Open) state.Depth++;
            else if (c == Quotes.Close && state.Depth > 0) state.Depth--;
            if (written != c && result is null) result = new StringBuilder(text.Length).Append(text[..i]);
            result?.Append(written);
            state.Previous = written;
        }
        return result?.ToString();
    }

    private char DoubleQuote(ref State state, char next)
    {
        var opens = Opens(state.Previous) && !char.IsWhiteSpace(next);
        if (opens) return state.Depth++ == 0 ? Quotes.Open : Quotes.InnerOpen;
        if (state.Depth > 0) state.Depth--;
        return state.Depth == 0 ? Quotes.Close : Quotes.InnerClose;
    }

    private static char SingleQuote(char previous, char next)
    {
        if (char.IsLetterOrDigit(previous)) return '’';
        return Opens(previous) && char.IsLetter(next) ? '‘' : '’';
    }

    /// <summary>A quote after nothing, a space or an opening bracket or dash opens a quotation.</summary>
    private static bool Opens(char previous) =>
        previous == '\0' || char.IsWhiteSpace(previous) || "([{—–-/«„“‘".Contains(previous, StringComparison.Ordinal);

    /// <summary>
    /// A hyphen between two numbers is a range when the second is the larger (1995-2000, 10-12); "14-1" (a clause and
    /// its sub-clause) and an ISO date's 1995-03-01 keep their hyphens.
    /// </summary>
    private static bool IsRange(ReadOnlySpan<char> text, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
        var end = hyphen + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if ((start > 0 && text[start - 1] == '-') || (end < text.Length && text[end] == '-')) return false;
        var first = text.Slice(start, hyphen - start).TrimStart('0');
        var second = text.Slice(hyphen + 1, end - hyphen - 1).TrimStart('0');
        return first.Length < second.Length || (first.Length == second.Length && first.SequenceCompareTo(second) < 0);
    }

    private static bool StartsUnit(ReadOnlySpan<char> text, int at)
    {
        foreach (var unit in Units)
        {
            if (!text[at..].StartsWith(unit, StringComparison.Ordinal)) continue;
            var after = at + unit.Length;
            if (after == text.Length || !char.IsLetterOrDigit(text[after])) return true;
        }
        return false;
    }

    /// <summary>
    /// The space follows an initial: a capital, perhaps with one small letter of a transliterated digraph ("Zh. N.
    /// Abdugani"), and a period; not a word's last letters.
    /// </summary>
    private static bool AfterInitial(ReadOnlySpan<char> text, int space)
    {
        if (space < 2 || text[space - 1] != '.') return false;
        var start = char.IsLower(text[space - 2]) ? space - 3 : space - 2;
        return start >= 0 && char.IsUpper(text[start]) && (start == 0 || !char.IsLetter(text[start - 1]));
    }
}
