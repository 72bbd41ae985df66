using System.Text.RegularExpressions;
using KhaSite.Load;

namespace KhaSite.Check;

/// <summary>
/// Finds the figures in a run of prose: numbers that state a quantity. Years, dates, article and section numbers, page
/// locators, ordinals, list markers, numbers glued to letters (codes such as 70-IV, 1990s) and numbers inside quotations
/// or titles are not figures. What marks each of these differs by language: a language's <see cref="ProseNumberRules"/>
/// (site.yml's <c>prose_numbers</c>) picks the words; with none, only the rules every language shares apply.
/// </summary>
public static partial class ProseNumbers
{
    /// <summary>A number as prose writes it: 19 186 015, 19,186,015, 3.9, 3,9, 70.4.</summary>
    [GeneratedRegex(@"\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\d{4}\s*[–—-]\s*$")]
    private static partial Regex YearRangeEnd();

    private sealed record Rules(Regex YearAfter, Regex NotFigureBefore, Regex NotFigureAfter, bool BareYears);

    private const string KkMonths = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан";
    private const string EnMonths = "January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

    // Kazakh case endings after a hyphen make a cardinal ("700-ден", "9-ы"); any other word after a hyphen makes an
    // ordinal ("16-сессия", "6-бабы", "1-ші").
    private const string KkCaseEnding = "ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|не|на|де|да|те|та|ні|ны|ді|ды|ті|ты|нің|ның|дің|дың|тің|тың|мен|бен|пен|і|ы|сі|сы|ін|ын|сін|сын|ге дейін|ға дейін|дей|дай|тей|тай|лер|лар|дер|дар|тер|тар";

