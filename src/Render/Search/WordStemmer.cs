using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KhaSite.Render.Search;

/// <summary>
/// Turns the words of a text or a query into index keys: lowercased, Latin-script words transliterated (Kazakh),
/// endings stripped by the language's table, and letters folded, so that <c>Конституцияның</c>, <c>конституция</c>
/// and <c>Konstitutsiya</c> share one key. The page's <c>search.js</c> does exactly the same with the same table
/// (a test runs both on the same word forms). Not thread-safe: one instance per thread.
/// </summary>
/// <remarks>
/// The Kazakh table follows the lexicon-free suffix stripping of U. Tukeyev's complete-set-of-endings model
/// (Tukeyev, "Automaton models of the morphology analysis and the completeness of the endings of the Kazakh language",
/// TURKLANG-2015; NLP-KazNU's lexicon-free CSE stemmer) with a minimum stem of two letters, and the order of the
/// noun's endings (derivation, plural, possessive, case, then the attributive -дағы; the agent -шы is kept, хатшы is not хат) and the vowel and consonant
/// harmony of G. Kessikbayeva and I. Cicekli, "Rule-based morphological analyzer of Kazakh language" (SIGMORPHON
/// 2014): an ending is stripped only when its vowel agrees with the stem's last vowel, so -лар/-лер, -дың/-дің …
/// are each stripped after the right stems only. As in the pg_kazsearch stemmer and Bogdanchikov et al.,
/// "Stemming of Kazakh language" (Abai KazNPU Bulletin 1(73), 2021), a few proper names are kept whole, the voicing
/// of a final consonant before a vowel is undone (кітабы → кітап), and the fleeting vowel of халық/халқы, орын/орны
/// is dropped from the key. Stripping repeats until nothing more strips, so a base form and its inflections
/// reach the same key even when a root happens to end like an ending (Қазақстан, Қазақстанның).
/// </remarks>
public sealed partial class WordStemmer
{
    private readonly LanguageRules _rules;
    private readonly HashSet<string> _endingOnly;
    private readonly Dictionary<char, string> _fold;
    private readonly SearchValues<char> _translitStarts;
    private readonly Dictionary<char, (string From, string To)[]> _translitByFirst;
    private readonly int _longestPair;

