namespace KhaSite.Safety;

/// <summary>
/// The one grammar for every id, slug, key and code that reaches a path, an attribute or a URL (section ids, article
/// slugs, tag, category, event, dataset, row and glossary ids, language codes): lower-case latin letters and digits
/// in runs joined by single hyphens, at most <see cref="MaxLength"/> characters — <c>census-2021-ethnic</c>. Such an
/// id is safe as a file name on every system, in an HTML attribute and in a URL without escaping, and two ids never
/// differ only in case. Source ids are citation keys (Pandoc and Zotero allow more): their pages use <see cref="Slug"/>.
/// </summary>
public static class IdGrammar
{
    public const int MaxLength = 80;

    public const string Description = "lower-case latin letters and digits joined by single hyphens (a-z, 0-9, '-'), at most 80 characters, e.g. 'census-2021-ethnic'";

    public static bool IsValid(string id)
    {
        if (id.Length is 0 or > MaxLength || id[0] == '-' || id[^1] == '-') return false;
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '-' ? id[i - 1] == '-' : !(c is >= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        }
        return true;
    }

    /// <summary>
    /// A valid id for any text: the text itself when valid, else lower-cased with every run of other characters
    /// turned into one hyphen (<c>Smith:2020/x</c> → <c>smith-2020-x</c>); "item" when nothing is left.
    /// </summary>
    public static string Slug(string text)
    {
        if (IsValid(text)) return text;
        var slug = new System.Text.StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text.ToLowerInvariant())
        {
            if (slug.Length >= MaxLength) break;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "item" : result;
    }
}