    private static readonly Dictionary<ProseNumberRules, Rules> ByLanguage = new()
    {
        [ProseNumberRules.Kazakh] = new(
            YearAfter: new(@"^(?:\s*[–—-]\s*\d{4}(?!\d)|(?:\s*(?:[–—-]|,|және|мен)\s*\d{4})*\s*(?:ж\.|жж\.|жыл))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            NotFigureBefore: new(@"(?:№\s*|(?:" + KkMonths + @")\p{L}*\s+|\b(?:беттері|беті|бет|б\.)\s*(?:\d+\s*[–—-]\s*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            NotFigureAfter: new(
                @"^(?:(?:-\d+)?(?:\s*(?:,|және|мен|пен)\s*\d+(?:-\d+)?)*\s*-?\s*(?:бап|баб|тармақ|бөлім|тарау|бет|б\.|ғасыр)" +
                @"|\s+(?:" + KkMonths + @")" +
                @"|-(?!(?:" + KkCaseEnding + @")(?![\p{L}]))\p{L}" +
                @"|[–—]\d+-(?!(?:" + KkCaseEnding + @")(?![\p{L}]))\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
            BareYears: false),
        [ProseNumberRules.English] = new(
            YearAfter: new(@"^$^"),
            NotFigureBefore: new(
                @"(?:\b(?i:articles|sections|(?:sub)?paragraphs|clauses|points|items|chapters|parts|pages|pp\.|works|entries)\s+(?:[\d()–—-]+(?:,\s*|\s+and\s+|\s+or\s+)?)*" +
                @"|\b(?i:article|section|(?:sub)?paragraph|clause|point|item|chapter|part|page|p\.|no\.)\s+[\d()–—-]*" +
                @"|(?:" + EnMonths + @")\s+|№\s*|\d\()$"),
            NotFigureAfter: new(@"^(?:st|nd|rd|th)\b|^\s+(?:" + EnMonths + ")"),
            BareYears: true),
    };

    private const int Window = 60;

    /// <summary>The figures of <paramref name="text"/>: their start and length.</summary>
    public static IEnumerable<(int Index, int Length)> Figures(string text, ProseNumberRules words)
    {
        var rules = ByLanguage.GetValueOrDefault(words);
        // The quotation marks before each number are counted once, from the previous number on: counting the whole
        // prefix again for every number was quadratic in the paragraph's length.
        var quotes = new QuotationMarks();
        foreach (Match match in Number().Matches(text))
        {
            quotes.CountUpTo(text, match.Index);
            if (!IsFigure(text, match, rules, quotes.Open)) continue;
            yield return (match.Index, match.Length);
        }
    }

    private static bool IsFigure(string text, Match match, Rules? rules, bool insideQuotation)
    {
        // Spans, not substrings: a copy of the text before every number was quadratic allocation per paragraph.
        var before = text.AsSpan(0, match.Index);
        var after = text.AsSpan(match.Index + match.Length);
        // The rules look at the words next to the number: a short window keeps them linear in the paragraph's length.
        var near = before[Math.Max(0, before.Length - Window)..];
        after = after[..Math.Min(after.Length, Window)];
        var token = match.ValueSpan;
        // Glued to a letter or to more digits (a code, "1990s", "13th" in languages without rules, "Ю-44к").
        if (before.Length > 0 && char.IsLetter(before[^1])) return false;
        if (after.Length > 0 && char.IsLetter(after[0])) return false;
        if (insideQuotation) return false;
        // A code of several numbers joined by hyphens (ISBN 978-601-…, section 14-1) or a bracketed reference "[2, p. 18]".
        if (after.StartsWith('-') && after.Length > 1 && char.IsAsciiDigit(after[1]) || before.Length > 1 && before[^1] == '-' && char.IsAsciiDigit(before[^2])) return false;
        if (before.EndsWith('[')) return false;
        // Catalogue codes: UDC 34:342.4(574), № 1(109), number 070.
        if (after.StartsWith(':') || before.EndsWith(':') && before.Length > 1 && char.IsAsciiDigit(before[^2])) return false;
        if (before.EndsWith('(') && before.Length > 1 && char.IsAsciiDigit(before[^2])) return false;
        if (token.Length > 1 && token[0] == '0' && char.IsAsciiDigit(token[1])) return false;
        // A list marker: "1) …", "(2) …".
        if (after.StartsWith(')') && token.Length <= 2 && (before.TrimEnd().Length == 0 || before.EndsWith('(') || before.TrimEnd().EndsWith(';') || before.TrimEnd().EndsWith(':'))) return false;
        if (IsYear(token, near, after, rules)) return false;
        if (rules is null) return true;
        if (rules.NotFigureBefore.IsMatch(near)) return false;
        if (rules.NotFigureAfter.IsMatch(after)) return false;
        return true;
    }

    private static bool IsYear(ReadOnlySpan<char> token, ReadOnlySpan<char> before, ReadOnlySpan<char> after, Rules? rules)
    {
        if (token.Length != 4 || token.ContainsAnyExceptInRange('0', '9')) return false;
        var year = int.Parse(token, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 1000 or > 2100) return false;
        if (rules is null || rules.BareYears) return true;
        // A year written as a year: "1995 жылы", "2002–2011 жж.", "1992-1995 жылдар", or in brackets after a name "(2023)".
        return rules.YearAfter.IsMatch(after)
            || YearRangeEnd().IsMatch(before)
            || (before.TrimEnd().EndsWith('(') || before.TrimEnd().EndsWith(',')) && after.TrimStart().StartsWith(')');
    }

    /// <summary>Inside «…», “…” or "…": a title or the source's own words, quoted as printed.</summary>
    private struct QuotationMarks
    {
        private int _position, _guillemets, _curly, _straight;

        public readonly bool Open => _guillemets > 0 || _curly > 0 || _straight % 2 == 1;

        /// <summary>Counts the marks of <paramref name="text"/> from where the last call stopped up to <paramref name="end"/>.</summary>
        public void CountUpTo(string text, int end)
        {
            for (; _position < end; _position++)
                switch (text[_position])
                {
                    case '«': _guillemets++; break;
                    case '»': _guillemets--; break;
                    case '“': _curly++; break;
                    case '”': _curly--; break;
                    case '"': _straight++; break;
                }
        }
    }
}
