using KhaSite.Load.Script;

namespace KhaSite.Load;

/// <summary>
/// An alphabetical order that no culture of .NET/ICU provides, named in <c>site.yml</c> as a language's
/// <c>collation</c>: the Kazakh Latin alphabet of 2021 (<see cref="KazakhLatin2021"/>). Letters compare by their place
/// in the alphabet, ignoring case (the capitals of i and ı are İ and I); digits, spaces and punctuation come before
/// letters, and letters the alphabet lacks after the nearest Latin letter (c and ç after b, w and x after v), so an
/// English name among Kazakh ones still has a place.
/// </summary>
public sealed class AlphabetOrder : StringComparer
{
    /// <summary>
    /// The 31 letters of the Kazakh Latin alphabet as the Government presented it on 28 January 2021 (the National
    /// Commission's improved version of the alphabet of Decree No. 569 of 26 October 2017): A Ä B D E F G Ğ H I İ J K L
    /// M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z. Checked against Kazinform's report of that session ("31 symbols"; ä, ö, ü, ū,
    /// ğ, ş for ә, ө, ү, ұ, ғ, ш) and en.wikipedia's "Kazakh alphabets" (Latin script, 2021 version), whose sample text
    /// is written with this table (Būryñğy ötken zamanda, bır danyşpan kısı …).
    /// </summary>
    public static AlphabetOrder KazakhLatin2021 { get; } = new("kk-Latn-2021", "aäbcçdefgğhıijklmnñoöpqrsştuūüvwxyz", KazakhLatin.Lower, KazakhLatin.Upper);

    private static readonly AlphabetOrder[] Known = [KazakhLatin2021];

    private readonly string _letters;
    private readonly Func<char, char> _lower;
    private readonly Func<char, char> _upper;

    private AlphabetOrder(string name, string letters, Func<char, char> lower, Func<char, char> upper)
    {
        Name = name;
        _letters = letters;
        _lower = lower;
        _upper = upper;
    }

    /// <summary>The name <c>site.yml</c> gives it (<c>collation: kk-Latn-2021</c>).</summary>
    public string Name { get; }

    /// <summary>The order of that name, or null (the name is then a culture's).</summary>
    public static AlphabetOrder? Find(string name) => Known.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The letter a text is filed under in an index: its first character as a capital of this alphabet.</summary>
    public string Initial(string text) => text.Length == 0 ? "" : _upper(_lower(text[0])).ToString();

    public override int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        for (var i = 0; i < x.Length && i < y.Length; i++)
        {
            var order = Weight(x[i]).CompareTo(Weight(y[i]));
            if (order != 0) return order;
        }
        return x.Length.CompareTo(y.Length);
    }

    public override bool Equals(string? x, string? y) => Compare(x, y) == 0;

    public override int GetHashCode(string obj)
    {
        var hash = new HashCode();
        foreach (var c in obj) hash.Add(Weight(c));
        return hash.ToHashCode();
    }

    // Non-letters by code point, then the alphabet's letters in its order, then other letters (another script).
    private int Weight(char c)
    {
        var lower = _lower(c);
        var at = _letters.IndexOf(lower, StringComparison.Ordinal);
        return at >= 0 ? 0x10000 + at : char.IsLetter(lower) ? 0x20000 + lower : lower;
    }
}