    public WordStemmer(LanguageRules rules)
    {
        _rules = rules;
        _endingOnly = rules.Layers.SelectMany(l => l.Endings).Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        _fold = rules.Fold.ToDictionary(f => f.From[0], f => f.To);
        // The table's pairs by their first letter, in the table's order (the first pair that matches wins).
        _translitByFirst = rules.Translit.GroupBy(t => t.From[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _translitStarts = SearchValues.Create([.. "abcdefghijklmnopqrstuvwxyz", .. _translitByFirst.Keys]);
        _longestPair = rules.Translit.Select(t => t.From.Length).DefaultIfEmpty(1).Max();
    }

    public static WordStemmer For(string lang) => new(SearchRules.Default.For(lang));

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\p{M}")]
    private static partial Regex Marks();

    /// <summary>The words of a text, lowercased, as the page's tokenizer finds them.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
            yield return Normalize(match.Value);
    }

    /// <summary>Where each word of a text stands (start and length), as <see cref="Words"/> finds them, without a match object per word.</summary>
    public static (int Start, int Length)[] WordSpans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var match in WordPattern().EnumerateMatches(text)) spans.Add((match.Index, match.Length));
        return [.. spans];
    }

    /// <summary>The language's word rules this stemmer applies.</summary>
    public LanguageRules Rules => _rules;

    public static string Normalize(string word) =>
        Marks().Replace(CultureInfo.InvariantCulture.TextInfo.ToLower(word).Normalize(NormalizationForm.FormC), "");

    /// <summary>The keys of a text's words, in order, without stop words.</summary>
    /// <remarks>Keys are remembered per written form: a site has some thousands of distinct words and millions of words.</remarks>
    public IEnumerable<string> Keys(string text)
    {
        foreach (Match match in WordPattern().Matches(text))
        {
            if (!_known.TryGetValue(match.Value, out var key))
                _known[match.Value] = key = Key(Normalize(match.Value));
            if (key is not null) yield return key;
        }
    }

    private readonly Dictionary<string, string?> _known = new(StringComparer.Ordinal);

    /// <summary>The index key of one normalized word, or null for a stop word or a lone ending (the tail of ҚХА-ның).</summary>
    public string? Key(string word)
    {
        if (word.Length == 0 || _rules.Stop.Contains(word) || _endingOnly.Contains(word)) return null;
        var w = Transliterate(word);
        w = Stem(w);
        w = Elide(w);
        w = FoldLetters(w);
        return w.Length > 0 ? w : null;
    }

    /// <summary>A normalized word in the script of the rules' endings (Latin-script Kazakh to Cyrillic); other words as they are.</summary>
    public string Transliterate(string word)
    {
        if (_rules.Translit.Count == 0 || word.AsSpan().IndexOfAny(_translitStarts) < 0) return word;
        var result = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var pair = Pair(word, i);
            if (pair.From is null) { result.Append(word[i]); i++; continue; }
            result.Append(pair.To);
            i += pair.From.Length;
        }
        return result.ToString();
    }

    /// <summary>
    /// The first letters of a written word's form as <see cref="Transliterate"/>(<see cref="Normalize"/>(word)) makes
    /// it, read off the word without making the form: <paramref name="head"/>'s length of them, or the whole form when
    /// it is shorter. Only for a word that begins with letters that lowercasing alone changes before the table maps
    /// them (no combining mark that composition or removal would change, right after them either); for any other
    /// word, false.
    /// </summary>
    public bool TryReadHead(ReadOnlySpan<char> written, Span<char> head, out int length)
    {
        length = 0;
        // Each letter of the head comes from one pair of the table at most, which reads at most its longest pair's letters.
        var reach = Math.Min(written.Length, head.Length * _longestPair);
        Span<char> lowered = stackalloc char[reach];
        for (var i = 0; i < reach; i++)
        {
            if (!LowercasedOnly(written[i])) return false;
            lowered[i] = CultureInfo.InvariantCulture.TextInfo.ToLower(written[i]);
        }
        if (reach < written.Length && !LowercasedOnly(written[reach])) return false;
        for (var at = 0; length < head.Length && at < reach;)
        {
            var (from, to) = Pair(lowered, at);
            if (from is null) { head[length++] = lowered[at++]; continue; }
            if (at + from.Length > reach) return false;
            foreach (var c in to)
                if (length < head.Length) head[length++] = c;
            at += from.Length;
        }
        return true;
    }

    /// <summary>Latin up to the combining marks and Cyrillic but its combining marks: letters that composition leaves as they are.</summary>
    private static bool LowercasedOnly(char c) => c < '\u0300' || c is >= '\u0400' and <= '\u052F' and not (>= '\u0483' and <= '\u0489');

    private (string From, string To) Pair(ReadOnlySpan<char> word, int at)
    {
        if (!_translitByFirst.TryGetValue(word[at], out var pairs)) return default;
        foreach (var pair in pairs)
            if (word[at..].StartsWith(pair.From, StringComparison.Ordinal)) return pair;
        return default;
    }

    public string Stem(string word)
    {
        var w = word;
        for (var pass = 0; pass < 6; pass++)
        {
            var changed = false;
            foreach (var layer in _rules.Layers)
            {
                if (_rules.Keep.Contains(FoldLetters(w))) return w;
                Ending? best = null;
                foreach (var ending in layer.Endings)
                    if (w.EndsWith(ending.Text, StringComparison.Ordinal) && (best is null || ending.Text.Length > best.Text.Length) && Allowed(w, ending))
                        best = ending;
                if (best is null) continue;
                w = Restore(w[..^best.Text.Length] + best.To);
                changed = true;
            }
            if (!changed) break;
        }
        return Restore(w);
    }

    private bool Allowed(string word, Ending ending)
    {
        var stem = word[..^ending.Text.Length];
        if (stem.Length < _rules.MinStem || !stem.Any(c => Has(_rules.Vowels, c))) return false;
        var before = stem[^1];
        if (ending.After.Length > 0 && !Has(ending.After, before)) return false;
        if (ending.NotAfter.Length > 0 && Has(ending.NotAfter, before)) return false;
        var endingClass = Harmony(ending.Text);
        var stemClass = 0;
        for (var i = stem.Length - 1; i >= 0; i--)
            if (Has(_rules.Vowels, stem[i])) { stemClass = Harmony(stem[i]); break; }
        return endingClass == 0 || stemClass == 0 || endingClass == stemClass;
    }

    /// <summary>1 for a back vowel, 2 for a front vowel, 0 for е, и, у … (either: Kazakh е and loanwords' е, и go both ways) and for consonants.</summary>
    private int Harmony(char c) => Has(_rules.Back, c) ? 1 : Has(_rules.Front, c) ? 2 : 0;

    private int Harmony(string text)
    {
        foreach (var c in text)
            if (Harmony(c) is var h and not 0) return h;
        return 0;
    }

    private string Restore(string w)
    {
        foreach (var (from, to) in _rules.Restore)
            if (w.EndsWith(from, StringComparison.Ordinal)) return w[..^from.Length] + to;
        return w;
    }

    /// <summary>халық/халқы, орын/орны: a stem ending vowel, consonant, ы/і, consonant loses the ы/і.</summary>
    private string Elide(string w)
    {
        if (_rules.Elision is not { } elision || w.Length < 4) return w;
        var vowels = elision.Vowels;
        return Has(vowels, w[^4]) && !Has(vowels, w[^3]) && Has(elision.Drop, w[^2]) && !Has(vowels, w[^1])
            ? w[..^2] + w[^1]
            : w;
    }

    private static bool Has(string set, char c) => set.Contains(c, StringComparison.Ordinal);

    private string FoldLetters(string w)
    {
        if (_fold.Count == 0) return w;
        var result = new StringBuilder(w.Length);
        foreach (var c in w) result.Append(_fold.TryGetValue(c, out var to) ? to : c);
        return result.ToString();
    }
}
