using System.Buffers;
using System.Text;

namespace KhaSite.Load.Script;

/// <summary>
/// Kazakh from the Cyrillic to the Latin alphabet and back. The letters follow the Latin alphabet of Presidential
/// Decree No. 569 of 26 October 2017, in the version the Government presented on 28 January 2021 (31 letters:
/// A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z), as en.wikipedia's "Kazakh alphabets" (Latin script,
/// 2021) tabulates it and Kazakh Wikipedia's script converter writes it: ә→ä, ғ→ğ, і→ı, и/й→i, қ→q, ң→ñ, ө→ö, ұ→ū,
/// ү→ü, ш→ş, ы→y, ж→j, х/һ→h. The Russian letters the table lacks are written as that converter writes them: ч→ç,
/// ц→ts, щ→şş, ё→io, ю→iu, я→ia, э→e, and ъ, ь are dropped.
/// <para>
/// Verified row by row (AlphabetOrderTests: every Kazakh letter, small and capital, gives exactly the 31 letters)
/// against Kazinform's report of the National Commission's session of 28 January 2021 ("31 symbols"; ä, ö, ü, ū, ğ,
/// ş for ә, ө, ү, ұ, ғ, ш) and en.wikipedia's "Kazakh alphabets" (its 2021 table and the sample written with it:
/// "Būryñğy ötken zamanda, bır danyşpan kısı …"); no difference was found. No later decree amending the 2017/2018
/// table with the 2021 letters was found in those sources, so none is cited. ç (for ч) is none of the 31 letters:
/// the 2021 table has no letter for ч, and the converter keeps the converter's practice for it.
/// </para>
/// <para>
/// Contextual rules: е is e at the start of a word too (екі → ekı, not "yeki"); a capital digraph letter is
/// title-case before a small letter (Ювелир → Iuvelir) and all capitals inside a word of capitals (ЮНЕСКО → İUNESKO);
/// the capitals of i and ı are İ and I, never the invariant culture's. Only Cyrillic letters change, so Latin words,
/// numbers, Roman numerals, URLs and citation keys pass unchanged; words of the exception list are written as it says,
/// and the texts to keep (Russian titles) stay in Cyrillic.
/// </para>
/// </summary>
public sealed class KazakhLatin
{
    private const string Cyrillic = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

    private static readonly string[] Latin =
    [
        "a", "ä", "b", "v", "g", "ğ", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ñ", "o", "ö", "p",
        "r", "s", "t", "u", "ū", "ü", "f", "h", "h", "ts", "ç", "ş", "şş", "", "y", "ı", "", "e", "iu", "ia",
    ];

    /// <summary>The letters whose reading the Latin loses (two Cyrillic letters share one Latin form, or none).</summary>
    public const string LossyLetters = "ёйхһцщъьэюя";

    private const string Vowels = "аәеёиоөуұүыіэюя";

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _exceptions;

