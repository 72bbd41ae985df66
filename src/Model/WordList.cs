namespace KhaSite.Model;

/// <summary>
/// A closed word list of the input as an enum: each member written in lower case is the word the YAML uses
/// (<c>Percent</c> is <c>percent</c>). Model parses the words once; Check lists the allowed ones from here.
/// </summary>
public static class WordList<T> where T : struct, Enum
{
    private static readonly (string Word, T Value)[] Entries =
        Enum.GetValues<T>().Select(v => (v.ToString().ToLowerInvariant(), v)).ToArray();

    /// <summary>The member the word names, or null for a word outside the list (or none).</summary>
    public static T? Parse(string? word)
    {
        foreach (var (w, value) in Entries)
            if (string.Equals(w, word, StringComparison.Ordinal)) return value;
        return null;
    }

    public static string Word(T value) => Entries.First(e => EqualityComparer<T>.Default.Equals(e.Value, value)).Word;

    /// <summary>The allowed words, in the enum's order.</summary>
    public static IEnumerable<string> Words => Entries.Select(e => e.Word);

    /// <summary>The allowed words for a message: <c>percent, people, count</c>.</summary>
    public static string Listed => string.Join(", ", Words);
}