    /// <param name="exceptions">Cyrillic word (lower case) → its Latin spelling; an entry also covers the word's
    /// inflected forms (the entry followed by more letters)</param>
    /// <param name="keep">texts left as written wherever they stand: titles in Russian (a source of <c>language: ru</c>)</param>
    public KazakhLatin(IReadOnlyDictionary<string, string>? exceptions = null, IReadOnlyList<string>? keep = null)
    {
        var byWord = new Dictionary<string, string>(exceptions ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        _exceptions = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _keep = keep?.Where(k => k.Length > 0).ToArray() ?? [];
        _keepStarts = SearchValues.Create(_keep.Select(k => k[0]).Distinct().ToArray());
        _longestException = byWord.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    private readonly int _longestException;

    private readonly string[] _keep;

    private readonly SearchValues<char> _keepStarts;

    public static KazakhLatin Plain { get; } = new();

    public static bool IsCyrillicLetter(char c) => CyrillicLetters.Contains(c);

    /// <summary>The letters of <see cref="Cyrillic"/> and every character whose invariant lower case is one of them.</summary>
    private static readonly SearchValues<char> CyrillicLetters = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => Cyrillic.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)).ToArray());

    /// <summary>The text in Latin letters: each run of Cyrillic letters converted as a word, everything else as it is.</summary>
    public string ToLatin(string text)
    {
        if (text.AsSpan().IndexOfAny(CyrillicLetters) < 0) return text;
        var result = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            if (KeptAt(text, i) is { } kept)
            {
                result.Append(kept);
                i += kept.Length;
                continue;
            }
            if (!IsCyrillicLetter(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && IsCyrillicLetter(text[i])) i++;
            AppendWord(text.AsSpan(start, i - start), result);
        }
        return result.ToString();
    }

    /// <summary>A text to keep that starts at <paramref name="at"/>, at the start of a word.</summary>
    private string? KeptAt(string text, int at)
    {
        if (!_keepStarts.Contains(text[at]) || (at > 0 && char.IsLetter(text[at - 1]))) return null;
        foreach (var kept in _keep)
            if (string.CompareOrdinal(text, at, kept, 0, kept.Length) == 0) return kept;
        return null;
    }

    /// <summary>One word: the exception that covers it (its longest entry), then the rest letter by letter.</summary>
    private void AppendWord(ReadOnlySpan<char> word, StringBuilder result)
    {
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        var from = 0;
        for (var length = Math.Min(_longestException, lower.Length); length > 0 && from == 0; length--)
        {
            if (!_exceptions.TryGetValue(lower[..length], out var spelling)) continue;
            result.Append(CaseLike(word[..length], spelling));
            from = length;
        }
        var allCaps = word.Length > 1 && IsAllCaps(word);
        for (var i = from; i < word.Length; i++)
        {
            var c = word[i];
            var latin = Latin[Cyrillic.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal)];
            if (!char.IsUpper(c) || latin.Length == 0)
            {
                result.Append(latin);
                continue;
            }
            var nextIsCapital = i + 1 < word.Length ? char.IsUpper(word[i + 1]) : allCaps;
            result.Append(Upper(latin[0]));
            foreach (var rest in latin.AsSpan(1)) result.Append(nextIsCapital ? Upper(rest) : rest);
        }
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLower(c)) return false;
        return true;
    }

    /// <summary>An exception's spelling in the case of the word it stands for: capitalised or all capitals.</summary>
    private static string CaseLike(ReadOnlySpan<char> word, string spelling)
    {
        if (!char.IsUpper(word[0]) || spelling.Length == 0) return spelling;
        if (word.Length > 1 && IsAllCaps(word)) return string.Concat(spelling.Select(Upper));
        return Upper(spelling[0]) + spelling[1..];
    }

    /// <summary>The capital of a Kazakh Latin letter: i's is İ and ı's is I (not the invariant culture's pair).</summary>
    public static char Upper(char c) => c switch
    {
        'i' => 'İ',
        'ı' => 'I',
        _ => char.ToUpperInvariant(c),
    };

    public static char Lower(char c) => c switch
    {
        'İ' => 'i',
        'I' => 'ı',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// Whether a Cyrillic word comes back from the Latin unchanged: it has none of <see cref="LossyLetters"/> but
    /// й after a vowel, and no и after a vowel (the back conversion reads i after a vowel as й, else as и).
    /// </summary>
    public static bool IsReversible(string word)
    {
        var lower = word.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            var afterVowel = i > 0 && Vowels.Contains(lower[i - 1], StringComparison.Ordinal);
            switch (lower[i])
            {
                case 'й' when afterVowel:
                    continue;
                case 'и' when afterVowel:
                    return false;
                case var c when LossyLetters.Contains(c, StringComparison.Ordinal):
                    return false;
            }
        }
        return true;
    }

    private const string LatinLetters = "aäbvgğdejzikqlmnñoöprstuūüfhçşyı";
    private const string BackCyrillic = "аәбвгғдежзикқлмнңоөпрстуұүфхчшыі";
    private const string LatinVowels = "aäeioöuūüyı";

    /// <summary>
    /// Latin back to Cyrillic, letter by letter: i is й after a vowel and и elsewhere, h is х. Words with a letter
    /// the Latin loses (<see cref="IsReversible"/>) do not come back as they were written.
    /// </summary>
    public static string ToCyrillic(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = Lower(c);
            var at = LatinLetters.IndexOf(lower, StringComparison.Ordinal);
            if (at < 0 || (c is 'I' && !IsLatinWordWithDotless(text, i)))
            {
                result.Append(c);
                continue;
            }
            var cyrillic = BackCyrillic[at];
            if (lower == 'i' && i > 0 && LatinVowels.Contains(Lower(text[i - 1]), StringComparison.Ordinal)) cyrillic = 'й';
            result.Append(char.IsUpper(c) ? char.ToUpperInvariant(cyrillic) : cyrillic);
        }
        return result.ToString();
    }

    /// <summary>A capital I is the Kazakh Latin letter (І) unless it stands in a plain Latin word: a Roman numeral.</summary>
    private static bool IsLatinWordWithDotless(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return !text.AsSpan(start, end - start).ToString().All(ch => "IVXLCDM".Contains(ch, StringComparison.Ordinal));
    }
}
